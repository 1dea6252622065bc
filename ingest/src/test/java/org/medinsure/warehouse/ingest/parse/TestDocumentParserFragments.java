package org.medinsure.warehouse.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.Indicator;
import org.medinsure.warehouse.ingest.model.ParsedDocument;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.model.Severity;

/**
 * Truncated downloads: a document that stops inside an indicator row still gives what comes
 * before the cut, is {@code partial} and says where it was cut; a complete document is not taken
 * for a truncated one because its last line has no newline.
 */
class TestDocumentParserFragments {
    private static final String HEAD = String.join("\n",
            "项目支出绩效目标表",
            "项目名称\t医疗保障基金监管工作经费",
            "主管部门\t青溪县医疗保障局",
            "年度资金总额（万元）\t25",
            "一级指标\t二级指标\t三级指标\t指标值",
            "产出指标\t数量指标\t检查定点医药机构数\t≥180家",
            "\t质量指标\t问题整改完成率\t100%");

    private final DocumentParser parser = new DocumentParser();

    private static void assertRowsBeforeTheCut(ParsedDocument document) {
        assertThat(document.projects()).singleElement().satisfies(form -> {
            assertThat(form.projectName()).isEqualTo("医疗保障基金监管工作经费");
            assertThat(form.budgetYuan()).isEqualByComparingTo("250000");
            assertThat(form.indicators()).extracting(Indicator::sourceLine, Indicator::name, Indicator::valueRaw)
                    .containsExactly(tuple(6, "检查定点医药机构数", "≥180家"), tuple(7, "问题整改完成率", "100%"));
        });
    }

    @Test
    void aRowCutBeforeItsValueLeavesTheRowsAboveAndMakesThePartialDocument() {
        // the download stops after the name of the third row, with no value and no newline
        ParsedDocument document = parser.parse("cut.txt", HEAD + "\n\t时效指标\t专项检查完成时");

        assertRowsBeforeTheCut(document);
        assertThat(DocumentStatus.of(document)).isEqualTo(DocumentStatus.PARTIAL);
        assertThat(document.problems()).filteredOn(problem -> problem.check().equals("truncated"))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.severity()).isEqualTo(Severity.ERROR);
                    assertThat(problem.sourceLine()).isEqualTo(8);
                    assertThat(problem.detail()).contains("cut.txt", "医疗保障基金监管工作经费", "专项检查完成时");
                });
    }

    @Test
    void aRowCutAfterItsLevelTwoHeadingIsACutToo() {
        ParsedDocument document = parser.parse("cut.txt", HEAD + "\n满意度指标\t服务对象满意度指标\n");

        assertRowsBeforeTheCut(document);
        assertThat(document.problems()).extracting(Problem::check, Problem::sourceLine).contains(tuple("truncated", 8));
        assertThat(DocumentStatus.of(document)).isEqualTo(DocumentStatus.PARTIAL);
    }

    @Test
    void aPipeTableCutInsideARowIsACut() {
        String text = String.join("\n",
                "## 项目支出绩效目标表",
                "| 项目名称 | 医疗保障基金监管工作经费 | 主管部门 | 青溪县医疗保障局 |",
                "|---|---|---|---|",
                "| 年度资金总额（万元） | 25 | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 产出指标 | 数量指标 | 检查定点医药机构数 | ≥180家 |",
                "| | 质量指标 | 问题整改完成率 | 100% |",
                "| | 时效指标 | 专项检查完成时");

        ParsedDocument document = parser.parse("cut.md", text);

        assertRowsBeforeTheCut(document);
        assertThat(document.problems()).extracting(Problem::check, Problem::sourceLine).contains(tuple("truncated", 8));
    }

    @Test
    void anAlignedTableCutInsideARowIsACut() {
        String text = String.join("\n",
                "                    项目支出绩效目标表",
                "项目名称        医疗保障基金监管工作经费",
                "主管部门        青溪县医疗保障局",
                "年度资金总额（万元）    25",
                "一级指标      二级指标      三级指标                指标值",
                "产出指标      数量指标      检查定点医药机构数      ≥180家",
                "              质量指标      问题整改完成率          100%",
                "              时效指标      专项检查完成时");

        ParsedDocument document = parser.parse("cut-layout.txt", text);

        assertRowsBeforeTheCut(document);
        assertThat(document.problems()).extracting(Problem::check, Problem::sourceLine).contains(tuple("truncated", 8));
    }

    @Test
    void aCompleteDocumentWithoutAFinalNewlineIsNotTruncated() {
        ParsedDocument document = parser.parse("whole.txt",
                HEAD + "\n满意度指标\t服务对象满意度指标\t参保群众满意度\t≥90%");

        assertThat(document.projects()).singleElement().satisfies(form ->
                assertThat(form.indicators()).extracting(Indicator::name)
                        .containsExactly("检查定点医药机构数", "问题整改完成率", "参保群众满意度"));
        assertThat(document.problems()).extracting(Problem::check).doesNotContain("truncated");
        assertThat(DocumentStatus.of(document)).isEqualTo(DocumentStatus.PARSED);
    }

    @Test
    void aDocumentEndingInAClosingLineIsNotTruncated() {
        ParsedDocument document = parser.parse("whole.txt", HEAD + "\n填报人：\t审核人：");

        assertThat(document.projects()).singleElement()
                .satisfies(form -> assertThat(form.indicators()).hasSize(2));
        assertThat(document.problems()).extracting(Problem::check).doesNotContain("truncated");
        assertThat(DocumentStatus.of(document)).isEqualTo(DocumentStatus.PARSED);
    }

    @Test
    void aSelfEvaluationCutInsideItsIndicatorTableKeepsItsMoney() {
        String text = String.join("\n",
                "项目支出绩效自评表",
                "项目名称\t医疗救助资金",
                "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                "\t年度资金总额\t300\t320\t304\t10\t95%\t9.5",
                "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
                "产出指标\t数量指标\t救助人次\t≥2500人次\t2716人次\t30\t30",
                "满意度指标\t服务对象满意度指标");

        ParsedDocument document = parser.parse("cut-self.txt", text);

        assertThat(document.projects()).singleElement().satisfies(form -> {
            assertThat(form.budgetYuan()).isEqualByComparingTo("3200000");
            assertThat(form.executedYuan()).isEqualByComparingTo("3040000");
            assertThat(form.indicators()).extracting(Indicator::name, Indicator::actualRaw)
                    .containsExactly(tuple("救助人次", "2716人次"));
        });
        assertThat(document.problems()).extracting(Problem::check, Problem::sourceLine).contains(tuple("truncated", 7));
        assertThat(DocumentStatus.of(document)).isEqualTo(DocumentStatus.PARTIAL);
    }
}
