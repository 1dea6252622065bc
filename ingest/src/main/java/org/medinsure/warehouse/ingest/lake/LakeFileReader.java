package org.medinsure.warehouse.ingest.lake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetReader;

/**
 * Reads one Parquet file of a lake table, written by {@link LakeFileWriter} (or by Spark in the
 * same physical types), into rows keyed by column name. A column the file lacks reads as NULL.
 */
public final class LakeFileReader {
    private LakeFileReader() {
    }

    public static List<Map<String, Object>> read(LakeTable table, Path file, Configuration conf) throws IOException {
        return read(table, file, conf, table.columnNames());
    }

    /** Reads only {@code columns} of the file (the others are not decoded); rows hold those columns only. */
    public static List<Map<String, Object>> read(LakeTable table, Path file, Configuration conf, List<String> columns)
            throws IOException {
        Objects.requireNonNull(table, "table is null");
        List<LakeColumn> wanted = columns.stream().map(table::column).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        int capacity = (int) (wanted.size() / 0.75f) + 1;
        try (ParquetReader<Object[]> reader = ParquetReader.builder(new LakeRowReadSupport(table, wanted), file)
                .withConf(conf).build()) {
            for (Object[] values = reader.read(); values != null; values = reader.read()) {
                Map<String, Object> row = new LinkedHashMap<>(capacity);
                for (int i = 0; i < values.length; i++) {
                    row.put(wanted.get(i).name(), values[i]);
                }
                rows.add(row);
            }
        } catch (RuntimeException e) {
            throw new IOException("Cannot read " + table.layer() + "." + table.name() + " file " + file + ": " + e, e);
        }
        return rows;
    }
}
