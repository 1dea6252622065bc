package org.medinsure.warehouse.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.generator.Block.Cell;
import org.medinsure.warehouse.generator.Block.Grid;

/** Each layout family prints a table the way its description says. */
class LayoutRendererTest {
    /** Two form fields, then an indicator table whose 一级 cell is merged (printed once). */
    private static final Grid FORM = new Grid(List.of(
            List.of(Cell.of("项目名称"), new Cell("2023年城乡医疗救助资金", 3)),
            List.of(Cell.of("主管部门"), Cell.of("攸县医疗保障局"), Cell.of("实施单位"), Cell.of("攸县医疗保障局")),
            List.of(Cell.of("一级指标"), Cell.of("二级指标"), Cell.of("三级指标"), Cell.of("指标值")),
            List.of(Cell.of("产出指标"), Cell.of("数量指标"), Cell.of("救助对象政策范围内住院费用救助比例"), Cell.of("≥70%")),
            List.of(Cell.of(""), Cell.of("时效指标"), Cell.of("资金发放及时率"), Cell.of("100%"))), 2, 4);

    private static List<String> render(LayoutFamily family) {
        return new LayoutRenderer(family, Dice.of(1, family), "UTF-8").block(FORM);
    }

    @Test
    void tabRowsSeparateCellsByTabAndLeaveAMergedCellEmpty() {
        assertThat(render(LayoutFamily.TAB_ROWS)).contains("项目名称\t2023年城乡医疗救助资金",
                "\t时效指标\t资金发放及时率\t100%");
    }

    @Test
    void aPipeTableHasItsRuleUnderTheFirstRowAndEmptyCellsAfterASpan() {
        List<String> lines = render(LayoutFamily.PIPE_TABLE);
        assertThat(lines.get(0)).isEqualTo("| 项目名称 | 2023年城乡医疗救助资金 |  |  |");
        assertThat(lines.get(1)).isEqualTo("| --- | --- | --- | --- |");
        assertThat(lines).contains("|  | 时效指标 | 资金发放及时率 | 100% |");
    }

    @Test
    void htmlSpansWithColspanAndEscapesText() {
        String html = String.join("\n", render(LayoutFamily.HTML));
        assertThat(html).contains("<td colspan=\"3\">2023年城乡医疗救助资金</td>").containsAnyOf("&ge;70%", "≥70%")
                .startsWith("<table").endsWith("</table>");
    }

    @Test
    void fixedWidthAlignsEveryCellOfAColumnAndWrapsALongCellWithinIt() {
        List<String> lines = render(LayoutFamily.FIXED_WIDTH);
        String header = lines.stream().filter(line -> line.startsWith("一级指标")).findFirst().orElseThrow();
        int valueColumn = DisplayWidth.of(header.substring(0, header.indexOf("指标值")));
        String wrapped = lines.stream().filter(line -> line.contains("救助对象政策范围")).findFirst().orElseThrow();
        assertThat(DisplayWidth.of(wrapped.substring(0, wrapped.indexOf("≥70%")))).isEqualTo(valueColumn);
        int wrappedAt = lines.indexOf(wrapped);
        String continuation = lines.get(wrappedAt + 1);
        int nameColumn = DisplayWidth.of(header.substring(0, header.indexOf("三级指标")));
        assertThat(continuation.substring(0, continuation.length() - continuation.stripLeading().length()))
                .as("the rest of the long name, alone on the next line under its column").hasSize(nameColumn);
        String firstPiece = wrapped.substring(wrapped.indexOf("救助对象"), wrapped.indexOf("≥70%")).strip();
        assertThat(firstPiece + continuation.strip()).isEqualTo("救助对象政策范围内住院费用救助比例");
    }

    @Test
    void spaceJoinedRowsDropEmptyCells() {
        assertThat(render(LayoutFamily.SPACE_JOINED)).contains("时效指标 资金发放及时率 100%",
                "主管部门 攸县医疗保障局 实施单位 攸县医疗保障局");
    }

    @Test
    void oneCellPerLinePrintsEveryCellOnItsOwnLineAndAnEmptyCellAsAnEmptyLine() {
        List<String> lines = render(LayoutFamily.ONE_CELL_PER_LINE);
        int at = lines.indexOf("时效指标");
        assertThat(lines.get(at - 1)).isEmpty();
        assertThat(lines.subList(at, at + 3)).containsExactly("时效指标", "资金发放及时率", "100%");
    }

    @Test
    void labelValuePrintsFieldsAsLabelColonValueAndTheIndicatorsAsATable() {
        List<String> lines = render(LayoutFamily.LABEL_VALUE);
        assertThat(lines.get(0)).matches("项目名称[：:]2023年城乡医疗救助资金");
        assertThat(lines.get(2)).matches("实施单位[：:]攸县医疗保障局");
        assertThat(lines).contains("| 一级指标 | 二级指标 | 三级指标 | 指标值 |", "|  | 时效指标 | 资金发放及时率 | 100% |");
    }
}
