package org.medinsure.warehouse.cli;

import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves parameters of one type from the root store: one instance, made on first use, for the
 * whole test JVM (a warehouse run that several test classes read), closed by JUnit at the end.
 */
abstract class OncePerJvm<T> implements ParameterResolver {
    private final Class<T> type;
    private final Supplier<T> make;

    OncePerJvm(Class<T> type, Supplier<T> make) {
        this.type = Objects.requireNonNull(type, "type is null");
        this.make = Objects.requireNonNull(make, "make is null");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == type;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(type))
                .getOrComputeIfAbsent(type, key -> make.get(), type);
    }
}
