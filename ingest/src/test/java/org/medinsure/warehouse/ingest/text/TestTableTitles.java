package org.medinsure.warehouse.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The number printed before a table's title, which differs from county to county, is dropped. */
class TestTableTitles {

    @Test
    void tableNumbersAreDropped() {
        assertThat(TableTitles.withoutNumber("表2 一般公共预算支出表")).isEqualTo("一般公共预算支出表");
        assertThat(TableTitles.withoutNumber("表十 政府采购预算表")).isEqualTo("政府采购预算表");
        assertThat(TableTitles.withoutNumber("表 3：部门收入总表")).isEqualTo("部门收入总表");
    }

    @Test
    void attachedTableNumbersWithASubNumberAreDropped() {
        assertThat(TableTitles.withoutNumber("附表3-1 项目支出绩效目标表")).isEqualTo("项目支出绩效目标表");
        assertThat(TableTitles.withoutNumber("附表3—2　部门整体支出绩效目标表")).isEqualTo("部门整体支出绩效目标表");
        assertThat(TableTitles.withoutNumber("附表1.2 项目支出绩效自评表")).isEqualTo("项目支出绩效自评表");
    }

    @Test
    void publicationNumbersAreDropped() {
        assertThat(TableTitles.withoutNumber("公开01表 部门收支总表")).isEqualTo("部门收支总表");
        assertThat(TableTitles.withoutNumber("预算02表 部门收入总表")).isEqualTo("部门收入总表");
        assertThat(TableTitles.withoutNumber("决算 3 表 支出决算表")).isEqualTo("支出决算表");
    }

    @Test
    void listNumbersAreDropped() {
        assertThat(TableTitles.withoutNumber("二、部门收支总表")).isEqualTo("部门收支总表");
        assertThat(TableTitles.withoutNumber("（三）一般公共预算财政拨款支出表")).isEqualTo("一般公共预算财政拨款支出表");
        assertThat(TableTitles.withoutNumber("(三)一般公共预算财政拨款支出表")).isEqualTo("一般公共预算财政拨款支出表");
        assertThat(TableTitles.withoutNumber("4.政府性基金预算支出表")).isEqualTo("政府性基金预算支出表");
        assertThat(TableTitles.withoutNumber("4、政府性基金预算支出表")).isEqualTo("政府性基金预算支出表");
        assertThat(TableTitles.withoutNumber("  12. 国有资本经营预算支出表 ")).isEqualTo("国有资本经营预算支出表");
    }

    @Test
    void aTitleThatIsOnlyANumberIsKept() {
        assertThat(TableTitles.withoutNumber("表2")).isEqualTo("表2");
        assertThat(TableTitles.withoutNumber("附表3-1 ")).isEqualTo("附表3-1");
        assertThat(TableTitles.withoutNumber("二、")).isEqualTo("二、");
    }

    @Test
    void aTitleWithoutANumberIsKept() {
        assertThat(TableTitles.withoutNumber(" 部门收支总表")).isEqualTo("部门收支总表");
        // 一 that starts a word is no list number
        assertThat(TableTitles.withoutNumber("一般公共预算支出表")).isEqualTo("一般公共预算支出表");
        // 表 that starts a word is no table number
        assertThat(TableTitles.withoutNumber("表格说明")).isEqualTo("表格说明");
    }

    @Test
    void aYearOrADecimalIsNoNumberOfTheTable() {
        assertThat(TableTitles.withoutNumber("2021年部门收支总表")).isEqualTo("2021年部门收支总表");
        assertThat(TableTitles.withoutNumber("2021年度一般公共预算支出表")).isEqualTo("2021年度一般公共预算支出表");
        assertThat(TableTitles.withoutNumber("3.5亿元以上项目绩效目标表")).isEqualTo("3.5亿元以上项目绩效目标表");
    }

    @Test
    void onlyTheLeadingNumberIsDropped() {
        assertThat(TableTitles.withoutNumber("三、2021年部门收支总表")).isEqualTo("2021年部门收支总表");
        assertThat(TableTitles.withoutNumber("表1 部门收支总表（表2 续）")).isEqualTo("部门收支总表（表2 续）");
    }

    @Test
    void aLetterSpacedTitleLosesItsSpacesAndOtherTitlesKeepTheirWords() {
        // a PDF heading justified over the page width
        assertThat(TableTitles.withoutNumber("2 02 5年 部 门 支 出 预 算 总 表")).isEqualTo("2025年部门支出预算总表");
        assertThat(TableTitles.withoutNumber("20 25 年 部 门 一 般 公 共 预 算 支 出 功 能 分 类 预 算 表"))
                .isEqualTo("2025年部门一般公共预算支出功能分类预算表");
        // words apart: only the gap inside a Chinese word goes
        assertThat(TableTitles.withoutNumber("表2 2021 年 一般公共预算 支出表")).isEqualTo("2021 年一般公共预算支出表");
    }
}
