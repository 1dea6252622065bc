package org.medinsure.warehouse.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.text.SourceLine;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/** Which reader the classifier picks for a block, from the shape of its lines. */
class TestLayoutClassifierChoice {
    private static final Set<String> HEADERS = Set.of("一级指标", "二级指标", "三级指标", "指标值");
    private static final Predicate<String> IS_HEADER = HEADERS::contains;
    private final LayoutClassifier classifier = new LayoutClassifier();

    private LayoutReader readerFor(String... lines) {
        return classifier.readerFor(TextCleaner.clean("block.txt", String.join("\n", lines)).lines(), IS_HEADER);
    }

    @Test
    void tabSeparatedRowsGoToTheTabRowReader() {
        assertThat(readerFor(
                "项目支出绩效目标表",
                "一级指标\t二级指标\t三级指标\t指标值",
                "产出指标\t数量指标\t城乡居民医保参保人数\t≥31万人"))
                .isInstanceOf(TabRowReader.class);
    }

    @Test
    void rowsAStructuredSourceSplitGoToTheTabRowReaderWhateverTheirText() {
        List<SourceLine> lines = List.of(
                new SourceLine(1, "项目名称 | 城乡医疗救助"),
                SourceLine.row(2, List.of(Cell.of("一级指标", 2), Cell.of("二级指标", 2))));

        assertThat(classifier.readerFor(lines, IS_HEADER)).isInstanceOf(TabRowReader.class);
    }

    @Test
    void pipeRowsGoToThePipeTableReader() {
        assertThat(readerFor(
                "表2 一般公共预算支出表",
                "| 科目编码 | 科目名称 | 合计 |",
                "|---|---|---|",
                "| 2101301 | 城乡医疗救助 | 120.00 |"))
                .isInstanceOf(PipeTableReader.class);
    }

    @Test
    void cellsLedByOneTabGoToTheCellPerLineReader() {
        assertThat(readerFor(
                "\t产出指标",
                "\t数量指标",
                "\t城乡居民医保参保人数",
                "\t≥31万人",
                ""))
                .isInstanceOf(CellPerLineReader.class);
    }

    @Test
    void aColumnHeaderAloneOnItsLineGoesToTheCellPerLineReader() {
        assertThat(readerFor(
                "一级指标",
                "二级指标",
                "三级指标",
                "指标值",
                "产出指标",
                "数量指标"))
                .isInstanceOf(CellPerLineReader.class);
    }

    @Test
    void aColumnHeaderLetterSpacedAloneOnItsLineIsStillAHeader() {
        // the header test sees the line without its spaces
        assertThat(readerFor("指  标  值", "≥31万人")).isInstanceOf(CellPerLineReader.class);
    }

    @Test
    void spaceAlignedColumnsGoToTheAlignedTextReader() {
        // the header row is on one line, so no header stands alone
        assertThat(readerFor(
                "  一级指标    二级指标        三级指标                      指标值",
                "  产出指标    数量指标        城乡居民医保参保人数          ≥31万人",
                "              时效指标        医保待遇按时发放率            100%"))
                .isInstanceOf(AlignedTextReader.class);
    }

    @Test
    void cellsJoinedBySingleSpacesGoToTheSpaceJoinedReader() {
        assertThat(readerFor(
                "一级指标 二级指标 三级指标 指标值",
                "产出指标 数量指标 城乡居民医保参保人数 21318 人",
                "满意度指标 服务对象满意度 参保群众满意度 ≥95%"))
                .isInstanceOf(SpaceJoinedReader.class);
    }

    @Test
    void aFewStrayMarksBelowTheShareDoNotDecide() {
        // one line in four holds a bar (under 30 %), one in four a tab: neither layout is chosen,
        // and the single-space rows decide
        assertThat(readerFor(
                "说明：预算数|执行数均为万元",
                "一级指标 二级指标 三级指标 指标值",
                "产出指标 数量指标 城乡居民医保参保人数 21318 人",
                "满意度指标 服务对象满意度 参保群众满意度 ≥95%",
                "备注\t无",
                "效益指标 社会效益指标 参保群众就医负担 有效减轻",
                "产出指标 时效指标 医保待遇按时发放率 100%"))
                .isInstanceOf(SpaceJoinedReader.class);
    }

    @Test
    void anEmptyBlockGoesToTheTabRowReader() {
        assertThat(readerFor("", "  ")).isInstanceOf(TabRowReader.class);
    }
}
