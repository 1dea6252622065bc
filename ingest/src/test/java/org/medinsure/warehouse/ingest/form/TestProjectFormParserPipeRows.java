package org.medinsure.warehouse.ingest.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.Indicator;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/** Markdown pipe tables, and a form flattened into label-and-value cells. */
class TestProjectFormParserPipeRows {
    private final ProjectFormParser parser = new ProjectFormParser();

    @Test
    void readsPipeRowsAndWarnsWhenCostsExceedTheAmount() {
        String text = String.join("\n",
                "# 某县医疗保障局项目支出绩效目标表",
                "",
                "| 项目名称 | 家庭医生签约服务 | 主管部门 | 某县卫生健康局 |",
                "|---|---|---|---|",
                "| 年度财政拨款（万元） | 80 |  |  |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 产出指标 | 成本指标（万元） | 签约补助 | 90 |",
                "|  |  | 人均标准 | ≥1元 |",
                "| 满意度指标 | 服务对象满意度指标 (必填) | 签约居民满意度 | ≥95% |",
                "");

        ProjectFormParser.Result result = parser.parse(TextCleaner.clean("pipes.md", text));

        ProjectForm form = result.forms().get(0);
        assertThat(form.projectName()).isEqualTo("家庭医生签约服务");
        // no 实施单位 label: the unit named in the title is used
        assertThat(form.implementingUnit()).isEqualTo("某县医疗保障局");
        assertThat(form.budgetYuan()).isEqualByComparingTo(new BigDecimal("800000"));
        assertThat(form.indicators()).extracting(Indicator::level2)
                .containsExactly("成本指标", "成本指标", "服务对象满意度指标");
        assertThat(result.problems()).anySatisfy(problem -> {
            assertThat(problem.check()).isEqualTo("cost_exceeds_amount");
            assertThat(problem.severity().code()).isEqualTo("warning");
            assertThat(problem.detail()).contains("pipes.md").contains("签约补助");
        });
    }

    @Test
    void readsAFormFlattenedIntoLabelAndValueCells() {
        String text = String.join("\n",
                "## 预算绩效目标申报表",
                "项目名称 长期护理保险补贴\t主管部门 某县医疗保障局\t年度财政拨款 (万元) 111.19 万元\t测算依据 及说明 55596 人 × 20 元",
                "年度绩效指标\t一级指标\t二级指标\t指标内容\t指标值\t备注",
                "\t产出指标\t数量指标\t参保人数\t参保人数55596人\t",
                "\t效益指标\t社会公众或服务对象满意度指标\t参保职工满意度\t群众满意度\t≥99",
                "");

        ProjectForm form = parser.parse(TextCleaner.clean("flat.txt", text)).forms().get(0);

        assertThat(form.projectName()).isEqualTo("长期护理保险补贴");
        assertThat(form.department()).isEqualTo("某县医疗保障局");
        assertThat(form.amountRaw()).isEqualTo("111.19 万元");
        assertThat(form.budgetYuan()).isEqualByComparingTo(new BigDecimal("1111900"));
        assertThat(form.basisText()).isEqualTo("55596 人 × 20 元");
        // the number slipped into the 备注 column belongs to the value
        assertThat(form.indicators().get(1).valueRaw()).isEqualTo("群众满意度 ≥99");
    }
}
