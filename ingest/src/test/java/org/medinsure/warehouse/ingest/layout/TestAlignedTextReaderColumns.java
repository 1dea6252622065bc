package org.medinsure.warehouse.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/**
 * Space-aligned text as {@code pdftotext -layout} prints a table: columns found from the rows of
 * figures, wrapped cells joined back, header rows kept apart. The fixtures are padded by display
 * width (a Chinese character two columns) unless a test says otherwise, so that they line up when
 * read in an editor.
 */
class TestAlignedTextReaderColumns {
    private final AlignedTextReader reader = new AlignedTextReader();

    private Grid read(String... lines) {
        return reader.read(TextCleaner.clean("table.txt", String.join("\n", lines)).lines());
    }

    private static List<List<String>> texts(Grid grid) {
        return grid.rows().stream().map(row -> row.cells().stream().map(Cell::text).toList()).toList();
    }

    /** A budget table whose fourth row has its 科目名称 wrapped onto a second line. */
    private static final String[] WRAPPED_BUDGET_TABLE = {
            "  科目编码    科目名称                      合计      基本支出      项目支出",
            "  2101101     行政单位医疗                 12.50         12.50          0.00",
            "  2101301     城乡医疗救助                120.00          0.00        120.00",
            "  2101399     其他医疗保障管理事务支        8.30          0.00          8.30",
            "              出",
            "  2101501     行政运行                     85.20         85.20          0.00"};

    @Test
    void columnsComeFromTheRowsOfFiguresAndTheHeaderFollowsThem() {
        Grid grid = read(WRAPPED_BUDGET_TABLE);

        assertThat(grid.layout()).isEqualTo("aligned_text");
        assertThat(grid.positional()).isTrue();
        assertThat(grid.rowsMarked()).isTrue();
        assertThat(texts(grid)).containsExactly(
                List.of("科目编码", "科目名称", "合计", "基本支出", "项目支出"),
                List.of("2101101", "行政单位医疗", "12.50", "12.50", "0.00"),
                List.of("2101301", "城乡医疗救助", "120.00", "0.00", "120.00"),
                List.of("2101399", "其他医疗保障管理事务支出", "8.30", "0.00", "8.30"),
                List.of("2101501", "行政运行", "85.20", "85.20", "0.00"));
    }

    @Test
    void aHeaderPrintedAcrossAGutterDoesNotMergeTheColumnsOfTheFigures() {
        // 功能分类科目编码及名称 runs from the code column into the name column; the rows of
        // figures below still keep code and name apart
        Grid grid = read(
                "  功能分类科目编码及名称                    合计      基本支出      项目支出",
                WRAPPED_BUDGET_TABLE[1], WRAPPED_BUDGET_TABLE[2], WRAPPED_BUDGET_TABLE[5]);

        assertThat(texts(grid)).containsExactly(
                List.of("功能分类科目编码及名称", "", "合计", "基本支出", "项目支出"),
                List.of("2101101", "行政单位医疗", "12.50", "12.50", "0.00"),
                List.of("2101301", "城乡医疗救助", "120.00", "0.00", "120.00"),
                List.of("2101501", "行政运行", "85.20", "85.20", "0.00"));
    }

    @Test
    void aLabelWrappedOntoASecondLineIsOneCellKeepingBothPiecesAndLines() {
        Grid grid = read(WRAPPED_BUDGET_TABLE);

        Cell label = grid.at(3, 1);
        assertThat(label.pieces()).containsExactly("其他医疗保障管理事务支", "出");
        assertThat(label.lines()).containsExactly(4, 5);
        assertThat(grid.rows().get(3).line()).isEqualTo(4);
        assertThat(grid.rows().get(3).lastLine()).isEqualTo(5);
        // the row after the wrapped one keeps its own line
        assertThat(grid.rows().get(4).line()).isEqualTo(6);
    }

    @Test
    void theSameTablePaddedByCharactersGivesTheSameGrid() {
        // pdftotext pads by characters: a Chinese character counts one column, so the figures
        // only line up when counted that way
        Grid grid = read(
                "  科目编码        科目名称                合计        基本支出        项目支出",
                "  2101101     行政单位医疗           12.50       12.50        0.00",
                "  2101301     城乡医疗救助          120.00        0.00      120.00",
                "  2101399     其他医疗保障管理事务支       8.30        0.00        8.30",
                "              出",
                "  2101501     行政运行             85.20       85.20        0.00");

        assertThat(texts(grid)).isEqualTo(texts(read(WRAPPED_BUDGET_TABLE)));
    }

