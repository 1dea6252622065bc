package org.medinsure.warehouse.transform.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestUnmatchedReport {
    private static final IndicatorTaxonomy TAXONOMY = IndicatorTaxonomy.bundled();

    @Test
    void mostFrequentUnmatchedNormalisedNamesFirst() {
        List<String> names = List.of("绿化面积", "指标1: 绿化面积", "服务对象满意度", "道路长度", "1、绿化 面积", "道路长度",
                "桥梁数量");

        UnmatchedReport report = UnmatchedReport.of(TAXONOMY, names);

        assertThat(report.total()).isEqualTo(7);
        assertThat(report.unmatched()).isEqualTo(6);
        assertThat(report.matchedShare()).isEqualTo(1.0 / 7);
        assertThat(report.names()).containsExactly(
                new UnmatchedReport.UnmatchedName("绿化面积", 3, "绿化面积"),
                new UnmatchedReport.UnmatchedName("道路长度", 2, "道路长度"),
                new UnmatchedReport.UnmatchedName("桥梁数量", 1, "桥梁数量"));
        assertThat(report.top(1)).extracting(UnmatchedReport.UnmatchedName::key).containsExactly("绿化面积");
        assertThat(report.render(2)).startsWith("1 of 7 indicator names matched (14.3%); 3 distinct unmatched names")
                .contains("3\t绿化面积\t绿化面积\n").contains("2\t道路长度").doesNotContain("桥梁数量");
    }

    @Test
    void emptyInputMatchesEverything() {
        UnmatchedReport report = UnmatchedReport.of(List.of(), List.of());
        assertThat(report.matchedShare()).isEqualTo(1.0);
        assertThat(report.names()).isEmpty();
    }

    @Test
    void namesAndMatchesMustPairUp() {
        assertThatThrownBy(() -> UnmatchedReport.of(List.of("a"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot pair 1 names with 0 matches");
    }
}
