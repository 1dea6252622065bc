package org.medinsure.warehouse.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.html.HtmlPageRenderer;

class TestChineseScriptMergedCells {
    @Test
    void aPositionUnderAMergedCellGivesTheFoldedMergedText() {
        CleanText printed = HtmlPageRenderer.render("page.html", "<table>"
                + "<tr><td rowspan=\"2\">產出指標</td><td>數量指標</td><td>參保人數</td></tr>"
                + "<tr><td>質量指標</td><td>住院費用支付比例</td></tr></table>");
        assertThat(ChineseScript.needsFolding(printed)).isTrue();

        CleanText folded = ChineseScript.fold(printed);

        assertThat(folded.line(1).cells().get(0).text()).isEqualTo("产出指标");
        assertThat(folded.line(2).cells().get(0).isCovered()).isTrue();
        assertThat(folded.line(2).cells().get(0).mergedText()).isEqualTo("产出指标");
    }
}
