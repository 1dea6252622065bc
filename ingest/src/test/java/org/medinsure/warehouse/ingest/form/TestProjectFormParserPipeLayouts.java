package org.medinsure.warehouse.ingest.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.Indicator;
import org.medinsure.warehouse.ingest.model.ProjectForm;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/** Pipe tables as converters break them: a row continued on the next line, one cell per line between bars. */
class TestProjectFormParserPipeLayouts {
    private final ProjectFormParser parser = new ProjectFormParser();

    @Test
    void aRowBrokenOverTwoLinesIsOneRow() {
        String text = String.join("\n",
                "项目支出绩效目标表",
                "",
                "| 项目名称 | 医疗救助资金 | 主管部门 | 临川县医疗保障局 |",
                "|---|---|---|---|",
                "| 年度资金总额（万元） | 210 | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 产出指标 | 数量指标 | 救助人次 |",
                "≥3000人次 |",
                "| | 质量指标 | 救助政策落实率 | 100% |",
                "");

        ProjectForm form = parser.parse(TextCleaner.clean("broken.md", text)).forms().get(0);

        // the value of 救助人次 was wrapped onto the next line, with the row's closing bar
        assertThat(form.projectName()).isEqualTo("医疗救助资金");
        assertThat(form.indicators()).extracting(Indicator::sourceLine, Indicator::name, Indicator::valueRaw)
                .containsExactly(tuple(7, "救助人次", "≥3000人次"), tuple(9, "救助政策落实率", "100%"));
    }

    @Test
    void oneCellPerLineWithTheBarOnALineOfItsOwn() {
        String text = String.join("\n",
                "项目支出绩效目标表",
                "|",
                "项目名称",
                "|",
                "医疗救助资金",
                "|",
                "年度资金总额（万元）",
                "|",
                "210",
                "|",
                "");

        ProjectForm form = parser.parse(TextCleaner.clean("cells.md", text)).forms().get(0);

        assertThat(form.projectName()).isEqualTo("医疗救助资金");
        assertThat(form.budgetYuan()).isEqualByComparingTo("2100000");
    }
}
