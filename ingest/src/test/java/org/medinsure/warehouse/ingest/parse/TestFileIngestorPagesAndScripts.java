package org.medinsure.warehouse.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.BudgetLine;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.model.Indicator;
import org.medinsure.warehouse.ingest.model.ParsedDocument;
import org.medinsure.warehouse.ingest.model.ProjectForm;

/**
 * Whole files as they are downloaded: a form re-served in traditional script (matched folded to
 * simplified, the printed names kept for bronze), a page saved from a browser as GBK {@code .htm},
 * a mirror page with tone-marked pinyin inserted after some characters, two forms on one page and
 * a text file with CRLF line ends.
 */
class TestFileIngestorPagesAndScripts {
    private static final String TRADITIONAL = String.join("\n",
            "青溪縣醫療保障局2024年度項目支出績效目標表",
            "項目名稱\t城鄉居民基本醫療保險縣級財政補助",
            "主管部門\t青溪縣醫療保障局",
            "實施單位\t青溪縣醫療保障事務中心",
            "年度資金總額（萬元）\t1860.5",
            "一級指標\t二級指標\t三級指標\t指標值",
            "產出指標\t數量指標\t參保人數\t≥31.2萬人",
            "\t質量指標\t財政補助資金到位率\t100%",
            "效益指標\t社會效益指標\t群眾就醫負擔\t有效減輕",
            "滿意度指標\t服務對象滿意度指標\t參保群眾滿意度\t≥90%",
            "");

    private final FileIngestor ingestor = new FileIngestor();

    @Test
    void aTraditionalFormIsMatchedFoldedAndReadInSimplified() {
        ParsedDocument document = ingestor.ingest("mirror/青溪縣.txt", TRADITIONAL.getBytes(StandardCharsets.UTF_8))
                .document();

        assertThat(document.profile().traditional()).isTrue();
        assertThat(document.profile().docType()).isEqualTo(DocumentType.DECLARATION);
        assertThat(document.profile().department()).isEqualTo("青溪县医疗保障局");
        assertThat(document.profile().fiscalYear()).isEqualTo(2024);
        assertThat(document.projects()).singleElement().satisfies(form -> {
            assertThat(form.projectName()).isEqualTo("城乡居民基本医疗保险县级财政补助");
            assertThat(form.department()).isEqualTo("青溪县医疗保障局");
            assertThat(form.implementingUnit()).isEqualTo("青溪县医疗保障事务中心");
            assertThat(form.budgetYuan()).isEqualByComparingTo("18605000");
            assertThat(form.indicators()).extracting(Indicator::level1, Indicator::level2, Indicator::name,
                    Indicator::valueRaw).containsExactly(
                    tuple("产出指标", "数量指标", "参保人数", "≥31.2万人"),
                    tuple("产出指标", "质量指标", "财政补助资金到位率", "100%"),
                    tuple("效益指标", "社会效益指标", "群众就医负担", "有效减轻"),
                    tuple("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%"));
        });
    }

    @Test
    void aTraditionalFormKeepsItsPrintedNamesForBronze() {
        ProjectForm form = ingestor.ingest("mirror/青溪縣.txt", TRADITIONAL.getBytes(StandardCharsets.UTF_8))
                .document().projects().get(0);

        assertThat(form.projectNamePrinted()).isEqualTo("城鄉居民基本醫療保險縣級財政補助");
        assertThat(form.indicators()).extracting(Indicator::namePrinted)
                .containsExactly("參保人數", "財政補助資金到位率", "群眾就醫負擔", "參保群眾滿意度");
    }

    @Test
    void aSimplifiedFormIsNotFoldedAndHasNoPrintedNames() {
        // positive control for the two tests above: the same form printed in simplified script
        String simplified = String.join("\n",
                "青溪县医疗保障局2024年度项目支出绩效目标表",
                "项目名称\t城乡居民基本医疗保险县级财政补助",
                "年度资金总额（万元）\t1860.5",
                "一级指标\t二级指标\t三级指标\t指标值",
                "产出指标\t数量指标\t参保人数\t≥31.2万人",
                "");

        ParsedDocument document = ingestor.ingest("plain.txt", simplified.getBytes(StandardCharsets.UTF_8)).document();

        assertThat(document.profile().traditional()).isFalse();
        assertThat(document.projects()).singleElement().satisfies(form -> {
            assertThat(form.projectName()).isEqualTo("城乡居民基本医疗保险县级财政补助");
            assertThat(form.projectNamePrinted()).isNull();
            assertThat(form.indicators()).extracting(Indicator::namePrinted).containsOnlyNulls();
        });
    }

