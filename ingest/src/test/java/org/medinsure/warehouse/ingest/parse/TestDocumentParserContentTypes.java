package org.medinsure.warehouse.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.BudgetLine;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.model.FormKind;
import org.medinsure.warehouse.ingest.model.ParsedDocument;
import org.medinsure.warehouse.ingest.model.ProjectForm;

/**
 * The document type comes from what was read in it, by the rules of document-types.csv: a notice
 * that allocates funds and attaches a target form is {@code mixed}; a self-evaluation standing
 * alone is {@code self_evaluation} however often it says 预算.
 */
class TestDocumentParserContentTypes {
    private static final String NOTICE = String.join("\n",
            "翠屏市医疗保障局 翠屏市财政局",
            "关于下达2024年医疗保障服务能力提升补助资金的通知",
            "各县（市、区）医疗保障局、财政局：",
            "　　现下达2024年医疗保障服务能力提升补助资金，列入政府收支分类科目支出列“2101399其他医疗救助支出”。",
            "　　请同时按附件2做好区域绩效目标管理。",
            "",
            "附件1",
            "2024年医疗保障服务能力提升补助资金分配表",
            "单位：万元",
            "地区\t分配金额",
            "北溪县\t36",
            "南岭县\t24",
            "合计\t60",
            "",
            "附件2",
            "医疗保障服务能力提升补助资金区域绩效目标表",
            "转移支付(项目)名称\t医疗保障服务能力提升补助资金",
            "地方主管部门\t翠屏市医疗保障局",
            "资金情况（万元）\t年度金额：\t60",
            "一级指标\t二级指标\t三级指标\t指标值",
            "产出指标\t数量指标\t支持县区数\t2个",
            "满意度指标\t服务对象满意度指标\t参保群众满意度\t≥90%",
            "");

    /** A self-evaluation that names 部门预算, 全年预算数 and 预算执行率: words of a budget, content of a self-evaluation. */
    private static final String SELF_EVALUATION = String.join("\n",
            "溪口县医疗保障局2023年度项目支出绩效自评表",
            "依据2023年部门预算批复及预算执行情况填报。",
            "项目名称\t医疗救助资金",
            "实施单位\t溪口县医疗保障局",
            "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
            "\t年度资金总额\t300\t320\t304\t10\t95%\t9.5",
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
            "产出指标\t数量指标\t救助人次\t≥2500人次\t2716人次\t30\t30",
            "\t成本指标\t预算执行率\t≥95%\t95%\t10\t10",
            "满意度指标\t服务对象满意度指标\t救助对象满意度\t≥90%\t92%\t10\t10",
            "总分\t\t\t\t\t100\t89.5",
            "");

    private final DocumentParser parser = new DocumentParser();

    @Test
    void aNoticeWithAnAllocationTableAndAnAttachedTargetFormIsMixed() {
        ParsedDocument document = parser.parse("notice.txt", NOTICE);

        assertThat(document.profile().docType()).isEqualTo(DocumentType.MIXED);
        assertThat(document.budgetLines()).extracting(BudgetLine::stage, BudgetLine::functionCode,
                BudgetLine::regionName, BudgetLine::sourceLine).containsExactly(
                tuple("allocation", "2101399", "北溪县", 11),
                tuple("allocation", "2101399", "南岭县", 12));
        assertThat(document.projects()).extracting(ProjectForm::formKind, ProjectForm::projectName, ProjectForm::sourceLine)
                .containsExactly(tuple(FormKind.DECLARATION, "医疗保障服务能力提升补助资金", 16));
        assertThat(document.profile().department()).isEqualTo("翠屏市医疗保障局");
        assertThat(DocumentStatus.of(document)).isEqualTo(DocumentStatus.PARSED);
    }

    @Test
    void theAllocationTableAloneMakesAnAllocationNotice() {
        // positive control for the test above: without the attached form the notice is no longer mixed
        String withoutForm = NOTICE.substring(0, NOTICE.indexOf("\n附件2\n") + 1);

        ParsedDocument document = parser.parse("notice.txt", withoutForm);

        assertThat(document.profile().docType()).isEqualTo(DocumentType.ALLOCATION);
        assertThat(document.projects()).isEmpty();
        assertThat(document.budgetLines()).hasSize(2);
    }

    @Test
    void aStandaloneSelfEvaluationThatSpeaksOfBudgetsIsASelfEvaluation() {
        ParsedDocument document = parser.parse("self.txt", SELF_EVALUATION);

        assertThat(document.profile().docType()).isEqualTo(DocumentType.SELF_EVALUATION);
        assertThat(document.profile().fiscalYear()).isEqualTo(2023);
        assertThat(document.budgetLines()).isEmpty();
        assertThat(document.projects()).singleElement().satisfies(form -> {
            assertThat(form.formKind()).isEqualTo(FormKind.SELF_EVALUATION);
            assertThat(form.projectName()).isEqualTo("医疗救助资金");
            assertThat(form.budgetYuan()).isEqualByComparingTo("3200000");
            assertThat(form.executedYuan()).isEqualByComparingTo("3040000");
            // 预算执行率 is an indicator here, not the form's rate: the form's 95% comes from its money table
            assertThat(form.executionRatePct()).isEqualTo(95.0);
            assertThat(form.indicators()).hasSize(3);
        });
    }
}
