package org.medinsure.warehouse.ingest.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small CSV knowledge file (taxonomy, levels, units, programmes): lines starting with {@code #}
 * are comments, a comment {@code # version: N} names the file's version, the first other line is the
 * header, and cells are read by column name, so a user file may order its columns freely. Cells may
 * be double-quoted (a quoted cell may hold commas; {@code ""} is a quote).
 */
public final class KnowledgeFile {
    private static final Pattern VERSION = Pattern.compile("^#\\s*version\\s*:\\s*(\\S+)");

    private final String name;
    private final String version;
    private final List<Row> rows;

    private KnowledgeFile(String name, String version, List<Row> rows) {
        this.name = name;
        this.version = version;
        this.rows = List.copyOf(rows);
    }

    /** Reads a file bundled under {@code src/main/resources}, e.g. {@code /taxonomy/indicators.csv}. */
    public static KnowledgeFile bundled(String resource, String... requiredColumns) {
        InputStream in = KnowledgeFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Cannot find bundled resource " + resource);
        }
        return read(resource, in, requiredColumns);
    }

    /** Reads a user-supplied file of the same shape as a bundled one. */
    public static KnowledgeFile file(Path path, String... requiredColumns) {
        Objects.requireNonNull(path, "path is null");
        try (InputStream in = Files.newInputStream(path)) {
            return read(path.toString(), in, requiredColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read knowledge file " + path, e);
        }
    }

    /** Reads a file's content already loaded, e.g. a user file shipped to the executors as text. */
    public static KnowledgeFile text(String name, String content, String... requiredColumns) {
        Objects.requireNonNull(content, "content is null");
        return read(name, new java.io.ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), requiredColumns);
    }

    /** The version a comment line names ({@code # version: N}), for any knowledge file, CSV or not. */
    public static java.util.Optional<String> versionOf(String line) {
        Matcher matcher = VERSION.matcher(line.strip());
        return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
    }

    static KnowledgeFile read(String name, InputStream in, String... requiredColumns) {
        List<Row> rows = new ArrayList<>();
        String version = null;
        Map<String, Integer> header = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.startsWith("#")) {
                    version = version == null ? versionOf(line).orElse(null) : version;
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = split(line, name, number);
                if (header == null) {
                    header = new HashMap<>();
                    for (int i = 0; i < cells.size(); i++) {
                        header.put(cells.get(i).strip(), i);
                    }
                    for (String column : requiredColumns) {
                        if (!header.containsKey(column)) {
                            throw new IllegalArgumentException("Cannot find column '" + column + "' in the header of " + name
                                    + ": " + line);
                        }
                    }
                    continue;
                }
                rows.add(new Row(name, number, header, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read knowledge file " + name, e);
        }
        return new KnowledgeFile(name, version, rows);
    }

    private static List<String> split(String line, String name, int number) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("Cannot read " + name + ":" + number + ": unterminated quote: " + line);
        }
        cells.add(cell.toString());
        return cells;
    }

    public String name() {
        return name;
    }

    /** The {@code # version:} of the file, or null when it states none. */
    public String version() {
        return version;
    }

    public List<Row> rows() {
        return rows;
    }

    /** One data line of a knowledge file. */
    public static final class Row {
        private final String file;
        private final int line;
        private final Map<String, Integer> header;
        private final List<String> cells;

        private Row(String file, int line, Map<String, Integer> header, List<String> cells) {
            this.file = file;
            this.line = line;
            this.header = header;
            this.cells = List.copyOf(cells);
        }

        /** The trimmed cell of a column, or "" when the column or the cell is missing. */
        public String get(String column) {
            Integer index = header.get(column);
            if (index == null || index >= cells.size()) {
                return "";
            }
            return cells.get(index).strip();
        }

        /** The cell split on ';' into trimmed, non-empty parts. */
        public List<String> list(String column) {
            List<String> parts = new ArrayList<>();
            for (String part : get(column).split(";")) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
            return parts;
        }

        /** Where the row is, for error messages: {@code file:line}. */
        public String where() {
            return file + ":" + line;
        }
    }
}
