package org.medinsure.warehouse.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/**
 * Space-aligned text whose spacing is not a column boundary: words letter-spaced to fill their
 * cell, single characters heading code columns, and list items that start rows.
 */
class TestAlignedTextReaderWords {
    private final AlignedTextReader reader = new AlignedTextReader();

    private Grid read(String... lines) {
        return reader.read(TextCleaner.clean("table.txt", String.join("\n", lines)).lines());
    }

    private static List<List<String>> texts(Grid grid) {
        return grid.rows().stream().map(row -> row.cells().stream().map(Cell::text).toList()).toList();
    }

    @Test
    void aWordLetterSpacedWithinOneColumnIsOneCell() {
        Grid grid = read(
                "                  收      入                                    支      出",
                "  项      目                          预算数      项      目                      预算数",
                "  一般公共预算拨款收入              1,250.00      社会保障和就业支出              300.00",
                "  政府性基金预算拨款收入               80.00      卫生健康支出                    950.00",
                "  事业收入                             20.00      住房保障支出                    100.00");

        assertThat(texts(grid)).containsExactly(
                List.of("收入", "", "支出", ""),
                List.of("项目", "预算数", "项目", "预算数"),
                List.of("一般公共预算拨款收入", "1,250.00", "社会保障和就业支出", "300.00"),
                List.of("政府性基金预算拨款收入", "80.00", "卫生健康支出", "950.00"),
                List.of("事业收入", "20.00", "住房保障支出", "100.00"));
        assertThat(grid.at(0, 0).lines()).containsExactly(1);
    }

    @Test
    void singleCharactersOverSeparateCodeColumnsStayApart() {
        Grid grid = read(
                "  科目编码            科目名称                  合计      基本支出      项目支出",
                "  类    款    项",
                "  210   11    01      行政单位医疗             12.50         12.50          0.00",
                "  210   13    01      城乡医疗救助            120.00          0.00        120.00",
                "  210   13    99      其他医疗救助              8.30          0.00          8.30");

        assertThat(texts(grid)).containsExactly(
                List.of("科目编码", "", "", "科目名称", "合计", "基本支出", "项目支出"),
                List.of("类", "款", "项", "", "", "", ""),
                List.of("210", "11", "01", "行政单位医疗", "12.50", "12.50", "0.00"),
                List.of("210", "13", "01", "城乡医疗救助", "120.00", "0.00", "120.00"),
                List.of("210", "13", "99", "其他医疗救助", "8.30", "0.00", "8.30"));
    }

    private static final String HEADER_AND_ITEMS =
            "  项目                            合计      基本支出      项目支出\n"
                    + "  一、社会保障和就业支出        300.00        300.00          0.00\n"
                    + "  二、卫生健康支出              950.00        150.00        800.00\n"
                    + "  三、医疗保障管理事务支出      120.00          0.00        120.00\n";

    @Test
    void aListItemStartsANewRowEvenBelowARowOfFigures() {
        Grid grid = read(HEADER_AND_ITEMS + "  四、年末结转和结余");

        assertThat(texts(grid)).containsExactly(
                List.of("项目", "合计", "基本支出", "项目支出"),
                List.of("一、社会保障和就业支出", "300.00", "300.00", "0.00"),
                List.of("二、卫生健康支出", "950.00", "150.00", "800.00"),
                List.of("三、医疗保障管理事务支出", "120.00", "0.00", "120.00"),
                List.of("四、年末结转和结余", "", "", ""));
        assertThat(grid.at(4, 0).lines()).containsExactly(5);
    }

    @Test
    void aBracketedListItemStartsANewRowToo() {
        Grid grid = read(HEADER_AND_ITEMS + "  （四）年末结转和结余");

        assertThat(grid.rows()).hasSize(5);
        assertThat(grid.at(3, 0).text()).isEqualTo("三、医疗保障管理事务支出");
        assertThat(grid.at(4, 0).text()).isEqualTo("（四）年末结转和结余");
    }

    @Test
    void theSameLineWithoutAnItemNumberContinuesTheFullLabelAbove() {
        // positive control: under a label that fills its column, text alone is the label's tail,
        // so it is the item number above that keeps 四、 apart
        Grid grid = read(HEADER_AND_ITEMS + "  （含医疗救助）");

        assertThat(grid.rows()).hasSize(4);
        assertThat(grid.at(3, 0).text()).isEqualTo("三、医疗保障管理事务支出（含医疗救助）");
        assertThat(grid.at(3, 0).lines()).containsExactly(4, 5);
    }
}
