package org.medinsure.warehouse.marts.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Thresholds the marts apply (satisfaction floor, execution bounds): bundled defaults, overridable by a file. */
public final class MartThresholds {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z.]+)}");
    private final Map<String, Double> values;

    private MartThresholds(Map<String, Double> values) {
        this.values = Map.copyOf(values);
    }

    public static MartThresholds load(Optional<Path> overrides) {
        Properties properties = new Properties();
        try (InputStream in = MartThresholds.class.getResourceAsStream("/marts/thresholds.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (overrides.isPresent()) {
                try (Reader reader = Files.newBufferedReader(overrides.get(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read mart thresholds", e);
        }
        Map<String, Double> values = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).trim();
            try {
                values.put(key, Double.parseDouble(value));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Mart threshold " + key + " is not a number: " + value, e);
            }
        }
        return new MartThresholds(values);
    }

    /** Every threshold in force, by key. */
    public Map<String, Double> values() {
        return new TreeMap<>(values);
    }

    public double value(String key) {
        Double value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("Cannot find mart threshold: " + key);
        }
        return value;
    }

    /** Replaces {@code ${key}} placeholders of a SQL text by the threshold values. */
    public String apply(String sql) {
        Matcher matcher = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Double.toString(value(matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
