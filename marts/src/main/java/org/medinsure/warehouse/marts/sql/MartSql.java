package org.medinsure.warehouse.marts.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import org.medinsure.warehouse.marts.spark.MartThresholds;

/**
 * A mart's SQL as one engine runs it: the one definition under {@code marts/sql/<mart>.sql}, with the
 * thresholds in force written in and each {@code {{macro(arguments)}}} replaced by that engine's text
 * from {@code marts/sql/macros.properties} (the way dbt's cross-database macros work).
 */
public final class MartSql {
    /** The engines a mart runs on. */
    public enum Engine {
        /** Spark SQL: the same jar on a cluster. */
        SPARK,
        /** Embedded DuckDB: one machine, without Spark's fixed costs. */
        DUCKDB;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Properties MACROS = load("/marts/sql/macros.properties");

    private MartSql() {
    }

    public static String of(String mart, Engine engine, MartThresholds thresholds) {
        Objects.requireNonNull(engine, "engine is null");
        return expand(thresholds.apply(text("/marts/sql/" + mart + ".sql")), engine);
    }

    /** Replaces every {@code {{name(a, b)}}} with the engine's text; arguments may hold parentheses. */
    static String expand(String sql, Engine engine) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int open = sql.indexOf("{{", at); open >= 0; open = sql.indexOf("{{", at)) {
            int paren = sql.indexOf('(', open);
            if (paren < 0) {
                throw new IllegalArgumentException("Macro without arguments at " + open + ": " + excerpt(sql, open));
            }
            String name = sql.substring(open + 2, paren).strip();
            List<String> arguments = new ArrayList<>();
            int depth = 0;
            int start = paren + 1;
            int close = -1;
            for (int i = paren + 1; i < sql.length() && close < 0; i++) {
                char c = sql.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && depth > 0) {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    arguments.add(sql.substring(start, i).strip());
                    start = i + 1;
                } else if (c == ')') {
                    arguments.add(sql.substring(start, i).strip());
                    close = i;
                }
            }
            if (close < 0 || !sql.startsWith("}}", close + 1)) {
                throw new IllegalArgumentException("Macro " + name + " is not closed with )}}: " + excerpt(sql, open));
            }
            String template = MACROS.getProperty(name + "." + engine.key());
            if (template == null) {
                throw new IllegalArgumentException("No macro " + name + " for " + engine.key() + " in marts/sql/macros.properties");
            }
            for (int a = 0; a < arguments.size(); a++) {
                template = template.replace("{" + a + "}", arguments.get(a));
            }
            out.append(sql, at, open).append(template);
            at = close + 3;
        }
        return out.append(sql.substring(at)).toString();
    }

    private static String excerpt(String sql, int at) {
        return sql.substring(at, Math.min(sql.length(), at + 60));
    }

    private static String text(String resource) {
        try (InputStream in = MartSql.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Cannot find mart SQL " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MartSql.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