    @Test
    void headerRowsOverTwoLinesStayApart() {
        Grid grid = read(
                "  科目编码   科目名称                   本年支出                基本支出            项目支出",
                "                                            合计      人员经费      公用经费",
                "  2101101    行政单位医疗                  12.50         10.00          2.50            0.00",
                "  2101301    城乡医疗救助                 120.00          0.00          0.00          120.00",
                "  2101501    行政运行                      85.20         65.00         20.20            0.00");

        assertThat(texts(grid)).containsExactly(
                List.of("科目编码", "科目名称", "本年支出", "基本支出", "", "项目支出"),
                List.of("", "", "合计", "人员经费", "公用经费", ""),
                List.of("2101101", "行政单位医疗", "12.50", "10.00", "2.50", "0.00"),
                List.of("2101301", "城乡医疗救助", "120.00", "0.00", "0.00", "120.00"),
                List.of("2101501", "行政运行", "85.20", "65.00", "20.20", "0.00"));
        // 基本支出 lies almost wholly over the 人员经费 column: it is that column's cell
        assertThat(grid.at(0, 3).colSpan()).isEqualTo(1);
        assertThat(grid.at(1, 2).lines()).containsExactly(2);
    }

    @Test
    void anIndicatorLabelCentredBesideAWrappedCellJoinsTheRowOfFiguresAbove() {
        Grid grid = read(
                "  一级指标    二级指标        三级指标                      指标值",
                "              数量指标        城乡居民医保参保人数          ≥31万人",
                "  产出指标    质量指标        住院费用政策范围内支付比例    ≥70%",
                "              时效指标        医保待遇按时发放率            100%",
                "              社会效益指标    参保群众个人医疗费用负担      ≥5%",
                "  效益指标                    下降比例",
                "  满意度指标  服务对象满意度  参保群众满意度                ≥90%");

        assertThat(texts(grid)).containsExactly(
                List.of("一级指标", "二级指标", "三级指标", "指标值"),
                List.of("", "数量指标", "城乡居民医保参保人数", "≥31万人"),
                List.of("产出指标", "质量指标", "住院费用政策范围内支付比例", "≥70%"),
                List.of("", "时效指标", "医保待遇按时发放率", "100%"),
                List.of("效益指标", "社会效益指标", "参保群众个人医疗费用负担下降比例", "≥5%"),
                List.of("满意度指标", "服务对象满意度", "参保群众满意度", "≥90%"));
        assertThat(grid.at(4, 0).lines()).containsExactly(6);
        assertThat(grid.at(4, 2).lines()).containsExactly(5, 6);
    }

    @Test
    void aShortLabelAboveALineOfTextIsNotContinuedByIt() {
        // 待遇发放及时率 leaves most of its column empty, so the line below is a row of its own whose
        // figures are missing, not the tail of the cell
        Grid grid = read(
                "  一级指标    二级指标        三级指标                      指标值",
                "  产出指标    数量指标        城乡居民医保参保人数          ≥31万人",
                "              时效指标        待遇发放及时率                100%",
                "                              异地就医结算",
                "  满意度指标  服务对象满意度  参保群众满意度                ≥90%");

        assertThat(texts(grid)).containsExactly(
                List.of("一级指标", "二级指标", "三级指标", "指标值"),
                List.of("产出指标", "数量指标", "城乡居民医保参保人数", "≥31万人"),
                List.of("", "时效指标", "待遇发放及时率", "100%"),
                List.of("", "", "异地就医结算", ""),
                List.of("满意度指标", "服务对象满意度", "参保群众满意度", "≥90%"));
    }

