package org.medinsure.warehouse.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/** A table continued on a second page that {@code pdftotext -layout} printed a few columns off. */
class TestAlignedTextReaderPages {
    private final AlignedTextReader reader = new AlignedTextReader();

    private Grid read(String... lines) {
        return reader.read(TextCleaner.clean("table.txt", String.join("\n", lines)).lines());
    }

    private static List<List<String>> texts(Grid grid) {
        return grid.rows().stream().map(row -> row.cells().stream().map(Cell::text).toList()).toList();
    }

    private static final String FIRST_PAGE = String.join("\n",
            "  科目编码    科目名称                      合计      基本支出      项目支出",
            "  2101101     行政单位医疗                 12.50         12.50          0.00",
            "  2101301     城乡医疗救助                120.00          0.00        120.00",
            "  2101501     行政运行                     85.20         85.20          0.00");

    private static final List<List<String>> BOTH_PAGES = List.of(
            List.of("科目编码", "科目名称", "合计", "基本支出", "项目支出"),
            List.of("2101101", "行政单位医疗", "12.50", "12.50", "0.00"),
            List.of("2101301", "城乡医疗救助", "120.00", "0.00", "120.00"),
            List.of("2101501", "行政运行", "85.20", "85.20", "0.00"),
            List.of("2101550", "事业运行", "40.00", "40.00", "0.00"),
            List.of("2101599", "其他医疗保障管理事务", "6.00", "0.00", "6.00"),
            List.of("2101699", "其他医疗保障支出", "3.00", "0.00", "3.00"));

    @Test
    void aSecondPageShiftedAfterAFooterLandsInTheSameColumns() {
        // the page footer (— 1 —) is blanked by the cleaner to a form feed, which ends the page;
        // the second page is printed eight columns to the right
        Grid grid = read(FIRST_PAGE,
                "                                    — 1 —",
                "          2101550     事业运行                     40.00         40.00          0.00",
                "          2101599     其他医疗保障管理事务          6.00          0.00          6.00",
                "          2101699     其他医疗保障支出              3.00          0.00          3.00");

        assertThat(texts(grid)).isEqualTo(BOTH_PAGES);
        assertThat(grid.rows().get(4).line()).isEqualTo(6);
        assertThat(grid.at(6, 1).lines()).containsExactly(8);
    }

    @Test
    void aSecondPageShiftedLeftAfterAFormFeedLineLandsInTheSameColumns() {
        Grid grid = read(FIRST_PAGE.replaceAll("(?m)^", "        "),
                "\f",
                "  2101550     事业运行                     40.00         40.00          0.00",
                "  2101599     其他医疗保障管理事务          6.00          0.00          6.00",
                "  2101699     其他医疗保障支出              3.00          0.00          3.00");

        assertThat(texts(grid)).isEqualTo(BOTH_PAGES);
    }

    @Test
    void aSecondPageWhoseFirstLineCarriesTheFormFeedLandsInTheSameColumns() {
        // pdftotext ends a page with a form feed glued to the start of the next page's first line
        Grid grid = read(FIRST_PAGE,
                "\f          2101550     事业运行                     40.00         40.00          0.00",
                "          2101599     其他医疗保障管理事务          6.00          0.00          6.00",
                "          2101699     其他医疗保障支出              3.00          0.00          3.00");

        assertThat(texts(grid)).isEqualTo(BOTH_PAGES);
    }

    @Test
    void withoutThePageBreakTheShiftedRowsDoNotFitTheColumns() {
        // positive control for the page tests: the same shifted rows on one page are not read
        // into the first page's columns
        Grid grid = read(FIRST_PAGE,
                "          2101550     事业运行                     40.00         40.00          0.00",
                "          2101599     其他医疗保障管理事务          6.00          0.00          6.00",
                "          2101699     其他医疗保障支出              3.00          0.00          3.00");

        assertThat(texts(grid)).isNotEqualTo(BOTH_PAGES);
    }
}
