package org.medinsure.warehouse.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.layout.Cell;

/** Pages re-served in traditional script are folded to simplified, keeping what was printed. */
class TestChineseScriptFolding {

    private static CleanText text(String... lines) {
        return TextCleaner.clean("page.txt", String.join("\n", lines));
    }

    private static final CleanText TRADITIONAL_FORM = text(
            "項目支出績效目標表",
            "項目名稱\t城鄉醫療救助資金\t主管部門\t某縣醫療保障局",
            "產出指標\t數量指標\t參保人數\t≥31萬人");

    @Test
    void aTraditionalDocumentNeedsFoldingAndASimplifiedOneDoesNot() {
        assertThat(ChineseScript.needsFolding(TRADITIONAL_FORM)).isTrue();
        assertThat(ChineseScript.needsFolding(text(
                "项目支出绩效目标表",
                "项目名称\t城乡医疗救助资金\t主管部门\t某县医疗保障局"))).isFalse();
    }

    @Test
    void foldingGivesSimplifiedLinesInPlace() {
        CleanText folded = ChineseScript.fold(TRADITIONAL_FORM);

        assertThat(folded.lines()).extracting(SourceLine::text).containsExactly(
                "项目支出绩效目标表",
                "项目名称\t城乡医疗救助资金\t主管部门\t某县医疗保障局",
                "产出指标\t数量指标\t参保人数\t≥31万人");
        assertThat(folded.lines()).extracting(SourceLine::number).containsExactly(1, 2, 3);
        assertThat(folded.folded()).isTrue();
        assertThat(TRADITIONAL_FORM.folded()).isFalse();
        assertThat(folded.sourcePath()).isEqualTo("page.txt");
    }

    @Test
    void thePrintedFormOfAFoldedNameIsKept() {
        CleanText folded = ChineseScript.fold(TRADITIONAL_FORM);

        assertThat(folded.printedOf("城乡医疗救助资金", 2)).isEqualTo("城鄉醫療救助資金");
        assertThat(folded.printedOf("某县医疗保障局", 2)).isEqualTo("某縣醫療保障局");
        // a text the line does not hold, or a document never folded, gives the text back
        assertThat(folded.printedOf("某县医疗保障局", 3)).isEqualTo("某县医疗保障局");
        assertThat(TRADITIONAL_FORM.printedOf("某县医疗保障局", 2)).isEqualTo("某县医疗保障局");
    }

    @Test
    void thePrintedFormIsFoundAcrossSpacesTheNameIsPrintedWith() {
        CleanText folded = ChineseScript.fold(text("單位名稱：某縣  醫療保障局（本級）"));

        assertThat(folded.printedOf("某县医疗保障局", 1)).isEqualTo("某縣  醫療保障局");
    }

    @Test
    void oneTraditionalNameInALongSimplifiedDocumentIsLeftAsPrinted() {
        // three traditional characters in about two hundred: under the 2 % share
        String simplified = "城乡居民基本医疗保险参保人数稳定在三十一万人以上";
        String[] lines = new String[9];
        for (int i = 0; i < 8; i++) {
            lines[i] = simplified;
        }
        lines[8] = "合作单位：香港醫療會";
        assertThat(ChineseScript.needsFolding(text(lines))).isFalse();
        // positive control: the same three characters in a short document are a real share
        assertThat(ChineseScript.needsFolding(text(simplified, "合作单位：香港醫療會"))).isTrue();
    }

    @Test
    void insertedPinyinIsRemovedAndMakesADocumentNeedFolding() {
        CleanText printed = text(
                "項(xiàng)目名稱：城鄉醫(yī)療救助",
                "資(zī)金總額（萬元）：350");

        assertThat(ChineseScript.needsFolding(printed)).isTrue();
        CleanText folded = ChineseScript.fold(printed);
        assertThat(folded.lines()).extracting(SourceLine::text)
                .containsExactly("项目名称：城乡医疗救助", "资金总额（万元）：350");
        assertThat(folded.printedOf("项目名称", 1)).isEqualTo("項(xiàng)目名稱");
    }

    @Test
    void pinyinInASimplifiedDocumentNeedsFoldingButBracketsWithoutToneMarksStay() {
        CleanText printed = text(
                "项(xiàng)目 医(yī)疗 资(zī)金",
                "全年预算数(A)\t全年执行数(B)\t执行率(B/A)");

        assertThat(ChineseScript.needsFolding(printed)).isTrue();
        assertThat(ChineseScript.fold(printed).lines()).extracting(SourceLine::text)
                .containsExactly("项目 医疗 资金", "全年预算数(A)\t全年执行数(B)\t执行率(B/A)");
        // two insertions are not enough to fold a simplified document
        assertThat(ChineseScript.needsFolding(text("项(xiàng)目 医(yī)疗资金"))).isFalse();
    }

    @Test
    void cellsOfAStructuredRowAreFoldedAndKeepTheirSpans() {
        Cell name = new Cell(List.of("城鄉醫療", "救助"), List.of(1, 2)).spanning(1, 3);
        CleanText printed = new CleanText("page.html", List.of(
                SourceLine.row(1, List.of(Cell.of("項目名稱", 1), name)),
                new SourceLine(2, "績效目標"),
                new SourceLine(3, "補助資金")));

        CleanText folded = ChineseScript.fold(printed);

        List<Cell> cells = folded.line(1).cells();
        assertThat(cells).extracting(Cell::text).containsExactly("项目名称", "城乡医疗救助");
        assertThat(cells.get(1).pieces()).containsExactly("城乡医疗", "救助");
        assertThat(cells.get(1).lines()).containsExactly(1, 2);
        assertThat(cells.get(1).colSpan()).isEqualTo(3);
        assertThat(folded.line(1).text()).isEqualTo("项目名称\t城乡医疗救助");
    }

    @Test
    void aCharacterFoldedToOneOutsideTheBasicPlaneKeepsEveryPositionInItsLine() {
        // 錀 folds to 𬬭, written with two chars: the folded line is longer than the printed one
        CleanText folded = ChineseScript.fold(text("單位名稱：錀錀錀錀 醫療保障局（本級）"));

        assertThat(folded.line(1).text()).startsWith("单位名称：𬬭𬬭𬬭𬬭");
    }
}
