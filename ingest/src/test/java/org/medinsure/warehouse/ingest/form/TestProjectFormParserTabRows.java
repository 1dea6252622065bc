package org.medinsure.warehouse.ingest.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.FormKind;
import org.medinsure.warehouse.ingest.model.Indicator;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/** Tab-separated forms that differ from the seeds in the ways other counties differ. */
class TestProjectFormParserTabRows {
    private static final String VARIANT = String.join("\n",
            "项目支出绩效目标表",
            "单位：万元",
            "实施单位\t某县医疗保障事务中心\t主管部门\t某县医疗保障局",
            "年度预算金额\t231000元",
            "项目名称\t城乡医疗救助\t项目联系人\t张三\t联系电话\t13912345678",
            "项目期限\t2023年1月至2023年12月",
            "一级指标\t二级指标\t三级指标\t指标值\t备注",
            "产出指标\t数量指标\t救助人数\t≥１７９００人\t民政认定",
            "\t\t资助参保人数\t３４８３５人\t",
            "— 3 —",
            "\t质量指标\t救助率\t１００％\t",
            "满意度指标\t\t服务对象满意度\t≥95%\t",
            "其他需要说明的问题\t无",
            "");

    private final ProjectFormParser parser = new ProjectFormParser();

    @Test
    void readsReorderedHeaderFieldsAndAmountInYuan() {
        ProjectFormParser.Result result = parser.parse(TextCleaner.clean("variant.txt", VARIANT));

        assertThat(result.forms()).hasSize(1);
        ProjectForm form = result.forms().get(0);
        assertThat(form.formIndex()).isEqualTo(1);
        assertThat(form.sourceLine()).isEqualTo(1);
        assertThat(form.formKind()).isEqualTo(FormKind.DECLARATION);
        assertThat(form.projectName()).isEqualTo("城乡医疗救助");
        assertThat(form.implementingUnit()).isEqualTo("某县医疗保障事务中心");
        assertThat(form.department()).isEqualTo("某县医疗保障局");
        assertThat(form.period()).isEqualTo("2023年1月至2023年12月");
        // the value's own 元 beats the form's 单位：万元
        assertThat(form.amountRaw()).isEqualTo("231000元");
        assertThat(form.budgetYuan()).isEqualByComparingTo(new BigDecimal("231000"));
    }

    @Test
    void readsExtraNoteColumnMissingLevel2AndPageFooter() {
        ProjectForm form = parser.parse(TextCleaner.clean("variant.txt", VARIANT)).forms().get(0);

        assertThat(form.indicators()).extracting(Indicator::name)
                .containsExactly("救助人数", "资助参保人数", "救助率", "服务对象满意度");
        Indicator first = form.indicators().get(0);
        assertThat(first.valueRaw()).isEqualTo("≥17900人"); // full-width digits folded
        assertThat(first.sourceLine()).isEqualTo(8);
        Indicator carried = form.indicators().get(1);
        assertThat(carried.level1()).isEqualTo("产出指标");
        assertThat(carried.level2()).isEqualTo("数量指标");
        assertThat(carried.valueRaw()).isEqualTo("34835人");
        Indicator afterFooter = form.indicators().get(2);
        assertThat(afterFooter.level2()).isEqualTo("质量指标");
        assertThat(afterFooter.valueRaw()).isEqualTo("100%");
        assertThat(afterFooter.sourceLine()).isEqualTo(11);
        Indicator noLevel2 = form.indicators().get(3);
        assertThat(noLevel2.level1()).isEqualTo("满意度指标");
        assertThat(noLevel2.level2()).isNull();
    }

    @Test
    void keepsPersonalDataOutOfEveryField() {
        ProjectForm form = parser.parse(TextCleaner.clean("variant.txt", VARIANT)).forms().get(0);

        assertThat(form.toString()).doesNotContain("张三").doesNotContain("13912345678");
    }

    @Test
    void reportsAnUnreadableTableAndReadsTheNextForm() {
        String text = String.join("\n",
                "项目支出绩效目标表",
                "项目名称\t缺表项目",
                "年度预算金额（万元）\t不详",
                "项目支出绩效目标表",
                "项目名称\t完整项目",
                "年度预算金额（万元）\t12.5",
                "一级指标\t二级指标\t三级指标\t指标值",
                "产出指标\t数量指标\t参保人数\t1000人",
                "");

        ProjectFormParser.Result result = parser.parse(TextCleaner.clean("two.txt", text));

        assertThat(result.forms()).extracting(ProjectForm::projectName).containsExactly("缺表项目", "完整项目");
        assertThat(result.forms().get(1).budgetYuan()).isEqualByComparingTo(new BigDecimal("125000"));
        assertThat(result.problems()).anySatisfy(problem -> {
            assertThat(problem.check()).isEqualTo("indicator_table_missing");
            assertThat(problem.sourceLine()).isEqualTo(1);
            assertThat(problem.detail()).contains("two.txt").contains("缺表项目");
        });
        assertThat(result.problems()).anySatisfy(problem -> {
            assertThat(problem.check()).isEqualTo("amount_unreadable");
            assertThat(problem.detail()).contains("不详");
        });
    }

    @Test
    void neverThrowsOnGarbage() {
        String garbage = "项目支出绩效目标表\n\t\t\n项目名称\n三级指标\t\n≥\t%\n— 1 —\n";

        ProjectFormParser.Result result = parser.parse(TextCleaner.clean("garbage.txt", garbage));

        assertThat(result.problems()).isNotEmpty();
    }
}
