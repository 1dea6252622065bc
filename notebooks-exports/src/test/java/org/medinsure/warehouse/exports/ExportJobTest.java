package org.medinsure.warehouse.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medinsure.warehouse.ingest.lake.LakeTable;
import org.medinsure.warehouse.marts.lake.GoldTables;

/** Exports of a small hand-made warehouse, read back and compared with the database row for row. */
class ExportJobTest {
    private static final java.util.Map<String, Double> THRESHOLDS =
            org.medinsure.warehouse.marts.spark.MartThresholds.load(java.util.Optional.empty()).values();
    @TempDir
    Path folder;

    private Path database;

    @BeforeEach
    void publishAHandMadeWarehouse() throws Exception {
        database = EmptyWarehouse.publish(folder);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO mart_per_capita_subsidy VALUES
                      ('371521', '山东省', '阳谷县', 2020, 'resident_insurance_subsidy', 21058800.00, 658090, 32.00,
                       33.00, 0.9697, 2, 3, ['a-P001'], ['a']),
                      ('371522', '山东省', '莘县', 2020, 'resident_insurance_subsidy', 29628200.00, 846520, 35.00,
                       33.00, 1.0606, 1, 3, ['b-P002'], ['b']),
                      ('371525', '山东省', '冠县', 2020, 'resident_insurance_subsidy', 2.00, NULL, NULL,
                       33.00, NULL, NULL, 3, ['c-P001', 'c-P002'], ['c'])
                    """);
            statement.execute("""
                    INSERT INTO mart_satisfaction_targets VALUES
                      ('640502', '宁夏回族自治区', '沙坡头区', 2023, 'd-P001', '城乡居民医疗保险业务经办工作经费', '>=',
                       90.0, NULL, 90.0, false, 'd-P001-I020', 'd')
                    """);
        }
    }

    @Test
    void exportsWrittenFromTheSameRowsAreKeptAndAnyChangeWritesThemAgain() throws Exception {
        execute("UPDATE lake_state SET state = 'generation fingerprint'");
        Path exports = folder.resolve("exports");
        ExportJob job = new ExportJob(database, exports, THRESHOLDS, ExportKnowledge.bundled(), "none");
        job.run();
        // a mark no export writes: a file that still has it was kept
        String mark = "kept\n";
        Path csv = exports.resolve("mart_region_year.csv");
        Files.writeString(csv, Files.readString(csv) + mark, StandardCharsets.UTF_8);
        job.run();
        assertThat(Files.readString(csv)).endsWith(mark);

        execute("UPDATE mart_per_capita_subsidy SET amount_yuan = 3.00 WHERE region_code = '371525'");
        job.run();
        assertThat(Files.readString(csv)).doesNotEndWith(mark);
        Files.writeString(csv, Files.readString(csv) + mark, StandardCharsets.UTF_8);
        new ExportJob(database, exports, THRESHOLDS).run(); // cannot say which knowledge it has: writes
        assertThat(Files.readString(csv)).doesNotEndWith(mark);
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void arrowExportEqualsTheTableRowForRow() throws Exception {
        new ExportJob(database, folder.resolve("exports"), THRESHOLDS).run();
        List<List<Object>> fromArrow = new ArrayList<>();
        try (RootAllocator allocator = new RootAllocator();
             ArrowFileReader reader = new ArrowFileReader(
                     Files.newByteChannel(folder.resolve("exports/mart_per_capita_subsidy.arrow")), allocator)) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            assertThat(root.getSchema().getFields()).extracting(field -> field.getName())
                    .containsExactlyElementsOf(GoldTables.PER_CAPITA_SUBSIDY.columnNames());
            while (reader.loadNextBatch()) {
                for (int row = 0; row < root.getRowCount(); row++) {
                    List<Object> values = new ArrayList<>();
                    for (var vector : root.getFieldVectors()) {
                        values.add(normalise(vector.getObject(row)));
                    }
                    fromArrow.add(values);
                }
            }
        }
        List<List<Object>> fromDuckDb = new ArrayList<>();
        try (Connection connection = WarehouseConnections.readOnly(database);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM mart_per_capita_subsidy")) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = result.getObject(i);
                    values.add(normalise(value instanceof java.sql.Array array ? List.of((Object[]) array.getArray()) : value));
                }
                fromDuckDb.add(values);
            }
        }
        assertThat(fromArrow).hasSize(3).isEqualTo(fromDuckDb);
    }

    @Test
    void csvHasAByteOrderMarkAndQuotesChineseTextOnlyWhenNeeded() throws Exception {
        new ExportJob(database, folder.resolve("exports"), THRESHOLDS).run();
        byte[] bytes = Files.readAllBytes(folder.resolve("exports/mart_satisfaction_targets.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("region_code,province,county,fiscal_year,project_id");
        assertThat(lines.get(1)).isEqualTo(
                "640502,宁夏回族自治区,沙坡头区,2023,d-P001,城乡居民医疗保险业务经办工作经费,>=,90.0,,90.0,false,d-P001-I020,d");
    }

    @Test
    void workbookHasAGuideAndOneSheetPerMartWithChineseHeaders() throws Exception {
        new ExportJob(database, folder.resolve("exports"), THRESHOLDS).run();
        try (InputStream in = Files.newInputStream(folder.resolve("exports/marts.xlsx"));
             Workbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1 + GoldTables.ALL.size());
            assertThat(workbook.getSheetName(0)).isEqualTo("说明");
            assertThat(workbook.getSheetName(1)).isEqualTo("人均补助");
            Sheet subsidy = workbook.getSheet("人均补助");
            assertThat(subsidy.getRow(0).getCell(7).getStringCellValue()).isEqualTo("人均金额（元）");
            assertThat(subsidy.getRow(1).getCell(2).getStringCellValue()).isEqualTo("阳谷县");
            assertThat(subsidy.getRow(1).getCell(4).getStringCellValue()).as("a programme by its Chinese label")
                    .isEqualTo("城乡居民医保财政补助");
            assertThat(subsidy.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(32.0);
            assertThat(subsidy.getRow(1).getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(subsidy.getRow(1).getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(subsidy.getRow(3).getCell(7)).as("NULL stays an empty cell").isNull();
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) subsidy).getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A1:N4");

            Sheet targets = workbook.getSheet("满意度目标");
            assertThat(targets.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(90.0);
            assertThat(targets.getRow(1).getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.0\"%\"");
            assertThat(targets.getRow(1).getCell(10).getStringCellValue()).isEqualTo("否");

            Sheet guide = workbook.getSheet("说明");
            assertThat(guide.getRow(1).getCell(3).getStringCellValue()).startsWith("每个区县每年每类项目的人均补助金额")
                    .endsWith("（共 3 行）");
        }
    }

    @Test
    void aMartLongerThanASheetIsCutAtTheLimitAndSaysSo() throws Exception {
        Path workbookFile = folder.resolve("small.xlsx");
        List<ExcelExporter.Truncation> truncations;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database)) {
            truncations = ExcelExporter.export(connection, GoldTables.ALL, ColumnLabels.bundled(), CodedValues.bundled(),
                    workbookFile, 2);
        }
        assertThat(truncations).containsExactly(new ExcelExporter.Truncation("mart_per_capita_subsidy", 3, 2));
        try (InputStream in = Files.newInputStream(workbookFile); Workbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("人均补助").getLastRowNum()).as("header and two rows").isEqualTo(2);
            assertThat(workbook.getSheet("说明").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("注意：人均补助 共 3 行，超过一个工作表的上限，工作表只含前 2 行；"
                            + "全部数据见 mart_per_capita_subsidy.csv 和 mart_per_capita_subsidy.arrow");
        }
    }

    @Test
    void dictionaryDocumentsEveryPublishedColumn() throws Exception {
        new ExportJob(database, folder.resolve("exports"), THRESHOLDS).run();
        String dictionary = Files.readString(folder.resolve("exports/data-dictionary.md"));
        for (LakeTable table : GoldTables.ALL) {
            assertThat(dictionary).contains("## " + table.name());
        }
        assertThat(dictionary).contains("| per_capita_yuan | DECIMAL(18, 2) | amount_yuan / beneficiaries, yuan per person |");
        assertThat(dictionary).contains("Grain: one row per indicator_id (declared UNIQUE in warehouse.duckdb)");
        assertThat(dictionary).contains("## Views").contains("### v_province_year_league")
                .contains("| quality_rank | BIGINT |");
        assertThat(dictionary).contains("## Coded values").contains("### documents.status")
                .contains("| duplicate | 重复文件 |").contains("### projects.programme")
                .contains("| resident_insurance_subsidy |");
        assertThat(dictionary).contains("## Quality score").contains("Mean of four shares");
        assertThat(dictionary).contains("| satisfaction.floor.pct | 90 |").contains("| execution.high | 1.1 |");
    }

    /** Arrow and JDBC return the same values as different Java types; compare their text. */
    private static Object normalise(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> String.valueOf(item)).toList();
        }
        return value.toString();
    }
}
