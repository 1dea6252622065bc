package org.medinsure.warehouse.ingest.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.model.FormKind;
import org.medinsure.warehouse.ingest.model.Indicator;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/**
 * Transfer-payment forms (中央对地方转移支付): the 区域绩效目标表 and 转移支付(项目)绩效目标表 a county
 * declares, and the 转移支付(项目)绩效目标自评表 it reports with. Their header labels differ from a
 * project form's: 转移支付(项目)名称, 中央主管部门 beside 地方主管部门, 资金使用单位, and a 资金投入情况
 * block with 全年预算数(A) / 全年执行数(B) / 执行率(B/A).
 */
class TestProjectFormParserTransferPayment {
    private final ProjectFormParser parser = new ProjectFormParser();

    private ProjectFormParser.Result parse(String name, String text) {
        return parser.parse(TextCleaner.clean(name, text));
    }

    @Test
    void regionalTargetFormIsADeclarationOfTheTransfer() {
        String text = String.join("\n",
                "中央对地方转移支付区域绩效目标表",
                "（2024年度）",
                "转移支付(项目)名称\t城乡居民基本医疗保险补助",
                "中央主管部门\t国家医疗保障局",
                "地方主管部门\t云岫县医疗保障局",
                "资金使用单位\t云岫县医疗保障事务中心",
                "资金情况（万元）\t年度金额：\t3359.62万",
                "\t其中：中央补助\t2800",
                "\t地方资金\t559.62",
                "年度总体目标\t按标准落实城乡居民医保财政补助。",
                "绩效指标\t一级指标\t二级指标\t三级指标\t指标值",
                "\t产出指标\t数量指标\t参保人数\t≥28.5万人",
                "\t\t质量指标\t财政补助资金到位率\t100%",
                "\t效益指标\t社会效益指标\t居民医保待遇水平\t稳步提高",
                "\t满意度指标\t服务对象满意度指标\t参保群众满意度\t≥90%",
                "");

        ProjectFormParser.Result result = parse("region.txt", text);

        assertThat(result.forms()).singleElement().satisfies(form -> {
            assertThat(form.formKind()).isEqualTo(FormKind.DECLARATION);
            assertThat(form.projectName()).isEqualTo("城乡居民基本医疗保险补助");
            // the local department manages the money; the central one is not the form's department
            assertThat(form.department()).isEqualTo("云岫县医疗保障局");
            assertThat(form.implementingUnit()).isEqualTo("云岫县医疗保障事务中心");
            assertThat(form.amountRaw()).isEqualTo("3359.62万");
            assertThat(form.budgetYuan()).isEqualByComparingTo(new BigDecimal("33596200"));
            assertThat(form.executedYuan()).isNull();
            assertThat(form.indicators()).extracting(Indicator::level1, Indicator::level2, Indicator::name,
                    Indicator::valueRaw).containsExactly(
                    tuple("产出指标", "数量指标", "参保人数", "≥28.5万人"),
                    tuple("产出指标", "质量指标", "财政补助资金到位率", "100%"),
                    tuple("效益指标", "社会效益指标", "居民医保待遇水平", "稳步提高"),
                    tuple("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%"));
        });
        assertThat(result.contentKinds()).containsExactly(DocumentType.DECLARATION);
    }

    @Test
    void transferSelfEvaluationReadsBudgetExecutedAndRateFromTheFundsBlock() {
        String text = String.join("\n",
                "中央对地方转移支付(项目)绩效目标自评表",
                "（2023年度）",
                "转移支付(项目)名称\t医疗服务与保障能力提升补助资金",
                "中央主管部门\t国家医疗保障局",
                "地方主管部门\t云岫县医疗保障局\t资金使用单位\t云岫县医疗保障事务中心",
                "资金投入情况（万元）\t\t全年预算数(A)\t全年执行数(B)\t执行率(B/A)",
                "\t年度资金总额\t3359.62万\t3192.54万\t95.03%",
                "\t其中：中央补助\t3000\t2850\t95%",
                "\t地方资金\t359.62\t342.54\t95.25%",
                "年度总体目标\t预期目标\t实际完成情况",
                "\t提升医保经办服务能力。\t完成年度目标。",
                "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t未完成原因和改进措施",
                "\t产出指标\t数量指标\t医保经办人员培训人次\t≥300人次\t326人次\t",
                "\t\t时效指标\t资金下达及时率\t100%\t92%\t省级资金到位较晚",
                "\t满意度指标\t服务对象满意度指标\t参保群众满意度\t≥90%\t94.6%\t",
                "");

        ProjectFormParser.Result result = parse("transfer-self.txt", text);

        ProjectForm form = result.forms().get(0);
        assertThat(result.forms()).hasSize(1);
        assertThat(form.formKind()).isEqualTo(FormKind.SELF_EVALUATION);
        assertThat(form.projectName()).isEqualTo("医疗服务与保障能力提升补助资金");
        assertThat(form.department()).isEqualTo("云岫县医疗保障局");
        assertThat(form.implementingUnit()).isEqualTo("云岫县医疗保障事务中心");
        // the 年度资金总额 row, not the 中央补助 row below it: 3359.62 万 and 3192.54 万
        assertThat(form.budgetYuan()).isEqualByComparingTo(new BigDecimal("33596200"));
        assertThat(form.executedYuan()).isEqualByComparingTo(new BigDecimal("31925400"));
        assertThat(form.executionRatePct()).isEqualTo(95.03);
        assertThat(form.indicators()).extracting(Indicator::name, Indicator::valueRaw, Indicator::actualRaw,
                Indicator::gapReason).containsExactly(
                tuple("医保经办人员培训人次", "≥300人次", "326人次", null),
                tuple("资金下达及时率", "100%", "92%", "省级资金到位较晚"),
                tuple("参保群众满意度", "≥90%", "94.6%", null));
        assertThat(result.contentKinds()).containsExactly(DocumentType.SELF_EVALUATION);
    }

