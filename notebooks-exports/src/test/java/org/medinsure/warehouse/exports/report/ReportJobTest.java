package org.medinsure.warehouse.exports.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medinsure.warehouse.marts.spark.MartThresholds;

/**
 * Reports of a small hand-made warehouse: two counties of one province over two years, a county of
 * another province, a partial and an unplaced document, a total that does not reconcile. The
 * pages are parsed back and their tables, charts and sources compared with what was loaded.
 */
class ReportJobTest {
    private static final Map<String, Double> THRESHOLDS = MartThresholds.load(java.util.Optional.empty()).values();

    @TempDir
    Path folder;

    private Path database;

    @BeforeEach
    void publishAHandMadeWarehouse() throws Exception {
        database = org.medinsure.warehouse.exports.EmptyWarehouse.publish(folder);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE runs AS SELECT '20261202T000000Z-abcd1234' AS run_id, "
                    + "'2026-12-02T00:00:00Z' AS started_at");
            statement.execute("""
                    INSERT INTO documents (doc_id, source_path, doc_type, region_code, province, county, fiscal_year,
                                           status, problem_count) VALUES
                      ('a', '山东/阳谷县/2020/申报表.txt', 'declaration', '371521', '山东省', '阳谷县', 2020, 'parsed', 0),
                      ('b', '山东/莘县/2020/申报表.html', 'declaration', '371522', '山东省', '莘县', 2020, 'parsed', 0),
                      ('c', '山东/莘县/2020/决算.pdf', 'final_accounts', '371522', '山东省', '莘县', 2020, 'partial', 2),
                      ('d', '山东/莘县/2020/预算.txt', 'budget', '371522', '山东省', '莘县', 2020, 'parsed', 0),
                      ('e', 'incoming/扫描件.pdf', 'unknown', NULL, NULL, NULL, NULL, 'rejected', 1),
                      ('f', '河南/兰考县/2020/申报表.txt', 'declaration', '410225', '河南省', '兰考县', 2020, 'parsed', 0)
                    """);
            statement.execute("""
                    INSERT INTO documents (doc_id, source_path, doc_type, region_code, province, prefecture, fiscal_year,
                                           status, problem_count) VALUES
                      ('g', '山东/聊城市/2020/申报表.txt', 'declaration', '371500', '山东省', '聊城市', 2020, 'parsed', 0)
                    """);
            statement.execute("""
                    INSERT INTO problems (doc_id, source_path, source_line, stage, "check", severity, detail) VALUES
                      ('c', '山东/莘县/2020/决算.pdf', 40, 'ingest', 'table_unreadable', 'error', 'no header on page 3'),
                      ('c', '山东/莘县/2020/决算.pdf', 12, 'ingest', 'amount_unparsed', 'error', '12,3O4.00'),
                      ('e', 'incoming/扫描件.pdf', 0, 'ingest', 'no_text', 'error', 'scanned pages')
                    """);
            statement.execute("""
                    INSERT INTO projects (project_id, doc_id, source_path, source_line, region_code, province, county,
                                          fiscal_year, form_kind, project_name, programme, budget_yuan, beneficiaries) VALUES
                      ('a-P001', 'a', '山东/阳谷县/2020/申报表.txt', 3, '371521', '山东省', '阳谷县', 2020, 'declaration',
                       '城乡居民医保补助', 'resident_insurance_subsidy', 21058800.00, 658090),
                      ('b-P002', 'b', '山东/莘县/2020/申报表.html', 120, '371522', '山东省', '莘县', 2020, 'declaration',
                       '城乡居民医保补助', 'resident_insurance_subsidy', 29628200.00, 846520)
                    """);
            statement.execute("""
                    INSERT INTO indicators (indicator_id, project_id, doc_id, source_line, source_path, region_code,
                                            province, fiscal_year, name_raw, indicator_code, unit, target_base) VALUES
                      ('a-P001-I009', 'a-P001', 'a', 17, '山东/阳谷县/2020/申报表.txt', '371521', '山东省', 2020,
                       '参保群众满意度', 'satisfaction.insured', '%', 85.0),
                      ('b-P002-I009', 'b-P002', 'b', 131, '山东/莘县/2020/申报表.html', '371522', '山东省', 2020,
                       '参保群众满意度', 'satisfaction.insured', '%', 95.0)
                    """);
            statement.execute("""
                    INSERT INTO table_totals (doc_id, source_path, source_line, source_page, page_line, region_code,
                                              province, county, fiscal_year, stage, table_name, label, amount_yuan) VALUES
                      ('c', '山东/莘县/2020/决算.pdf', 210, 7, 14, '371522', '山东省', '莘县', 2020, 'final', '支出决算总表',
                       '支出合计', 7100000.00),
                      ('d', '山东/莘县/2020/预算.txt', 88, NULL, NULL, '371522', '山东省', '莘县', 2020, 'budget',
                       '支出预算总表', '支出合计', 10000000.00)
                    """);
            statement.execute("""
                    INSERT INTO checks (doc_id, source_path, source_line, region_code, province, county, fiscal_year,
                                        "check", scope, expected_yuan, found_yuan, passed) VALUES
                      ('d', '山东/莘县/2020/预算.txt', 95, '371522', '山东省', '莘县', 2020, 'table_total',
                       '支出预算总表 合计 合计', 9990000.00, 10000000.00, false),
                      ('d', '山东/莘县/2020/预算.txt', 96, '371522', '山东省', '莘县', 2020, 'children_sum',
                       '支出预算总表 208 合计', 500.00, 500.00, true)
                    """);
            statement.execute("""
                    INSERT INTO mart_per_capita_subsidy VALUES
                      ('371521', '山东省', '阳谷县', 2020, 'resident_insurance_subsidy', 21058800.00, 658090, 32.00,
                       33.50, 0.9552, 2, 2, ['a-P001'], ['a']),
                      ('371522', '山东省', '莘县', 2020, 'resident_insurance_subsidy', 29628200.00, 846520, 35.00,
                       33.50, 1.0448, 1, 2, ['b-P002'], ['b']),
                      ('371500', '山东省', NULL, 2020, 'resident_insurance_subsidy', 60.00, NULL, NULL,
                       33.50, NULL, NULL, 2, [], ['g']),
                      ('410225', '河南省', '兰考县', 2020, 'resident_insurance_subsidy', 100.00, 10, 10.00,
                       10.00, 1.0, 1, 1, [], ['f'])
                    """);
            statement.execute("""
                    INSERT INTO mart_execution_rate VALUES
                      ('371522', '山东省', '莘县', 2020, 'department', 'total', '支出合计', 10000000.00, 7100000.00, 0.71,
                       'low', NULL, ['c', 'd'], true),
                      ('371522', '山东省', '莘县', 2020, 'line', '208', '社会保障和就业支出', 500.00, 450.00, 0.9,
                       NULL, NULL, ['c', 'd'], false)
                    """);
            statement.execute("""
                    INSERT INTO mart_satisfaction_targets VALUES
                      ('371521', '山东省', '阳谷县', 2020, 'a-P001', '城乡居民医保补助', '>=', 85.0, NULL, 90.0, true,
                       'a-P001-I009', 'a'),
                      ('371522', '山东省', '莘县', 2020, 'b-P002', '城乡居民医保补助', '>=', 95.0, NULL, 90.0, false,
                       'b-P002-I009', 'b')
                    """);
            statement.execute("""
                    INSERT INTO mart_region_year VALUES
                      ('371521', '山东省', '阳谷县', 2019, 1, 1, 10, 1000.00, 0.98, 90.0, 1.0, ['x']),
                      ('371521', '山东省', '阳谷县', 2020, 1, 1, 10, 21058800.00, NULL, 85.0, 1.0, ['a']),
                      ('371522', '山东省', '莘县', 2020, 3, 1, 12, 29628200.00, 0.71, 95.0, 0.82, ['b', 'c', 'd']),
                      ('410225', '河南省', '兰考县', 2020, 1, 1, 3, 100.00, NULL, NULL, 1.0, ['f'])
                    """);
        }
    }

    @Test
    void everyProvinceYearGetsAPageAndTheIndexLinksThemAll() throws Exception {
        List<Path> written = new ReportJob(database, THRESHOLDS).writeAll(folder.resolve("reports"));

        assertThat(written).extracting(path -> path.getFileName().toString())
                .containsExactly("370000-2019.html", "370000-2020.html", "410000-2020.html", "index.html");
        Document index = Jsoup.parse(folder.resolve("reports/index.html").toFile(), "UTF-8");
        assertThat(index.select("a")).extracting(link -> link.attr("href"))
                .containsExactly("370000-2019.html", "370000-2020.html", "410000-2020.html");
        assertThat(index.select("a").get(1).text()).isEqualTo("山东省2020年度医疗保障资金区县比较报告");
    }

    @Test
    void theLeagueRanksTheCountiesAgainstTheMedianWithTheirSourceLines() throws Exception {
        Document page = report("山东省", 2020);

        Element programme = page.selectFirst("#league .programme[data-programme=resident_insurance_subsidy]");
        assertThat(programme.selectFirst("h3").text()).isEqualTo("城乡居民医保财政补助");
        assertThat(programme.select("tr.league-row")).extracting(row -> row.select("td").eachText().subList(0, 4))
                .containsExactly(List.of("1", "莘县", "35.00", "1.04"), List.of("2", "阳谷县", "32.00", "0.96"),
                        List.of("—", "聊城市本级", "未读到受益人数，不能计算人均", "—"));
        assertThat(programme.select("tr.league-row").get(0).selectFirst("td.src").text())
                .isEqualTo("山东/莘县/2020/申报表.html 第120行");
        // one bar per county, the larger above the median drawn dark, and the median line between them
        Element chart = programme.selectFirst("svg.bars");
        assertThat(chart.select("rect")).extracting(bar -> bar.attr("fill")).containsExactly("#555", "#bbb");
        double medianX = Double.parseDouble(chart.selectFirst("line.median").attr("x1"));
        double barStart = Double.parseDouble(chart.selectFirst("rect").attr("x"));
        double widest = Double.parseDouble(chart.select("rect").get(0).attr("width"));
        assertThat((medianX - barStart) / widest).isCloseTo(33.50 / 35.00, org.assertj.core.data.Offset.offset(0.01));
        // another province's county is not in this province's report
        assertThat(page.text()).doesNotContain("兰考县");
    }

    @Test
    void executionShowsTheCountyRateItsBasisAndTheLinesOfBothTotals() throws Exception {
        Document page = report("山东省", 2020);

        Element row = page.selectFirst("#execution tr.execution-row[data-region=371522]");
        assertThat(row.select("td").eachText().subList(0, 6))
                .containsExactly("莘县", "71.0%", "部门整体", "10,000,000.00", "7,100,000.00", "1");
        assertThat(row.select("td.src span").eachText())
                .containsExactly("山东/莘县/2020/决算.pdf 第7页第14行", "山东/莘县/2020/预算.txt 第88行");
        // the heat map has a cell per county and year; 0.71 is outside the bounds: dark with a heavy border
        Element heatMap = page.selectFirst("#execution svg.heatmap");
        assertThat(heatMap.select("rect.cell")).hasSize(4);
        Element flagged = heatMap.select("rect.cell").stream()
                .filter(cell -> cell.selectFirst("title").text().equals("莘县 2020 71.0%")).findFirst().orElseThrow();
        assertThat(flagged.attr("stroke-width")).isEqualTo("2.5");
        assertThat(Integer.parseInt(flagged.attr("fill").substring(1, 3), 16)).isLessThan(128);
    }

    @Test
    void satisfactionNamesTheCountiesBelowTheFloor() throws Exception {
        Document page = report("山东省", 2020);

        assertThat(page.select("#satisfaction tr.below-floor-row")).extracting(row -> row.select("td").eachText())
                .containsExactly(List.of("阳谷县", "城乡居民医保补助", ">=", "85.0%", "—", "山东/阳谷县/2020/申报表.txt 第17行"));
        Element strip = page.selectFirst("#satisfaction svg.strip");
        assertThat(strip.select("rect.dot.below")).hasSize(1);
        assertThat(strip.select("circle.dot")).hasSize(1);
    }

    @Test
    void theQualityPanelCountsDocumentsAndNamesWhatWasNotRead() throws Exception {
        Document page = report("山东省", 2020);
        Element panel = page.selectFirst("section#quality");

        assertThat(panel.select("table.statuses tr").eachText())
                .contains("已读取 4", "部分读取 1", "未读取 0", "重复文件 0");
        // the partial document with its first error by line, not by the order problems were stored
        assertThat(panel.select("table.incomplete td").eachText())
                .startsWith("山东/莘县/2020/决算.pdf", "莘县", "部分读取", "2").contains("12,3O4.00");
        assertThat(panel.select("table.unreconciled tr").get(1).select("td").eachText())
                .containsExactly("莘县", "表合计", "支出预算总表 合计 合计", "9,990,000.00", "10,000,000.00",
                        "山东/莘县/2020/预算.txt 第95行");
        assertThat(panel.text()).contains("incoming/扫描件.pdf");
        assertThat(panel.select("table.county-quality tr").eachText()).contains("莘县 3 1 12 82.0%");
    }

    @Test
    void thePageNeedsNothingFromTheNetwork() throws Exception {
        Document page = report("山东省", 2020);

        assertThat(page.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(page.select("[src], [href]")).isEmpty();
        assertThat(page.selectFirst("style").data()).doesNotContain("url(").doesNotContain("@import");
    }

    @Test
    void provincesWhoseDocumentsDidNotChangeKeepTheirReportsNamingTheNewRun() throws Exception {
        Path reports = folder.resolve("reports");
        ReportJob job = new ReportJob(database, THRESHOLDS, org.medinsure.warehouse.exports.ExportKnowledge.bundled(), "none");
        execute("UPDATE lake_state SET state = 'generation fingerprint'");
        job.writeAll(reports);
        // a mark no rendering writes: a report that still has it was kept, not rendered again
        String mark = "<!-- written by the last run -->";
        for (String name : List.of("370000-2020.html", "410000-2020.html")) {
            Files.writeString(reports.resolve(name), Files.readString(reports.resolve(name)) + mark, StandardCharsets.UTF_8);
        }
        execute("UPDATE runs SET run_id = '20261203T000000Z-0000ffff'");
        execute("UPDATE documents SET problem_count = 3 WHERE doc_id = 'c'"); // a document of 山东省 changed
        job.writeAll(reports);
        String henan = Files.readString(reports.resolve("410000-2020.html"));
        assertThat(henan).contains(mark).contains("20261203T000000Z-0000ffff").doesNotContain("abcd1234");
        String shandong = Files.readString(reports.resolve("370000-2020.html"));
        assertThat(shandong).doesNotContain(mark).contains("20261203T000000Z-0000ffff");

        // the same documents in a lake of another generation: every report is rendered again
        execute("UPDATE lake_state SET state = 'another-generation fingerprint'");
        job.writeAll(reports);
        assertThat(Files.readString(reports.resolve("410000-2020.html"))).doesNotContain(mark);
        // and a job that cannot say which knowledge it was given keeps nothing
        Files.writeString(reports.resolve("410000-2020.html"), henan, StandardCharsets.UTF_8);
        new ReportJob(database, THRESHOLDS).writeAll(reports);
        assertThat(Files.readString(reports.resolve("410000-2020.html"))).doesNotContain(mark);
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void filtersAreBoundNotSplicedIntoTheSql() {
        ReportJob job = new ReportJob(database, THRESHOLDS);

        assertThatThrownBy(() -> job.writeOne("山东省' OR '1'='1", 2020, chosen -> folder.resolve("x.html")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No county of 山东省' OR '1'='1 in 2020")
                .hasMessageContaining("山东省 2019, 山东省 2020, 河南省 2020");
        assertThat(folder.resolve("x.html")).doesNotExist();
    }

    @Test
    void theUsersWordsAndLabelsOverrideTheBundledOnes() throws Exception {
        Path words = Files.writeString(folder.resolve("report-text.csv"), "key,text\ntitle,{0}{1}年医保资金区县对比\n");
        Path labels = Files.writeString(folder.resolve("column-labels.csv"),
                "column,label,format,description\ncounty,县（市、区）,,\n");
        org.medinsure.warehouse.exports.ExportKnowledge knowledge = new org.medinsure.warehouse.exports.ExportKnowledge(
                org.medinsure.warehouse.exports.ColumnLabels.load(List.of(labels)),
                org.medinsure.warehouse.exports.CodedValues.bundled(), ReportText.load(List.of(words)));

        Path file = new ReportJob(database, THRESHOLDS, knowledge).writeOne("山东省", 2020, chosen -> folder.resolve("x.html"));

        Document page = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(page.selectFirst("h1").text()).isEqualTo("山东省2020年医保资金区县对比");
        assertThat(page.selectFirst("#execution table.execution th").text()).isEqualTo("县（市、区）");
        // words the user's file does not name keep their bundled text
        assertThat(page.selectFirst("#quality h2").text()).isEqualTo("数据质量");
    }

    private Document report(String province, int year) throws Exception {
        Path file = new ReportJob(database, THRESHOLDS).writeOne(province, year,
                chosen -> folder.resolve("one").resolve(chosen.fileName()));
        assertThat(file.getFileName().toString()).isEqualTo("370000-" + year + ".html");
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
    }
}
