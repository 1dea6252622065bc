package org.medinsure.warehouse.ingest.lake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakeFileReaderTest {
    private static final LakeTable TABLE = LakeFileWriterTest.everyColumnType("silver")
            .integer("fiscal_year", "in the folder name, not the file")
            .partitionBy("fiscal_year")
            .build();

    @TempDir
    java.nio.file.Path folder;

    private final Configuration conf = NioLocalFileSystem.configure(new Configuration());

    private Path write(int rows) throws Exception {
        try (LakeFileWriter writer = new LakeFileWriter(TABLE, new Path(folder.toUri()), 0, 0, conf)) {
            Map<String, BigDecimal> others = new LinkedHashMap<>();
            others.put("already", new BigDecimal("1200.50"));
            others.put("this_time", null);
            writer.write(RowFactory.create("阳谷县医疗保障局", 2021, 17L, 96.5, true, new BigDecimal("1234567.891"), others, 2021));
            writer.write(RowFactory.create(null, null, null, null, null, null, null, null));
            writer.write(RowFactory.create("", -1, Long.MAX_VALUE, -0.25, false, new BigDecimal("-0.004"), Map.of(), 2022));
            // many rows of few values: the writer keeps them in a dictionary
            for (int i = 0; i < rows; i++) {
                writer.write(RowFactory.create(i % 2 == 0 ? "莘县" : "冠县", 2020 + i % 3, (long) i, null, null, null, null, null));
            }
        }
        return new Path(folder.resolve("part-00000.zstd.parquet").toUri());
    }

    @Test
    void readsBackEveryValueAsTheWriterWasGivenIt() throws Exception {
        List<Map<String, Object>> rows = LakeFileReader.read(TABLE, write(0), conf);

        assertThat(rows).hasSize(3);
        Map<String, Object> first = rows.get(0);
        assertThat(first.keySet()).containsExactlyElementsOf(TABLE.columnNames());
        assertThat(first).containsEntry("name", "阳谷县医疗保障局").containsEntry("year", 2021).containsEntry("line", 17L)
                .containsEntry("rate", 96.5).containsEntry("passed", true)
                .containsEntry("amount", new BigDecimal("1234567.89"))
                // a partition column is in the folder name, not the file
                .containsEntry("fiscal_year", null);
        Map<String, Object> others = new LinkedHashMap<>();
        others.put("already", new BigDecimal("1200.50"));
        others.put("this_time", null);
        assertThat(first.get("others")).isEqualTo(others);
        assertThat(rows.get(1).values()).containsOnlyNulls();
        assertThat(rows.get(2)).containsEntry("name", "").containsEntry("year", -1).containsEntry("line", Long.MAX_VALUE)
                .containsEntry("rate", -0.25).containsEntry("passed", false).containsEntry("amount", new BigDecimal("0.00"))
                .containsEntry("others", Map.of());
    }

    @Test
    void readsOnlyTheColumnsAskedForInTheirOrderAndDictionaryValuesAsWritten() throws Exception {
        List<Map<String, Object>> rows = LakeFileReader.read(TABLE, write(20_000), conf, List.of("line", "name"));

        assertThat(rows).hasSize(20_003);
        assertThat(rows.get(0).keySet()).containsExactly("line", "name");
        for (int i = 0; i < 20_000; i++) {
            Map<String, Object> row = rows.get(3 + i);
            assertThat(row.get("line")).isEqualTo((long) i);
            assertThat(row.get("name")).isEqualTo(i % 2 == 0 ? "莘县" : "冠县");
        }
    }
}