    @Test
    void transferTargetFormInAPipeTableWithFullWidthBrackets() {
        String text = String.join("\n",
                "## 转移支付（项目）绩效目标表",
                "",
                "| 转移支付（项目）名称 | 医疗救助补助资金 | | |",
                "|---|---|---|---|",
                "| 中央主管部门 | 国家医疗保障局 | 地方主管部门 | 云岫县医疗保障局 |",
                "| 资金使用单位 | 云岫县医疗保障事务中心 | | |",
                "| 资金情况（万元） | 年度金额： | 812.4 | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 产出指标 | 数量指标 | 资助参保人数 | ≥1.2万人 |",
                "| 效益指标 | 社会效益指标 | 困难群众医疗费用负担 | 有效减轻 |",
                "");

        ProjectForm form = parse("transfer.md", text).forms().get(0);

        assertThat(form.formKind()).isEqualTo(FormKind.DECLARATION);
        assertThat(form.projectName()).isEqualTo("医疗救助补助资金");
        assertThat(form.department()).isEqualTo("云岫县医疗保障局");
        assertThat(form.implementingUnit()).isEqualTo("云岫县医疗保障事务中心");
        // a bare 812.4 in the （万元） block
        assertThat(form.budgetYuan()).isEqualByComparingTo(new BigDecimal("8124000"));
        assertThat(form.indicators()).extracting(Indicator::name).containsExactly("资助参保人数", "困难群众医疗费用负担");
    }

    @Test
    void transferSelfEvaluationAsPdftotextLayoutPrintsIt() {
        String text = String.join("\n",
                "               中央对地方转移支付(项目)绩效目标自评表",
                "                          （2023年度）",
                "转移支付(项目)名称      医疗服务与保障能力提升补助资金",
                "中央主管部门            国家医疗保障局",
                "地方主管部门            云岫县医疗保障局        资金使用单位    云岫县医疗保障事务中心",
                "资金投入情况（万元）    全年预算数(A)    全年执行数(B)    执行率(B/A)",
                "年度资金总额            3359.62          3192.54          95.03%",
                "其中：中央补助          3000             2850             95%",
                "",
                "一级指标      二级指标            三级指标                指标值        实际完成值",
                "产出指标      数量指标            医保经办人员培训人次    ≥300人次      326人次",
                "              时效指标            资金下达及时率          100%          92%",
                "满意度指标    服务对象满意度指标  参保群众满意度          ≥90%          94.6%",
                "");

        ProjectForm form = parse("transfer-layout.txt", text).forms().get(0);

        assertThat(form.formKind()).isEqualTo(FormKind.SELF_EVALUATION);
        assertThat(form.projectName()).isEqualTo("医疗服务与保障能力提升补助资金");
        assertThat(form.department()).isEqualTo("云岫县医疗保障局");
        assertThat(form.implementingUnit()).isEqualTo("云岫县医疗保障事务中心");
        assertThat(form.budgetYuan()).isEqualByComparingTo("33596200");
        assertThat(form.executedYuan()).isEqualByComparingTo("31925400");
        assertThat(form.executionRatePct()).isEqualTo(95.03);
        assertThat(form.indicators()).extracting(Indicator::level2, Indicator::name, Indicator::actualRaw).containsExactly(
                tuple("数量指标", "医保经办人员培训人次", "326人次"),
                tuple("时效指标", "资金下达及时率", "92%"),
                tuple("服务对象满意度指标", "参保群众满意度", "94.6%"));
    }
}