    @Test
    void aGbkPageSavedFromABrowserIsDecodedRenderedAndReadWithFileLines() {
        String html = String.join("\r\n",
                "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">",
                "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">",
                "<title>项目支出绩效目标表</title></head><body>",
                "<p align=\"center\"><b>项目支出绩效目标表</b></p>",
                "<table border=\"1\" cellspacing=\"0\">",
                "<tr><td>项目名称</td><td colspan=\"3\">医疗保障信息化建设</td></tr>",
                "<tr><td>主管部门</td><td>青溪县医疗保障局</td><td>实施单位</td><td>青溪县医疗保障事务中心</td></tr>",
                "<tr><td>年度资金总额<br>（万元）</td><td colspan=\"3\">&nbsp;45&nbsp;</td></tr>",
                "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>",
                "<tr><td rowspan=\"2\">产出指标</td><td>数量指标</td><td>接入定点医药机构数</td><td>&ge;120家</td></tr>",
                "<tr><td>质量指标</td><td>系统正常运行率</td><td>&ge;99%</td></tr>",
                "<tr><td>满意度指标</td><td><p>服务对象</p><p>满意度指标</p></td><td>参保群众满意度</td><td>&ge;95%</td></tr>",
                "</table>",
                "</body></html>",
                "");

        IngestedFile file = ingestor.ingest("saved/page.htm", html.getBytes(Charset.forName("GBK")));
        ParsedDocument document = file.document();

        assertThat(file.format()).isEqualTo("htm");
        assertThat(file.encoding()).isEqualTo("GB18030");
        assertThat(document.problems()).isEmpty();
        assertThat(document.projects()).singleElement().satisfies(form -> {
            assertThat(form.projectName()).isEqualTo("医疗保障信息化建设");
            assertThat(form.department()).isEqualTo("青溪县医疗保障局");
            assertThat(form.implementingUnit()).isEqualTo("青溪县医疗保障事务中心");
            assertThat(form.budgetYuan()).isEqualByComparingTo("450000");
            // lines are the file's: each <tr> is on its own line of the page
            assertThat(form.indicators()).extracting(Indicator::sourceLine, Indicator::level1, Indicator::level2,
                    Indicator::name, Indicator::valueRaw).containsExactly(
                    tuple(10, "产出指标", "数量指标", "接入定点医药机构数", "≥120家"),
                    tuple(11, "产出指标", "质量指标", "系统正常运行率", "≥99%"),
                    tuple(12, "满意度指标", "服务对象满意度指标", "参保群众满意度", "≥95%"));
        });
        assertThat(DocumentStatus.of(document)).isEqualTo(DocumentStatus.PARSED);
    }

    @Test
    void aMirrorPageWithInsertedPinyinIsReadWithoutIt() {
        String html = String.join("\n",
                "<html><head><meta charset=\"utf-8\"></head><body>",
                "<h3>項(xiàng)目支出績(jì)效目標表</h3>",
                "<table>",
                "<tr><td>項(xiàng)目名稱</td><td>醫(yī)療救助資金</td></tr>",
                "<tr><td>年度資(zī)金總額（萬元）</td><td>210</td></tr>",
                "<tr><td>一級指標</td><td>二級指標</td><td>三級指標</td><td>指標值</td></tr>",
                "<tr><td>產出指標</td><td>數量指標</td><td>救助人次</td><td>≥3000人次</td></tr>",
                "</table></body></html>");

        ParsedDocument document = ingestor.ingest("mirror/page.html", html.getBytes(StandardCharsets.UTF_8)).document();

        assertThat(document.profile().traditional()).isTrue();
        assertThat(document.projects()).singleElement().satisfies(form -> {
            assertThat(form.projectName()).isEqualTo("医疗救助资金");
            // bronze keeps what the page prints, inserted pinyin included
            assertThat(form.projectNamePrinted()).isEqualTo("醫(yī)療救助資金");
            assertThat(form.budgetYuan()).isEqualByComparingTo("2100000");
            assertThat(form.indicators()).extracting(Indicator::sourceLine, Indicator::name, Indicator::valueRaw)
                    .containsExactly(tuple(7, "救助人次", "≥3000人次"));
        });
    }

    @Test
    void aTraditionalAllocationNoticeGivesSimplifiedRegionsAndCode() {
        String text = String.join("\n",
                "關於下達2024年城鄉醫療救助補助資金的通知",
                "該資金列入支出科目“2101301城鄉醫療救助”。",
                "",
                "2024年城鄉醫療救助補助資金分配表",
                "單位：萬元",
                "縣（市、區）\t分配金額",
                "北溪縣\t520",
                "南嶺縣\t410",
                "合計\t930",
                "");

        ParsedDocument document = ingestor.ingest("n.txt", text.getBytes(StandardCharsets.UTF_8)).document();

        assertThat(document.profile().docType()).isEqualTo(DocumentType.ALLOCATION);
        // region names are resolved to division codes downstream, which know only simplified names
        assertThat(document.budgetLines()).extracting(BudgetLine::regionName, BudgetLine::functionCode, BudgetLine::functionName)
                .containsExactly(tuple("北溪县", "2101301", "城乡医疗救助"), tuple("南岭县", "2101301", "城乡医疗救助"));
    }