    @Test
    void aRightAlignedColumnOfMostlyNarrowFiguresIsOneColumnWithItsWideFigures() {
        // 基本支出 prints 0 on most rows and eight digits on three of thirty: the column ends where
        // its figures end, and the few wide figures do not open a column of their own left of it
        List<String> lines = new java.util.ArrayList<>();
        lines.add("  科目编码   科目名称              合计          基本支出        项目支出");
        List<List<String>> expected = new java.util.ArrayList<>();
        expected.add(List.of("科目编码", "科目名称", "合计", "基本支出", "项目支出"));
        for (int row = 0; row < 30; row++) {
            boolean wide = row % 10 == 5;
            String code = String.valueOf(2010101 + row);
            String total = wide ? "27,073,236" : "627,600";
            String basic = wide ? "18,285,736" : "0";
            String project = wide ? "8,787,500" : "627,600";
            lines.add(String.format("  %-9s  一般行政管理事务  %11s  %16s  %14s", code, total, basic, project));
            expected.add(List.of(code, "一般行政管理事务", total, basic, project));
        }

        assertThat(texts(read(lines.toArray(String[]::new)))).containsExactlyElementsOf(expected);
    }

    @Test
    void aLetterSpacedLabelStaysOneCellWhenTheColumnsAreSplit() {
        Grid grid = read(
                "    序号     县（区）                 合计       中央资金     自治区资金",
                "             合  计                2195.00        1756.00         439.00",
                "    1        桑珠孜区               412.60         330.08          82.52",
                "    2        南木林县               186.45         149.16          37.29",
                "    3        江孜县                 203.80         163.04          40.76");

        assertThat(texts(grid)).containsExactly(
                List.of("序号", "县（区）", "合计", "中央资金", "自治区资金"),
                List.of("", "合计", "2195.00", "1756.00", "439.00"),
                List.of("1", "桑珠孜区", "412.60", "330.08", "82.52"),
                List.of("2", "南木林县", "186.45", "149.16", "37.29"),
                List.of("3", "江孜县", "203.80", "163.04", "40.76"));
    }

    @Test
    void eachHeaderRightOfEveryFigureIsAColumnOfItsOwn() {
        // 上缴上级支出 and 经营支出 printed empty: no figure sets their columns, their headers do
        Grid grid = read(
                "  科目编码          科目名称              合计        基本支出                            上缴上级支出              经营支出",
                "  2101101       行政单位医疗               12.50         12.50",
                "  2101301       城乡医疗救助              120.00          0.00",
                "  2101501       行政运行                   85.20         85.20");

        assertThat(texts(grid).get(0)).containsExactly("科目编码", "科目名称", "合计", "基本支出", "上缴上级支出", "经营支出");
        assertThat(texts(grid).get(2)).containsExactly("2101301", "城乡医疗救助", "120.00", "0.00", "", "");
    }

    @Test
    void aLineOfFiguresAloneUnderCentredLabelsIsPlacedByTheLabels() {
        Grid grid = read(
                "          合计                      基本支出                    项目支出                事业单位经营支出",
                "                  2,480.50                    1,630.20                      850.30");

        assertThat(texts(grid)).containsExactly(
                List.of("合计", "基本支出", "项目支出", "事业单位经营支出"),
                List.of("2,480.50", "1,630.20", "850.30", ""));
    }

    /**
     * An indicator table whose level-1 label is printed once per group: the second row of a group
     * starts with an empty cell, and its other cells, each well short of its column, are a row of
     * their own, not the tails of the cells above. A cell that fills its column does wrap.
     */
    @Test
    void shortTextCellsUnderAMergedLabelAreTheNextRowNotAWrap() {
        Grid grid = read(
                "一级指标                二级指标              三级指标                      指标值",
                "效益指标                社会效益指标          减轻参保群众医疗费用负担      明显减轻",
                "                        可持续影响指标        医疗保障制度持续稳定运行      长期",
                "                        社会效益指标          救助对象政策范围内住院费用    有效防范",
                "                                              救助比例",
                "满意度指标              服务对象满意度指标    参保群众满意度                ≥99");

        assertThat(texts(grid)).containsExactly(
                List.of("一级指标", "二级指标", "三级指标", "指标值"),
                List.of("效益指标", "社会效益指标", "减轻参保群众医疗费用负担", "明显减轻"),
                List.of("", "可持续影响指标", "医疗保障制度持续稳定运行", "长期"),
                List.of("", "社会效益指标", "救助对象政策范围内住院费用救助比例", "有效防范"),
                List.of("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥99"));
    }
}
