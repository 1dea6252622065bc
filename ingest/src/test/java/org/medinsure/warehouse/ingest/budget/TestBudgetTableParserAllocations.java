package org.medinsure.warehouse.ingest.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.html.HtmlPageRenderer;
import org.medinsure.warehouse.ingest.model.BudgetLine;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.model.TableTotal;
import org.medinsure.warehouse.ingest.text.CleanText;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/**
 * Allocation notices (关于下达…补助资金的通知) with their 分配表: one budget line of stage
 * {@code allocation} per region, booked under the expenditure code the notice names (支出列
 * “2101301城乡医疗救助”), with what was allocated earlier (已提前下达) and now (本次下达) from a header
 * printed over two rows; the 合计 row is a total. The same invented table in tab, aligned and
 * HTML prints. Every row reconciles: 520 + 410 + 320 = 1250, 330 + 260 + 210 = 800,
 * 190 + 150 + 110 = 450, and 已提前下达 + 本次下达 = 分配金额 on each row.
 */
class TestBudgetTableParserAllocations {
    private static final String NOTICE = String.join("\n",
            "翠屏市财政局 翠屏市医疗保障局",
            "关于下达2024年城乡医疗救助补助资金的通知",
            "翠财社〔2024〕18号",
            "各县（市、区）财政局、医疗保障局：",
            "　　现下达你单位2024年城乡医疗救助补助资金（具体分配情况见附件），该资金列入政府收支分类科目支出列“2101301城乡医疗救助”。",
            "　　请按规定及时拨付，加强资金监管。",
            "附件：2024年城乡医疗救助补助资金分配表",
            "翠屏市财政局　　翠屏市医疗保障局",
            "2024年5月20日",
            "");

    private static final String TITLE = "2024年城乡医疗救助补助资金分配表";

    private static final String TAB_TABLE = String.join("\n",
            TITLE,
            "单位：万元",
            "县（市、区）\t分配金额\t其中\t",
            "\t\t已提前下达\t本次下达",
            "合计\t1250\t800\t450",
            "北溪县\t520\t330\t190",
            "南岭县\t410\t260\t150",
            "东坪区\t320\t210\t110",
            "");

    private static final String ALIGNED_TABLE = String.join("\n",
            "                  " + TITLE,
            "                                                  单位：万元",
            "  县（市、区）      分配金额    其中",
            "                                已提前下达      本次下达",
            "  合计              1250        800             450",
            "  北溪县            520         330             190",
            "  南岭县            410         260             150",
            "  东坪区            320         210             110",
            "");

    private static BudgetTableParser.Result parse(CleanText text) {
        return new BudgetTableParser().parse(text, DocumentType.ALLOCATION);
    }

    private static BudgetTableParser.Result parse(String name, String text) {
        return parse(TextCleaner.clean(name, text));
    }

    private static BigDecimal yuan(String value) {
        return new BigDecimal(value);
    }

    /** The three region lines every print of the table must give, in 万元 × 10,000. */
    private static void assertRegionLines(List<BudgetLine> lines) {
        assertThat(lines).extracting(BudgetLine::stage, BudgetLine::tableName, BudgetLine::functionCode,
                BudgetLine::functionName, BudgetLine::regionName).containsExactly(
                tuple("allocation", TITLE, "2101301", "城乡医疗救助", "北溪县"),
                tuple("allocation", TITLE, "2101301", "城乡医疗救助", "南岭县"),
                tuple("allocation", TITLE, "2101301", "城乡医疗救助", "东坪区"));
        assertThat(lines).extracting(BudgetLine::totalYuan).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(yuan("5200000"), yuan("4100000"), yuan("3200000"));
        assertAmounts(lines.get(0).otherAmounts(), "3300000", "1900000");
        assertAmounts(lines.get(1).otherAmounts(), "2600000", "1500000");
        assertAmounts(lines.get(2).otherAmounts(), "2100000", "1100000");
        // an allocation is neither basic nor project spending
        assertThat(lines).extracting(BudgetLine::basicYuan, BudgetLine::projectYuan)
                .containsOnly(tuple(null, null));
    }

    private static void assertAmounts(Map<String, BigDecimal> other, String already, String thisTime) {
        assertThat(other).containsOnlyKeys("already", "this_time");
        assertThat(other.get("already")).isEqualByComparingTo(already);
        assertThat(other.get("this_time")).isEqualByComparingTo(thisTime);
    }

