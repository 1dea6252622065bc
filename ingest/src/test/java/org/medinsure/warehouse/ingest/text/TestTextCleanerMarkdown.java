package org.medinsure.warehouse.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markdown marks that converters put around titles are no part of the text. */
class TestTextCleanerMarkdown {

    @Test
    void boldMarksAroundATitleAreDropped() {
        assertThat(TextCleaner.cleanLine("**表1 部门收支总表**")).isEqualTo("表1 部门收支总表");
        assertThat(TextCleaner.cleanLine("| **项目名称** | 城乡医疗救助 |")).isEqualTo("| 项目名称 | 城乡医疗救助 |");
    }

    @Test
    void boldMarksThatCloseNothingOrHoldOnlySpacesStay() {
        assertThat(TextCleaner.cleanLine("**注：本表无数据")).isEqualTo("**注：本表无数据");
        assertThat(TextCleaner.cleanLine("** **")).isEqualTo("** **");
    }

    @Test
    void boldMarksDoNotReachAcrossATab() {
        // a tab is a column boundary: marks on either side of it are two unpaired marks
        assertThat(TextCleaner.cleanLine("**项目名称\t城乡医疗救助**")).isEqualTo("**项目名称\t城乡医疗救助**");
    }

    @Test
    void headingMarksAreDropped() {
        assertThat(TextCleaner.cleanLine("### 收入支出决算总表")).isEqualTo("收入支出决算总表");
        assertThat(TextCleaner.cleanLine("# 某县医疗保障局项目支出绩效目标表")).isEqualTo("某县医疗保障局项目支出绩效目标表");
        assertThat(TextCleaner.cleanLine("## **表2 一般公共预算支出表**")).isEqualTo("表2 一般公共预算支出表");
    }

    @Test
    void aHashWithoutASpaceAfterItIsText() {
        assertThat(TextCleaner.cleanLine("#1楼 医保服务大厅")).isEqualTo("#1楼 医保服务大厅");
    }

    @Test
    void aPageFooterBecomesAFormFeedThatStillBreaksThePage() {
        CleanText text = TextCleaner.clean("t.txt", String.join("\n",
                "项目名称  城乡医疗救助",
                "                 - 2 -",
                "第 3 页，共 12 页",
                "3/12",
                "第3页"));

        assertThat(text.lines()).extracting(SourceLine::text).containsExactly("项目名称  城乡医疗救助", "\f", "\f", "\f", "\f");
        assertThat(text.line(2).isBlank()).isTrue();
    }
}
