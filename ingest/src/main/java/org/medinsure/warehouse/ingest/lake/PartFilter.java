package org.medinsure.warehouse.ingest.lake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;

/**
 * Carries one part of a layer over into the layer that replaces it: copied as it is, or rewritten
 * without the rows of some documents. Every table of a layer keeps a document's rows in the part
 * of one number, and every row names its document ({@code doc_id}), so a part less some documents
 * is the part those documents' absence would have made.
 */
public final class PartFilter implements java.io.Serializable {
    private final List<LakeTable> tables;
    private final LakeTable documents;

    /**
     * @param tables    every table of the layer, each with a {@code doc_id} column
     * @param documents the table whose rows list the part's documents (one per file)
     */
    public PartFilter(List<LakeTable> tables, LakeTable documents) {
        this.tables = List.copyOf(tables);
        this.documents = Objects.requireNonNull(documents, "documents is null");
        for (LakeTable table : tables) {
            table.column("doc_id"); // fails now, not mid-run, for a table without it
        }
    }

    /** Copies part {@code part}'s files of every table (in every partition folder) from {@code from} to {@code to}. */
    private void copy(String from, String to, String part, Configuration conf) throws IOException {
        for (LakeTable table : tables) {
            for (Path file : files(new Path(from, table.name()), part, conf)) {
                Path target = new Path(to + "/" + table.name() + "/" + relative(new Path(from, table.name()), file));
                FileSystem fs = file.getFileSystem(conf);
                fs.mkdirs(target.getParent());
                if (!FileUtil.copy(fs, file, target.getFileSystem(conf), target, false, true, conf)) {
                    throw new IOException("Cannot copy " + file + " to " + target);
                }
            }
        }
    }

    /**
     * One task of carrying a layer's parts over: a part copied whole ({@code table} null), or one
     * table of a part filtered; a part's tables are filtered by separate tasks, so that the few parts
     * an incremental run rewrites keep every core busy.
     */
    public record Work(String part, String table) implements java.io.Serializable {
        public Work {
            Objects.requireNonNull(part, "part is null");
        }
    }

    /** The tasks that copy {@code copied} and filter every table of {@code filtered}. */
    public List<Work> work(java.util.Collection<String> copied, java.util.Collection<String> filtered) {
        List<Work> work = new ArrayList<>();
        for (String part : filtered) {
            tables.forEach(table -> work.add(new Work(part, table.name())));
        }
        copied.forEach(part -> work.add(new Work(part, null)));
        return work;
    }

    /**
     * Does one task: copies its part, or writes its table's files of its part from {@code from} into
     * {@code to} with the rows of the documents {@code keep} accepts (by doc_id) only.
     *
     * @return for the documents table's task, the documents left (see {@link LayerState#document});
     *     otherwise empty
     */
    public List<String> carry(Work work, String from, String to, Predicate<String> keep, int attempt, Configuration conf)
            throws IOException {
        if (work.table() == null) {
            copy(from, to, work.part(), conf);
            return List.of();
        }
        LakeTable table = tables.stream().filter(candidate -> candidate.name().equals(work.table())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No table " + work.table() + " in this layer"));
        int number = LayerState.partNumber(work.part());
        List<String> left = new ArrayList<>();
        List<LakeFileWriter> written = new ArrayList<>();
        try {
            Path tableFolder = new Path(from, table.name());
            for (Path file : files(tableFolder, work.part(), conf)) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Map<String, Object> row : LakeFileReader.read(table, file, conf)) {
                    if (keep.test((String) row.get("doc_id"))) {
                        rows.add(row);
                    }
                }
                if (table.equals(documents)) {
                    rows.forEach(row -> left.add(LayerState.document((String) row.get("doc_id"),
                            (String) row.get("source_path"))));
                }
                if (rows.isEmpty() && !table.partitionBy().isEmpty()) {
                    continue; // a partition folder without rows has no file, as a full build writes it
                }
                Path folder = new Path(to + "/" + table.name() + "/" + relative(tableFolder, file.getParent()));
                LakeFileWriter writer = new LakeFileWriter(table, folder, number, attempt, conf);
                written.add(writer);
                for (Map<String, Object> row : rows) {
                    writer.write(row);
                }
            }
            for (LakeFileWriter writer : written) {
                writer.close();
            }
            return left;
        } catch (IOException | RuntimeException e) {
            written.forEach(LakeFileWriter::abort);
            throw e;
        }
    }

    /** Deletes part {@code part}'s files of every table under {@code folder}: a part no document is left in. */
    public void remove(String folder, String part, Configuration conf) throws IOException {
        for (LakeTable table : tables) {
            for (Path file : files(new Path(folder, table.name()), part, conf)) {
                file.getFileSystem(conf).delete(file, false);
            }
        }
    }

    /** Part {@code part}'s files of a table: the file itself, or one per partition folder. */
    private static List<Path> files(Path tableFolder, String part, Configuration conf) throws IOException {
        List<Path> found = new ArrayList<>();
        FileSystem fs = tableFolder.getFileSystem(conf);
        if (!fs.exists(tableFolder)) {
            return found;
        }
        java.util.ArrayDeque<Path> folders = new java.util.ArrayDeque<>(List.of(tableFolder));
        while (!folders.isEmpty()) {
            for (FileStatus status : fs.listStatus(folders.pop())) {
                if (status.isDirectory()) {
                    folders.push(status.getPath());
                } else if (status.getPath().getName().equals(part)) {
                    found.add(status.getPath());
                }
            }
        }
        found.sort(java.util.Comparator.comparing(Path::toString));
        return found;
    }

    /** {@code path} relative to {@code folder} ("" for the folder itself). */
    private static String relative(Path folder, Path path) {
        String base = folder.toUri().getPath();
        String full = path.toUri().getPath();
        return full.length() <= base.length() ? "" : full.substring(base.length() + 1);
    }
}