    @Test
    void tabTableUnderANoticeGivesOneAllocationLinePerRegion() {
        BudgetTableParser.Result result = parse("notice.txt", NOTICE + TAB_TABLE);

        assertRegionLines(result.lines());
        // the notice is 9 lines; the table's title is line 10, its 合计 line 14, 北溪县 line 15
        assertThat(result.lines()).extracting(BudgetLine::sourceLine).containsExactly(15, 16, 17);
        assertThat(result.contentKinds()).containsExactly(DocumentType.ALLOCATION);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void tabTableTotalRowIsATotalOfTheAllocatedAmount() {
        BudgetTableParser.Result result = parse("notice.txt", NOTICE + TAB_TABLE);

        assertThat(result.lines()).extracting(BudgetLine::regionName).doesNotContain("合计");
        assertThat(result.totals()).filteredOn(total -> "分配金额".equals(total.column()))
                .singleElement().satisfies(total -> {
                    assertThat(total.sourceLine()).isEqualTo(14);
                    assertThat(total.tableName()).isEqualTo(TITLE);
                    assertThat(total.label()).isEqualTo("合计");
                    assertThat(total.amountYuan()).isEqualByComparingTo("12500000");
                });
        assertThat(result.totals()).extracting(TableTotal::amountYuan).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(yuan("12500000"), yuan("8000000"), yuan("4500000"));
    }

    @Test
    void alignedTableGivesTheSameLinesAndTotals() {
        BudgetTableParser.Result result = parse("notice-layout.txt", NOTICE + ALIGNED_TABLE);

        assertRegionLines(result.lines());
        assertThat(result.lines()).extracting(BudgetLine::sourceLine).containsExactly(15, 16, 17);
        assertThat(result.totals()).extracting(TableTotal::sourceLine, TableTotal::label).containsOnly(tuple(14, "合计"));
        assertThat(result.totals()).extracting(TableTotal::amountYuan).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(yuan("12500000"), yuan("8000000"), yuan("4500000"));
    }

    @Test
    void alignedGroupHeaderCentredOverItsTwoColumnsStillSplitsThem() {
        // pdftotext centres 其中 over 已提前下达 and 本次下达: it starts in the gutter between them
        String centred = ALIGNED_TABLE.replace("  县（市、区）      分配金额    其中",
                "  县（市、区）      分配金额            其中");
        assertThat(centred).isNotEqualTo(ALIGNED_TABLE);

        BudgetTableParser.Result result = parse("notice-centred.txt", NOTICE + centred);

        assertRegionLines(result.lines());
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void htmlTableWithSpannedHeadersGivesTheSameLinesAndNamesColumnsByTheirPath() {
        String html = String.join("\n",
                "<html><head><meta charset=\"utf-8\"><title>关于下达2024年城乡医疗救助补助资金的通知</title></head><body>",
                "<h2>关于下达2024年城乡医疗救助补助资金的通知</h2>",
                "<p>各县（市、区）财政局、医疗保障局：</p>",
                "<p>&nbsp;&nbsp;现下达你单位2024年城乡医疗救助补助资金，该资金列入政府收支分类科目支出列“2101301城乡医疗救助”。</p>",
                "<p>附件：2024年城乡医疗救助补助资金分配表</p>",
                "<p style=\"text-align:center\"><b>" + TITLE + "</b></p>",
                "<p style=\"text-align:right\">单位：万元</p>",
                "<table border=\"1\" style=\"border-collapse:collapse\">",
                "<tr><td rowspan=\"2\">县（市、区）</td><td rowspan=\"2\">分配金额</td><td colspan=\"2\">其中</td></tr>",
                "<tr><td>已提前下达</td><td>本次下达</td></tr>",
                "<tr><td>合计</td><td>1,250</td><td>800</td><td>450</td></tr>",
                "<tr><td>北溪县</td><td>520</td><td>330</td><td>190</td></tr>",
                "<tr><td>南岭县</td><td>410</td><td>260</td><td>150</td></tr>",
                "<tr><td>东坪区</td><td>320</td><td>210</td><td>110</td></tr>",
                "</table>",
                "</body></html>");

        BudgetTableParser.Result result = parse(HtmlPageRenderer.render("notice.html", html));

        assertRegionLines(result.lines());
        assertThat(result.totals()).extracting(TableTotal::label, TableTotal::column).containsExactly(
                tuple("合计", "分配金额"), tuple("合计", "其中-已提前下达"), tuple("合计", "其中-本次下达"));
        assertThat(result.totals()).extracting(TableTotal::amountYuan).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(yuan("12500000"), yuan("8000000"), yuan("4500000"));
    }

    @Test
    void aTableInYuanWithOnlyAnAmountColumnAndAThreeDigitCode() {
        String text = String.join("\n",
                "关于下达2024年医疗保障服务能力建设补助资金的通知",
                "该资金列2100399其他基层医疗卫生机构支出。",
                "",
                "医疗保障服务能力建设补助资金分配表",
                "单位：元",
                "单位\t金额",
                "北溪县医疗保障局\t150000",
                "南岭县医疗保障局\t90000",
                "合计\t240000",
                "");

        BudgetTableParser.Result result = parse("yuan.txt", text);

        assertThat(result.lines()).extracting(BudgetLine::functionCode, BudgetLine::functionName,
                BudgetLine::regionName).containsExactly(
                tuple("2100399", "其他基层医疗卫生机构支出", "北溪县医疗保障局"),
                tuple("2100399", "其他基层医疗卫生机构支出", "南岭县医疗保障局"));
        assertThat(result.lines()).extracting(BudgetLine::totalYuan).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(yuan("150000"), yuan("90000"));
        assertThat(result.lines()).allSatisfy(line -> assertThat(line.otherAmounts()).isEmpty());
        assertThat(result.totals()).singleElement().satisfies(total -> {
            assertThat(total.sourceLine()).isEqualTo(9);
            assertThat(total.amountYuan()).isEqualByComparingTo("240000");
        });
    }

    @Test
    void pipeTableWithTheGroupRepeatedInEachSpannedColumn() {
        // a Word converter repeats 其中 in both columns it spans and leaves the rows it spans blank
        String text = String.join("\n",
                "支出列“2101301城乡医疗救助”。",
                "",
                "**" + TITLE + "**",
                "",
                "单位：万元",
                "",
                "| 县（市、区） | 分配金额 | 其中 | 其中 |",
                "|---|---|---|---|",
                "| | | 已提前下达 | 本次下达 |",
                "| 合计 | 1250 | 800 | 450 |",
                "| 北溪县 | 520 | 330 | 190 |",
                "| 南岭县 | 410 | 260 | 150 |",
                "| 东坪区 | 320 | 210 | 110 |",
                "");

        BudgetTableParser.Result result = parse("p.md", text);

        assertThat(result.lines()).extracting(BudgetLine::regionName, BudgetLine::functionCode, BudgetLine::sourceLine)
                .containsExactly(tuple("北溪县", "2101301", 11), tuple("南岭县", "2101301", 12), tuple("东坪区", "2101301", 13));
        assertThat(result.lines().get(0).totalYuan()).isEqualByComparingTo("5200000");
        assertThat(result.lines().get(0).otherAmounts().get("already")).isEqualByComparingTo("3300000");
        assertThat(result.lines().get(0).otherAmounts().get("this_time")).isEqualByComparingTo("1900000");
        assertThat(result.totals()).extracting(TableTotal::amountYuan).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(yuan("12500000"), yuan("8000000"), yuan("4500000"));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void spaceJoinedRowsAreReadWhenTheirFiguresCanBePlacedAndReportedOtherwise() {
        // pdftotext -raw drops empty cells: 320 320 is 分配金额 = 本次下达 with nothing allocated earlier
        // (a region in the notice receives something now); 200 150 fits no column reading that adds
        // up, so it is reported, not guessed
        String text = String.join("\n",
                "支出列“2101301城乡医疗救助”。",
                TITLE,
                "单位：万元",
                "县（市、区） 分配金额 已提前下达 本次下达",
                "北溪县 520 330 190",
                "东坪区 320 320",
                "西岭县 200 150",
                "");

        BudgetTableParser.Result result = parse("raw.txt", text);

        assertThat(result.lines()).extracting(BudgetLine::regionName).containsExactly("北溪县", "东坪区");
        assertThat(result.lines().get(1).totalYuan()).isEqualByComparingTo("3200000");
        assertThat(result.lines().get(1).otherAmounts()).containsOnlyKeys("this_time");
        assertThat(result.problems()).extracting(Problem::check, Problem::sourceLine)
                .containsExactly(tuple("allocation_row_unreadable", 7));
    }

    @Test
    void theCodeIsReadFromAQuotedCodeAndNameBeforeTheWord科目() {
        String text = String.join("\n",
                "该资金列入“2101301城乡医疗救助”科目。",
                TITLE,
                "单位：万元",
                "地区\t分配金额",
                "北溪县\t520",
                "");

        BudgetTableParser.Result result = parse("q.txt", text);

        assertThat(result.lines()).extracting(BudgetLine::functionCode, BudgetLine::functionName)
                .containsExactly(tuple("2101301", "城乡医疗救助"));
    }

    @Test
    void aRegionColumnHeaded县市AndAnAmountColumnHeaded合计() {
        // 合计 heads the amount column here and also labels the total row below
        String text = String.join("\n",
                "支出列“2101301城乡医疗救助”。",
                TITLE,
                "单位：万元",
                "县（市）\t合计\t本次下达",
                "北溪县\t520\t190",
                "合计\t520\t190",
                "");

        BudgetTableParser.Result result = parse("q.txt", text);

        assertThat(result.lines()).extracting(BudgetLine::regionName).containsExactly("北溪县");
        assertThat(result.lines().get(0).totalYuan()).isEqualByComparingTo("5200000");
        assertThat(result.totals()).extracting(TableTotal::label).containsOnly("合计");
    }

    @Test
    void aCodeBeforeItsQuotedNameIsTheSubject() {
        String text = String.join("\n",
                "该资金支出列2101301“城乡医疗救助”。",
                TITLE,
                "单位：万元",
                "地区\t分配金额",
                "北溪县\t520",
                "");
        BudgetTableParser.Result result = parse("q.txt", text);
        assertThat(result.lines()).extracting(BudgetLine::functionCode, BudgetLine::functionName)
                .containsExactly(tuple("2101301", "城乡医疗救助"));
    }

    /**
     * A 序号 column before the regions, and the 合计 label merged over 序号 and 地区: a tab print gives
     * the total row one cell fewer (the merged cell is one cell); an HTML print leaves the region cell
     * blank under the spanning label; a print joined by single spaces opens each region row with its
     * number. Each reads the same three regions and the three column totals.
     */
    private static final String NUMBERED_HEADER = "序号\t地区\t合计\t已提前下达\t本次下达";

    @Test
    void aTotalLabelMergedOverTheNumberAndRegionColumnsStillMakesTheTotalRow() {
        String tab = String.join("\n", TITLE, "单位：万元", NUMBERED_HEADER,
                "合计\t1250\t800\t450",
                "1\t北溪县\t520\t330\t190", "2\t南岭县\t410\t260\t150", "3\t东坪区\t320\t210\t110", "");
        String html = "<p>" + TITLE + "</p><p>单位：万元</p><table>"
                + "<tr><td>序号</td><td>地区</td><td>合计</td><td>已提前下达</td><td>本次下达</td></tr>"
                + "<tr><td>1</td><td>北溪县</td><td>520</td><td>330</td><td>190</td></tr>"
                + "<tr><td>2</td><td>南岭县</td><td>410</td><td>260</td><td>150</td></tr>"
                + "<tr><td>3</td><td>东坪区</td><td>320</td><td>210</td><td>110</td></tr>"
                + "<tr><td colspan=\"2\">合计</td><td>1250</td><td>800</td><td>450</td></tr></table>";
        String joined = String.join("\n", TITLE, "单位：万元", "序号 地区 合计 已提前下达 本次下达",
                "1 北溪县 520 330 190", "2 南岭县 410 260 150", "3 东坪区 320 210 110", "合计 1250 800 450", "");

        for (BudgetTableParser.Result result : List.of(parse("tab.txt", NOTICE + tab),
                parse(HtmlPageRenderer.render("notice.html", "<html><body><p>" + NOTICE.replace("\n", "</p><p>")
                        + "</p>" + html + "</body></html>")),
                parse("joined.txt", NOTICE + joined))) {
            assertRegionLines(result.lines());
            assertThat(result.totals()).extracting(TableTotal::label, TableTotal::column, TableTotal::amountYuan)
                    .usingRecursiveFieldByFieldElementComparatorOnFields()
                    .containsExactlyInAnyOrder(tuple("合计", "合计", yuan("12500000")),
                            tuple("合计", "已提前下达", yuan("8000000")), tuple("合计", "本次下达", yuan("4500000")));
            assertThat(result.problems()).extracting(Problem::check).doesNotContain("allocation_row_unreadable");
        }
    }

    @Test
    void anAllocationTablePrintedOneCellPerLineWithItsTotalFirst() {
        String cells = String.join("\n", TITLE, "单位：万元", "序号", "地区", "合计", "已提前下达", "本次下达",
                "合计", "1250", "800", "450",
                "1", "北溪县", "520", "330", "190", "2", "南岭县", "410", "260", "150", "3", "东坪区", "320", "210", "110", "");

        BudgetTableParser.Result result = parse("cells.txt", NOTICE + cells);

        assertRegionLines(result.lines());
        assertThat(result.totals()).extracting(TableTotal::column).containsExactly("合计", "已提前下达", "本次下达");
        assertThat(result.totals()).extracting(TableTotal::amountYuan).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(yuan("12500000"), yuan("8000000"), yuan("4500000"));
    }
}
