package org.medinsure.warehouse.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void keepsEveryLineInPlace() {
        CleanText text = TextCleaner.clean("a.txt", "第一行\n\n— 13 —\n第四行\r\n第五行\n");
        assertThat(text.size()).isEqualTo(5);
        assertThat(text.line(3).text()).isBlank();
        assertThat(text.line(4).text()).isEqualTo("第四行");
        assertThat(text.line(5).number()).isEqualTo(5);
    }

    @Test
    void blanksPageFootersOfSeveralStyles() {
        assertThat(TextCleaner.cleanLine("— 13 —")).isBlank();
        assertThat(TextCleaner.cleanLine("  - 2 -  ")).isBlank();
        assertThat(TextCleaner.cleanLine("第 3 页 共 12 页")).isBlank();
        assertThat(TextCleaner.cleanLine("2101301 城乡医疗救助 13")).isEqualTo("2101301 城乡医疗救助 13");
    }

    @Test
    void turnsCheckboxesIntoMarks() {
        String line = "项目类型\t上年原有项目 <input checked=\"\" type=\"checkbox\"/> 新增固定项目 <input type=\"checkbox\"/>";
        assertThat(TextCleaner.cleanLine(line)).isEqualTo("项目类型\t上年原有项目 ☑ 新增固定项目 ☐");
    }

    @Test
    void removesHtmlTagsButKeepsTheirText() {
        assertThat(TextCleaner.cleanLine("年度总体目标\t<p>目标1: 确保医保业务正常办理;</p> <p>目标2: 提高知晓率</p>"))
                .isEqualTo("年度总体目标\t 目标1: 确保医保业务正常办理; 目标2: 提高知晓率 ");
    }

    @Test
    void removesRevisionResidue() {
        assertThat(TextCleaner.cleanLine("删除[Administrator]: 2019年度一般公共预算")).isEqualTo("2019年度一般公共预算");
    }

    @Test
    void foldsFullWidthDigitsButKeepsChinesePunctuation() {
        assertThat(TextCleaner.cleanLine("≥９５％，参保人数（人）：３１．７万"))
                .isEqualTo("≥95%，参保人数（人）：31.7万");
        assertThat(TextCleaner.cleanLine("湘潭县医疗保障事务中心\u3000")).isEqualTo("湘潭县医疗保障事务中心 ");
    }

    @Test
    void blanksARunningHeadRepeatedAfterPageBreaksButKeepsTheTitle() {
        CleanText text = TextCleaner.clean("t.txt", String.join("\n",
                "          某县医疗保障局2021年部门预算",
                "项目名称  医疗救助",
                "                 — 11 —",
                "\f          某县医疗保障局2021年部门预算",
                "成本指标  救助资金  ≤20万元",
                "\f          某县医疗保障局2021年部门预算",
                "满意度指标  满意度  ≥90%"));

        assertThat(text.line(1).text()).contains("部门预算");
        assertThat(text.line(4).isBlank()).isTrue();
        assertThat(text.line(6).isBlank()).isTrue();
        assertThat(text.line(5).text()).contains("救助资金");
    }
}
