package org.medinsure.warehouse.ingest.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakeFileWriterTest {
    private static final LakeTable TABLE = everyColumnType("bronze").build();

    /** A table of every column type a lake table has, in this order: name, year, line, rate, passed, amount, others. */
    static LakeTable.Builder everyColumnType(String layer) {
        return LakeTable.builder(layer, "sample", "every column type a lake table has")
                .string("name", "text")
                .integer("year", "a year")
                .bigint("line", "a line number")
                .real("rate", "a rate")
                .bool("passed", "a check")
                .yuan("amount", "money")
                .column("others", DataTypes.createMapType(DataTypes.StringType, LakeTable.YUAN), "named amounts");
    }

    @TempDir
    java.nio.file.Path folder;

    private final Configuration conf = NioLocalFileSystem.configure(new Configuration());

    @Test
    void writesSparkPhysicalTypesAndReadsBackEveryValue() throws Exception {
        Map<String, BigDecimal> others = new LinkedHashMap<>();
        others.put("already", new BigDecimal("1200.50"));
        others.put("this_time", null);
        try (LakeFileWriter writer = new LakeFileWriter(TABLE, new Path(folder.toUri()), 3, 0, conf)) {
            writer.write(RowFactory.create("阳谷县医疗保障局", 2021, 17L, 96.5, true, new BigDecimal("1234567.891"), others));
            writer.write(RowFactory.create(null, null, null, null, null, null, null));
            assertThat(writer.rows()).isEqualTo(2);
        }
        Path file = new Path(folder.resolve("part-00003.zstd.parquet").toUri());
        assertThat(folder.resolve("part-00003.zstd.parquet")).exists();
        assertThat(folder.toFile().list()).noneMatch(name -> name.endsWith(".tmp"));

        MessageType schema;
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(file, conf))) {
            schema = reader.getFileMetaData().getSchema();
        }
        assertThat(schema.getType("name").getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.stringType());
        assertThat(schema.getType("amount").asPrimitiveType().getPrimitiveTypeName()).isEqualTo(PrimitiveTypeName.INT64);
        assertThat(schema.getType("amount").getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.decimalType(2, 18));
        assertThat(schema.getType("others").getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.mapType());

        List<Group> rows = new ArrayList<>();
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), file).withConf(conf).build()) {
            for (Group row = reader.read(); row != null; row = reader.read()) {
                rows.add(row);
            }
        }
        assertThat(rows).hasSize(2);
        Group first = rows.get(0);
        assertThat(first.getString("name", 0)).isEqualTo("阳谷县医疗保障局");
        assertThat(first.getInteger("year", 0)).isEqualTo(2021);
        assertThat(first.getLong("line", 0)).isEqualTo(17L);
        assertThat(first.getDouble("rate", 0)).isEqualTo(96.5);
        assertThat(first.getBoolean("passed", 0)).isTrue();
        assertThat(first.getLong("amount", 0)).as("yuan rounded half up to the fen").isEqualTo(123456789L);
        Group entries = first.getGroup("others", 0);
        assertThat(entries.getFieldRepetitionCount("key_value")).isEqualTo(2);
        assertThat(entries.getGroup("key_value", 0).getString("key", 0)).isEqualTo("already");
        assertThat(entries.getGroup("key_value", 0).getLong("value", 0)).isEqualTo(120050L);
        assertThat(entries.getGroup("key_value", 1).getFieldRepetitionCount("value")).isZero();
        Group empty = rows.get(1);
        for (int field = 0; field < TABLE.columns().size(); field++) {
            assertThat(empty.getFieldRepetitionCount(field)).isZero();
        }
    }

    @Test
    void refusesRowsThatDoNotFitTheTableAndLeavesNoFileWhenAborted() throws Exception {
        LakeFileWriter writer = new LakeFileWriter(TABLE, new Path(folder.toUri()), 0, 1, conf);
        assertThatThrownBy(() -> writer.write(RowFactory.create("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sample");
        assertThatThrownBy(() -> writer.write(RowFactory.create("x", "2021", 1L, 1.0, true, BigDecimal.ONE, Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sample.year");
        writer.abort();
        assertThat(folder.toFile().list()).noneMatch(name -> name.endsWith(".parquet") || name.endsWith(".tmp"));
    }

    @Test
    void aRetriedAttemptReplacesTheFileOfAnEarlierOne() throws Exception {
        try (LakeFileWriter first = new LakeFileWriter(TABLE, new Path(folder.toUri()), 0, 0, conf)) {
            first.write(RowFactory.create("first", 2020, 1L, 1.0, true, BigDecimal.ONE, null));
            first.write(RowFactory.create("first", 2020, 2L, 1.0, true, BigDecimal.ONE, null));
        }
        try (LakeFileWriter retry = new LakeFileWriter(TABLE, new Path(folder.toUri()), 0, 1, conf)) {
            retry.write(RowFactory.create("retry", 2020, 1L, 1.0, true, BigDecimal.ONE, null));
        }
        Path file = new Path(folder.resolve("part-00000.zstd.parquet").toUri());
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), file).withConf(conf).build()) {
            assertThat(reader.read().getString("name", 0)).isEqualTo("retry");
            assertThat(reader.read()).isNull();
        }
    }
}
