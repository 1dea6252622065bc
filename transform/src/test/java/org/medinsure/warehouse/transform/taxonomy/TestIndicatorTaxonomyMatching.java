package org.medinsure.warehouse.transform.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestIndicatorTaxonomyMatching {
    private static final IndicatorTaxonomy TAXONOMY = IndicatorTaxonomy.bundled();
    private static final String HEADER = "code,label,level2,unit,role,synonyms,patterns\n";

    @Test
    void bundlesAVersionedSetOfConcepts() {
        assertThat(TAXONOMY.version()).isEqualTo("2");
        assertThat(TAXONOMY.concepts()).hasSizeBetween(40, 80);
        assertThat(TAXONOMY.concepts()).extracting(IndicatorConcept::code).doesNotHaveDuplicates()
                .contains("satisfaction.beneficiary", "awareness.policy", "coverage.enrolment", "count.insured_persons",
                        "count.aided_persons", "rate.settlement_one_stop", "rate.funds_disbursed_on_time", "cost.total",
                        "cost.per_capita", "timeliness.deadline");
        assertThat(TAXONOMY.concept("satisfaction.beneficiary")).hasValueSatisfying(concept -> {
            assertThat(concept.label()).isEqualTo("服务对象满意度");
            assertThat(concept.unit()).isEqualTo("%");
            assertThat(concept.level2()).isEqualTo("服务对象满意度指标");
        });
    }

    @Test
    void exactLabel() {
        IndicatorMatch match = TAXONOMY.match("服务对象满意度");
        assertThat(match.code()).isEqualTo("satisfaction.beneficiary");
        assertThat(match.method()).isEqualTo(MatchMethod.EXACT);
        assertThat(match.confidence()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "受益群众满意 度, satisfaction.beneficiary",
            "参保人员满意度, satisfaction.beneficiary",
            "城乡居民满意度, satisfaction.beneficiary",
            "医保政策知晓率, awareness.policy",
            "城乡居民医疗保险覆盖率, coverage.enrolment",
            "资金拨付率, rate.funds_disbursed_on_time",
            "预算资金到位情况, management.funds_in_place",
            "城乡居民基本医疗保险参保人数, count.insured_persons",
            "医疗救助对象, count.aided_persons",
    })
    void synonym(String printed, String code) {
        IndicatorMatch match = TAXONOMY.match(printed);
        assertThat(match.code()).isEqualTo(code);
        assertThat(match.method()).isEqualTo(MatchMethod.SYNONYM);
        assertThat(match.confidence()).isEqualTo(IndicatorTaxonomy.SYNONYM_CONFIDENCE);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "困难群众满意度, satisfaction.beneficiary",
            "欺诈骗保政策知晓率, awareness.policy",
            "建档立卡贫困户医疗补助政策知晓率, awareness.policy",
            "全县城乡居民参保人数, count.insured_persons",
            "定点药店满意度, satisfaction.institution",
            "建档立卡贫困人口就医医疗补助“一窗式”结算率, rate.settlement_one_stop",
            "医疗救助资金发放及时性, rate.funds_disbursed_on_time",
            "减轻军干所军人医疗费用负担, benefit.burden_reduction",
            "民政部门及时确认伤残军人人数, sustainability.cooperation",
            "城乡医疗救助一站式结算率, rate.settlement_one_stop",
    })
    void synonymPatternWithTheHeadOfTheNameDeciding(String printed, String code) {
        IndicatorMatch match = TAXONOMY.match(printed);
        assertThat(match.code()).isEqualTo(code);
        assertThat(match.method()).isEqualTo(MatchMethod.SYNONYM);
        assertThat(match.confidence()).isLessThan(IndicatorTaxonomy.SYNONYM_CONFIDENCE);
    }

    @Test
    void fuzzyMatchAboveTheThreshold() {
        // no synonym or pattern covers this misspelt name; it shares most bigrams with 合同管理完备性
        IndicatorMatch match = TAXONOMY.match("合同管里完备性");
        assertThat(match.code()).isEqualTo("management.contracts");
        assertThat(match.method()).isEqualTo(MatchMethod.FUZZY);
        assertThat(match.confidence()).isBetween(IndicatorTaxonomy.DEFAULT_FUZZY_THRESHOLD, IndicatorTaxonomy.FUZZY_CEILING);
        assertThat(match.evidence()).isEqualTo("合同管理完备性");
    }

    @Test
    void unmatchedBelowTheThreshold() {
        IndicatorMatch match = TAXONOMY.match("绿化面积");
        assertThat(match.matched()).isFalse();
        assertThat(match.code()).isNull();
        assertThat(match.method()).isEqualTo(MatchMethod.UNMATCHED);
        assertThat(match.confidence()).isZero();
        assertThat(match.key()).isEqualTo("绿化面积");
        assertThat(TAXONOMY.match("  ").method()).isEqualTo(MatchMethod.UNMATCHED);
        assertThat(TAXONOMY.match(null).method()).isEqualTo(MatchMethod.UNMATCHED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "指标1: 服务对象满意度",
            "指标 2：服务对象满意度",
            "1、服务对象满意度",
            "（一）服务对象满意度",
            "服务对象满意度(必填)",
            "服务对象满意度 (必填硬性指标)",
            "服务对象 满意 度。",
            "“服务对象满意度”",
    })
    void stripsNumberingAnnotationsPunctuationAndSpacing(String printed) {
        assertThat(IndicatorNameKey.of(printed)).isEqualTo("服务对象满意度");
        assertThat(TAXONOMY.match(printed).method()).isEqualTo(MatchMethod.EXACT);
    }

    @Test
    void keyKeepsDecimalsYearsInsideAndLowerCasesLatin() {
        assertThat(IndicatorNameKey.of("指标1: 2023年缴费期内参保人数")).isEqualTo("缴费期内参保人数");
        assertThat(IndicatorNameKey.of("1.5倍标准人数")).isEqualTo("15倍标准人数");
        assertThat(IndicatorNameKey.of("DRG付费项目进展程度")).isEqualTo("drg付费项目进展程度");
        assertThat(IndicatorNameKey.of("7-10级伤残军人")).isEqualTo("710级伤残军人");
    }

    @Test
    void levelContextDecidesBetweenACountAndAnAmount() {
        assertThat(TAXONOMY.match("住院情况", "数量指标").code()).isEqualTo("count.service_users");
        assertThat(TAXONOMY.match("住院情况", "成本指标").code()).isEqualTo("cost.component");
        assertThat(TAXONOMY.match("7-10级伤残军人", "数量指标").code()).isEqualTo("count.group_persons");
        assertThat(TAXONOMY.match("7-10级伤残军人", "成本指标").code()).isEqualTo("cost.component");
        assertThat(TAXONOMY.match("参保居民", "服务对象满意度指标").code()).isEqualTo("satisfaction.beneficiary");
        // under 数量指标 the satisfaction-only synonym does not apply; at most a fuzzy resemblance remains
        assertThat(TAXONOMY.match("参保居民", "数量指标").method()).isNotEqualTo(MatchMethod.SYNONYM);
    }

    @Test
    void userFileOverridesASynonym(@TempDir Path dir) throws IOException {
        assertThat(TAXONOMY.match("定点医疗机构满意度").code()).isEqualTo("satisfaction.institution");
        Path file = dir.resolve("my-taxonomy.csv");
        Files.writeString(file, "# version: local-1\n" + HEADER
                + "satisfaction.provider,定点医疗机构满意度调查,服务对象满意度指标,%,,定点医疗机构满意度,\n",
                StandardCharsets.UTF_8);

        IndicatorTaxonomy taxonomy = IndicatorTaxonomy.load(List.of(file));

        IndicatorMatch match = taxonomy.match("定点医疗机构满意度");
        assertThat(match.code()).isEqualTo("satisfaction.provider");
        assertThat(match.method()).isEqualTo(MatchMethod.SYNONYM);
        assertThat(taxonomy.concepts()).hasSize(TAXONOMY.concepts().size() + 1);
        assertThat(taxonomy.version()).isEqualTo("2+1 user file");
    }

    @Test
    void userRowWithAnExistingCodeReplacesTheConcept(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("override.csv");
        Files.writeString(file, HEADER + "awareness.policy,政策知晓度,社会效益指标,%,,群众知晓情况,\n",
                StandardCharsets.UTF_8);

        IndicatorTaxonomy taxonomy = IndicatorTaxonomy.load(List.of(file));

        assertThat(taxonomy.concepts()).hasSize(TAXONOMY.concepts().size());
        assertThat(taxonomy.match("政策知晓度").method()).isEqualTo(MatchMethod.EXACT);
        assertThat(taxonomy.match("群众知晓情况").code()).isEqualTo("awareness.policy");
        // the replaced row's own synonyms and patterns are gone with it
        assertThat(taxonomy.match("医保政策知晓率").method()).isNotEqualTo(MatchMethod.SYNONYM);
    }

    @Test
    void userFileMayOrderItsColumnsFreely(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("reordered.csv");
        Files.writeString(file, "label,code,unit,level2,role,patterns,synonyms\n绿化面积,green.area,,,,,\n",
                StandardCharsets.UTF_8);
        assertThat(IndicatorTaxonomy.load(List.of(file)).match("绿化面积").code()).isEqualTo("green.area");
    }

    @Test
    void rejectsBadRows(@TempDir Path dir) throws IOException {
        Path badCode = dir.resolve("bad-code.csv");
        Files.writeString(badCode, HEADER + "Satisfaction,满意度,,,,,\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> IndicatorTaxonomy.load(List.of(badCode)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot use concept code 'Satisfaction'")
                .hasMessageContaining("bad-code.csv:2");

        Path badPattern = dir.resolve("bad-pattern.csv");
        Files.writeString(badPattern, HEADER + "x.y,某指标,,,,,(未闭合\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> IndicatorTaxonomy.load(List.of(badPattern)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot compile pattern of concept x.y");

        Path noColumn = dir.resolve("no-column.csv");
        Files.writeString(noColumn, "code,label\nx.y,某指标\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> IndicatorTaxonomy.load(List.of(noColumn)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot find column 'level2'");
    }

    @Test
    void diceOfCharacterBigrams() {
        assertThat(Similarity.dice("培训合格率", "培训合格率")).isEqualTo(1.0);
        assertThat(Similarity.dice("医保人才培训合格率", "培训合格率")).isCloseTo(2.0 * 4 / 12, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(Similarity.dice("绿化", "满意度")).isZero();
        assertThat(Similarity.dice("a", "ab")).isZero();
    }
}