    @Test
    void twoFormsOnOnePageAreTwoProjectsWithTheirFileLines() {
        String html = String.join("\n",
                "<html><body>",
                "<p>表1</p>",
                "<p>项目支出绩效目标表</p>",
                "<table>",
                "<tr><td>项目名称</td><td>医疗救助资金</td></tr>",
                "<tr><td>年度资金总额（万元）</td><td>210</td></tr>",
                "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>",
                "<tr><td>产出指标</td><td>数量指标</td><td>救助人次</td><td>≥3000人次</td></tr>",
                "</table>",
                "<p>表2</p>",
                "<p>项目支出绩效目标表</p>",
                "<table>",
                "<tr><td>项目名称</td><td>医保经办工作经费</td></tr>",
                "<tr><td>年度资金总额（万元）</td><td>45</td></tr>",
                "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>",
                "<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>参保群众满意度</td><td>≥95%</td></tr>",
                "</table>",
                "</body></html>");

        ParsedDocument document = ingestor.ingest("two.html", html.getBytes(StandardCharsets.UTF_8)).document();

        // each form starts at its title paragraph; text between the tables ends the first form
        assertThat(document.projects()).extracting(ProjectForm::formIndex, ProjectForm::projectName, ProjectForm::sourceLine)
                .containsExactly(tuple(1, "医疗救助资金", 3), tuple(2, "医保经办工作经费", 11));
        assertThat(document.projects().get(1).indicators()).extracting(Indicator::sourceLine, Indicator::name)
                .containsExactly(tuple(16, "参保群众满意度"));
        assertThat(document.problems()).isEmpty();
    }

    @Test
    void aTextFileWithCrlfLineEndsKeepsItsLineNumbers() {
        String text = String.join("\r\n",
                "项目支出绩效目标表",
                "项目名称：医疗救助资金",
                "年度资金总额：210万元",
                "一级指标\t二级指标\t三级指标\t指标值",
                "产出指标\t数量指标\t救助人次\t≥3000人次",
                "");

        ParsedDocument document = ingestor.ingest("crlf.txt", text.getBytes(StandardCharsets.UTF_8)).document();

        assertThat(document.projects()).singleElement().satisfies(form -> {
            assertThat(form.projectName()).isEqualTo("医疗救助资金");
            assertThat(form.budgetYuan()).isEqualByComparingTo("2100000");
            assertThat(form.indicators()).extracting(Indicator::sourceLine, Indicator::valueRaw).containsExactly(tuple(5, "≥3000人次"));
        });
    }

    @Test
    void aBig5PageFromATraditionalSiteIsDecodedByItsDeclarationAndFolded() {
        String html = String.join("\n",
                "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\"></head><body>",
                "<p>項目支出績效目標表</p>",
                "<table>",
                "<tr><td>項目名稱</td><td>醫療救助資金</td></tr>",
                "<tr><td>年度資金總額（萬元）</td><td>210</td></tr>",
                "<tr><td>一級指標</td><td>二級指標</td><td>三級指標</td><td>指標值</td></tr>",
                "<tr><td>產出指標</td><td>數量指標</td><td>救助人次</td><td>3000人次以上</td></tr>",
                "</table></body></html>");

        IngestedFile file = ingestor.ingest("tw/page.htm", html.getBytes(Charset.forName("Big5")));

        assertThat(file.encoding()).startsWith("Big5");
        assertThat(file.document().problems()).isEmpty();
        assertThat(file.document().projects()).singleElement().satisfies(form -> {
            assertThat(form.projectName()).isEqualTo("医疗救助资金");
            assertThat(form.projectNamePrinted()).isEqualTo("醫療救助資金");
            assertThat(form.budgetYuan()).isEqualByComparingTo("2100000");
            assertThat(form.indicators()).extracting(Indicator::level1, Indicator::level2, Indicator::name,
                    Indicator::valueRaw).containsExactly(tuple("产出指标", "数量指标", "救助人次", "3000人次以上"));
        });
    }

    @Test
    void aPageWithALongSpaceSeparatedParagraphKeepsItsTableCells() {
        // a keyword line of a web page: many words one space apart, as a flattened sheet prints cells
        String keywords = String.join(" ", java.util.Collections.nCopies(30, "医保"));
        String page = "<html><body><p>" + keywords + "</p><table>"
                + "<tr><td>项目名称</td><td>城乡医疗救助</td><td>年度资金总额（万元）</td><td>310</td></tr>"
                + "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>"
                + "<tr><td>产出指标</td><td>数量指标</td><td>救助人次</td><td>≥3000人次</td></tr>"
                + "</table></body></html>";

        ParsedDocument document = ingestor.ingest("page.html", page.getBytes(StandardCharsets.UTF_8)).document();

        assertThat(document.problems()).extracting(problem -> problem.check()).doesNotContain("flattened_sheet");
        assertThat(document.projects()).singleElement().satisfies(form -> {
            assertThat(form.projectName()).isEqualTo("城乡医疗救助");
            assertThat(form.indicators()).extracting(Indicator::name).containsExactly("救助人次");
        });
    }
}
