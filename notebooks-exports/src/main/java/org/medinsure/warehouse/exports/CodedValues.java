package org.medinsure.warehouse.exports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.medinsure.warehouse.ingest.knowledge.KnowledgeFile;

/**
 * What each coded value of the published tables means ({@code exports/coded-values.csv}), and the
 * programme categories with their labels from the taxonomy's {@code programmes.csv}: one place for
 * the labels the dictionary, spreadsheets and reports show.
 */
public final class CodedValues {
    private static final String RESOURCE = "/exports/coded-values.csv";
    /** The name a user's file takes in the --config folder. */
    public static final String FILE = "coded-values.csv";
    private static final String[] COLUMNS = {"column", "code", "label", "meaning"};
    private static final String PROGRAMMES = "/taxonomy/programmes.csv";
    /** The column programme codes appear in. */
    public static final String PROGRAMME_COLUMN = "projects.programme";

    /** One value of a column: as stored, its Chinese label and its meaning. */
    public record Value(String column, String code, String label, String meaning) {
        public Value {
            Objects.requireNonNull(column, "column is null");
            Objects.requireNonNull(code, "code is null");
        }
    }

    private final Map<String, List<Value>> byColumn;
    private final String version;

    private CodedValues(Map<String, List<Value>> byColumn, String version) {
        this.byColumn = byColumn;
        this.version = version;
    }

    public static CodedValues bundled() {
        return load(List.of(), List.of());
    }

    /**
     * The bundled values, extended by the user's files: coded-values.csv rows of the same column and
     * code override, and programmes come with the labels of programmes.csv, the user's included.
     */
    public static CodedValues load(List<Path> userValues, List<Path> userProgrammes) {
        Map<String, Map<String, Value>> byColumn = new LinkedHashMap<>();
        KnowledgeFile bundled = KnowledgeFile.bundled(RESOURCE, COLUMNS);
        List<KnowledgeFile> files = new ArrayList<>(List.of(bundled));
        userValues.forEach(file -> files.add(KnowledgeFile.file(file, COLUMNS)));
        for (KnowledgeFile file : files) {
            for (KnowledgeFile.Row row : file.rows()) {
                byColumn.computeIfAbsent(row.get("column"), column -> new LinkedHashMap<>())
                        .put(row.get("code"), new Value(row.get("column"), row.get("code"), row.get("label"), row.get("meaning")));
            }
        }
        List<KnowledgeFile> programmes = new ArrayList<>(List.of(KnowledgeFile.bundled(PROGRAMMES, "code", "label")));
        userProgrammes.forEach(file -> programmes.add(KnowledgeFile.file(file, "code", "label")));
        for (KnowledgeFile file : programmes) {
            for (KnowledgeFile.Row row : file.rows()) {
                byColumn.computeIfAbsent(PROGRAMME_COLUMN, column -> new LinkedHashMap<>())
                        .put(row.get("code"), new Value(PROGRAMME_COLUMN, row.get("code"), row.get("label"),
                                "Programme category (see the taxonomy's programmes.csv for the rules)"));
            }
        }
        Map<String, List<Value>> lists = new LinkedHashMap<>();
        byColumn.forEach((column, values) -> lists.put(column, List.copyOf(values.values())));
        return new CodedValues(lists, bundled.version());
    }

    /** The columns with coded values, {@code table.column}, in file order. */
    public List<String> columns() {
        return List.copyOf(byColumn.keySet());
    }

    public List<Value> values(String column) {
        return byColumn.getOrDefault(column, List.of());
    }

    public Optional<Value> value(String column, String code) {
        return values(column).stream().filter(value -> value.code().equals(code)).findFirst();
    }

    /**
     * The coded values of a column of any table: the column's own entry ({@code table.column}), else
     * the entry of the table that defines a column of that name ({@code programme} of a mart is
     * {@code projects.programme}); empty for a column whose values are not coded.
     */
    public List<Value> valuesOf(String table, String column) {
        List<Value> own = values(table + "." + column);
        if (!own.isEmpty()) {
            return own;
        }
        return byColumn.keySet().stream().filter(key -> key.endsWith("." + column)).findFirst()
                .map(this::values).orElse(List.of());
    }

    public String version() {
        return version;
    }
}
