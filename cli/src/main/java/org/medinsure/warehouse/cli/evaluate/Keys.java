package org.medinsure.warehouse.cli.evaluate;

import java.util.Arrays;
import java.util.List;

/** Match keys and scopes: lists of text parts, null read as empty so that keys never hold null. */
final class Keys {
    private Keys() {
    }

    static List<String> of(Object... parts) {
        return Arrays.stream(parts).map(part -> part == null ? "" : part.toString()).toList();
    }
}
