package org.medinsure.warehouse.ingest.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.FormKind;
import org.medinsure.warehouse.ingest.model.Indicator;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/**
 * Header fields printed as {@code 标签：值} lines above the indicator table, as county websites and
 * Word exports print them, with full-width or half-width colons and amounts carrying their unit.
 */
class TestProjectFormParserLabelLines {
    /** Full-width colons, a tab table below; the amount prints 万 with no 元 and no 单位 line. */
    private static final String FULL_WIDTH = String.join("\n",
            "2024年度项目支出绩效目标表",
            "项目名称：城乡居民基本医疗保险县级财政补助",
            "主管部门：临川县医疗保障局",
            "实施单位：临川县医疗保障事务中心",
            "项目期限：2024年1月至2024年12月",
            "年度资金总额：3359.62万",
            "一级指标\t二级指标\t三级指标\t指标值",
            "产出指标\t数量指标\t参保人数\t≥52.3万人",
            "\t质量指标\t参保率\t≥95%",
            "效益指标\t社会效益指标\t群众就医负担\t有效减轻",
            "满意度指标\t服务对象满意度指标\t参保群众满意度\t≥90%",
            "");

    /** Half-width colons, a space after some, a pipe table below, the amount in 元. */
    private static final String HALF_WIDTH = String.join("\n",
            "项目支出绩效目标表",
            "项目名称: 医疗保障经办服务工作经费",
            "主管部门:临川县医疗保障局",
            "实施单位: 临川县医疗保障事务中心",
            "年度预算金额: 486000元",
            "",
            "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
            "|---|---|---|---|",
            "| 产出指标 | 数量指标 | 经办窗口数 | 12个 |",
            "|  | 时效指标 | 待遇结算及时率 | 100% |",
            "| 满意度指标 | 服务对象满意度指标 | 办事群众满意度 | ≥95% |",
            "");

    private final ProjectFormParser parser = new ProjectFormParser();

    private ProjectFormParser.Result parse(String name, String text) {
        return parser.parse(TextCleaner.clean(name, text));
    }

    @Test
    void fullWidthColonsGiveEveryHeaderField() {
        ProjectFormParser.Result result = parse("labels.txt", FULL_WIDTH);

        assertThat(result.forms()).singleElement().satisfies(form -> {
            assertThat(form.formKind()).isEqualTo(FormKind.DECLARATION);
            assertThat(form.projectName()).isEqualTo("城乡居民基本医疗保险县级财政补助");
            assertThat(form.department()).isEqualTo("临川县医疗保障局");
            assertThat(form.implementingUnit()).isEqualTo("临川县医疗保障事务中心");
            assertThat(form.period()).isEqualTo("2024年1月至2024年12月");
        });
    }

    @Test
    void anAmountWithAnInlineWanIsReadInWanWithoutAssumingAUnit() {
        ProjectFormParser.Result result = parse("labels.txt", FULL_WIDTH);

        ProjectForm form = result.forms().get(0);
        assertThat(form.amountRaw()).isEqualTo("3359.62万");
        // 3359.62 万 = 33,596,200 yuan
        assertThat(form.budgetYuan()).isEqualByComparingTo(new BigDecimal("33596200"));
        // the value names its unit: nothing is assumed, and no 单位 line or label unit is declared
        assertThat(result.problems()).extracting(Problem::check).doesNotContain("amount_unit_assumed");
        assertThat(form.declaredUnit()).isNull();
    }

    @Test
    void theLabelLinesAreNotIndicatorsAndTheTableBelowIsRead() {
        ProjectForm form = parse("labels.txt", FULL_WIDTH).forms().get(0);

        assertThat(form.indicators()).extracting(Indicator::sourceLine, Indicator::level1, Indicator::level2,
                Indicator::name, Indicator::valueRaw).containsExactly(
                tuple(8, "产出指标", "数量指标", "参保人数", "≥52.3万人"),
                tuple(9, "产出指标", "质量指标", "参保率", "≥95%"),
                tuple(10, "效益指标", "社会效益指标", "群众就医负担", "有效减轻"),
                tuple(11, "满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%"));
    }

    @Test
    void halfWidthColonsWithOrWithoutASpaceAndAPipeTableBelow() {
        ProjectFormParser.Result result = parse("labels.md", HALF_WIDTH);

        ProjectForm form = result.forms().get(0);
        assertThat(form.projectName()).isEqualTo("医疗保障经办服务工作经费");
        assertThat(form.department()).isEqualTo("临川县医疗保障局");
        assertThat(form.implementingUnit()).isEqualTo("临川县医疗保障事务中心");
        assertThat(form.amountRaw()).isEqualTo("486000元");
        assertThat(form.budgetYuan()).isEqualByComparingTo(new BigDecimal("486000"));
        assertThat(form.indicators()).extracting(Indicator::level1, Indicator::level2, Indicator::name,
                Indicator::valueRaw).containsExactly(
                tuple("产出指标", "数量指标", "经办窗口数", "12个"),
                tuple("产出指标", "时效指标", "待遇结算及时率", "100%"),
                tuple("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%"));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void labelLinesAboveAnAlignedTable() {
        // pdftotext -layout: the label lines are one piece each, the table below is in columns
        String text = String.join("\n",
                "                   项目支出绩效目标表",
                "项目名称：医疗救助资金",
                "主管部门：临川县医疗保障局",
                "实施单位：临川县医疗保障事务中心",
                "年度资金总额：210万元",
                "一级指标      二级指标              三级指标            指标值",
                "产出指标      数量指标              救助人次            ≥3000人次",
                "              质量指标              救助政策落实率      100%",
                "满意度指标    服务对象满意度指标    救助对象满意度      ≥90%",
                "");

        ProjectForm form = parse("layout.txt", text).forms().get(0);

        assertThat(form.projectName()).isEqualTo("医疗救助资金");
        assertThat(form.department()).isEqualTo("临川县医疗保障局");
        assertThat(form.implementingUnit()).isEqualTo("临川县医疗保障事务中心");
        assertThat(form.budgetYuan()).isEqualByComparingTo("2100000");
        assertThat(form.indicators()).extracting(Indicator::level1, Indicator::level2, Indicator::name, Indicator::valueRaw)
                .containsExactly(tuple("产出指标", "数量指标", "救助人次", "≥3000人次"),
                        tuple("产出指标", "质量指标", "救助政策落实率", "100%"),
                        tuple("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"));
    }

    @Test
    void letterSpacedLabelsAreMatchedWithoutTheirSpaces() {
        // PDFs spread short labels over the width of their cell: 项 目 名 称
        String text = String.join("\n",
                "项目支出绩效目标表",
                "项 目 名 称：医疗救助资金",
                "主 管 部 门：临川县医疗保障局",
                "年度资金总额：210万元",
                "一级指标\t二级指标\t三级指标\t指标值",
                "产出指标\t数量指标\t救助人次\t≥3000人次",
                "");

        ProjectForm form = parse("spaced.txt", text).forms().get(0);

        assertThat(form.projectName()).isEqualTo("医疗救助资金");
        assertThat(form.department()).isEqualTo("临川县医疗保障局");
        assertThat(form.budgetYuan()).isEqualByComparingTo("2100000");
    }
}
