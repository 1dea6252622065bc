package org.medinsure.warehouse.cli.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A gold file: one JSON object per line, each with a {@code kind} and a {@code file}, in the format
 * of {@code shared/gold/seeds.jsonl}. Records of kinds the evaluator does not know are counted, not
 * rejected, so that a gold file may grow new kinds before the evaluator learns them.
 *
 * @param ignoredKinds number of records per unknown kind
 */
public record GoldFile(String name, List<GoldRecord> records, Map<String, Integer> ignoredKinds) {
    /**
     * Floats are read as exact decimals, as printed (100.0 stays 100.0, not 1E+2): gold money is
     * compared with the warehouse to the fen, and messages quote the gold as written.
     */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    public GoldFile {
        Objects.requireNonNull(name, "name is null");
        records = List.copyOf(records);
        ignoredKinds = Map.copyOf(ignoredKinds);
    }

    public static GoldFile read(Path path) {
        Objects.requireNonNull(path, "path is null");
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("Cannot find the gold file " + path);
        }
        try {
            return parse(path.getFileName().toString(), Files.readAllLines(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the gold file " + path + ": " + e.getMessage(), e);
        }
    }

    /** Parses gold lines; {@code name} is used in messages and in each record's location. */
    public static GoldFile parse(String name, List<String> lines) {
        List<GoldRecord> records = new ArrayList<>();
        Map<String, Integer> ignored = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            ObjectNode object = object(name, i + 1, line);
            JsonNode kindNode = object.get("kind");
            if (kindNode == null || !kindNode.isTextual()) {
                throw new IllegalArgumentException("Cannot read gold record " + name + ":" + (i + 1)
                        + ": it has no text 'kind'");
            }
            Optional<RecordKind> kind = RecordKind.fromCode(kindNode.asText());
            if (kind.isEmpty()) {
                ignored.merge(kindNode.asText(), 1, Integer::sum);
                continue;
            }
            records.add(new GoldRecord(name, i + 1, kind.get(), object));
        }
        return new GoldFile(name, records, ignored);
    }

    /** One record from JSON text, located as {@code name:line}; for tests and tools. */
    public static GoldRecord record(String name, int line, String json) {
        ObjectNode object = object(name, line, json);
        String kind = object.path("kind").asText();
        return new GoldRecord(name, line, RecordKind.fromCode(kind).orElseThrow(() ->
                new IllegalArgumentException("Cannot read gold record " + name + ":" + line + ": unknown kind '"
                        + kind + "'")), object);
    }

    public List<GoldRecord> records(RecordKind kind) {
        return records.stream().filter(record -> record.kind() == kind).toList();
    }

    /** The file names the gold speaks about. */
    public Set<String> files() {
        return records.stream().map(GoldRecord::file).collect(Collectors.toCollection(TreeSet::new));
    }

    private static ObjectNode object(String name, int line, String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot read gold record " + name + ":" + line + ": not JSON ("
                    + e.getOriginalMessage() + ")", e);
        }
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException("Cannot read gold record " + name + ":" + line + ": not a JSON object");
        }
        return object;
    }
}
