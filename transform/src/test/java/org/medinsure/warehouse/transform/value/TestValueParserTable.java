package org.medinsure.warehouse.transform.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Every value string of {@code value/cases.psv} (the seeds' values, the sample corpus's, and variants)
 * with the reading expected: kind, comparator, number, canonical unit, base value, qualitative text
 * and rank.
 */
class TestValueParserTable {
    private static final ValueParser PARSER = ValueParser.bundled();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvFileSource(resources = "/value/cases.psv", delimiter = '|')
    void readsTheValue(String raw, String conceptUnit, String nameUnit, String levelUnit, String kind, String comparator,
            Double number, String unit, Double base, String qualitative, Integer rank) {
        ParsedValue value = PARSER.parse(raw, new ValueHints(nameUnit, levelUnit, null, conceptUnit));

        assertThat(value.kind().code()).as("kind of %s", raw).isEqualTo(kind);
        assertThat(value.comparator()).as("comparator of %s", raw).isEqualTo(comparator);
        assertClose(value.number(), number, "number of " + raw);
        assertThat(value.unit()).as("unit of %s", raw).isEqualTo(unit);
        assertClose(value.base(), base, "base of " + raw);
        assertThat(value.qualitative()).as("qualitative of %s", raw).isEqualTo(qualitative);
        assertThat(value.rank()).as("rank of %s", raw).isEqualTo(rank);
    }

    @Test
    void recordsWhereTheUnitCameFrom() {
        assertThat(PARSER.parse("≥95%", ValueHints.concept("%")).unitSource()).isEqualTo(UnitSource.VALUE);
        assertThat(PARSER.parse("147131", new ValueHints("人次", null, null, "人")).unitSource())
                .isEqualTo(UnitSource.NAME);
        assertThat(PARSER.parse("48296.87", new ValueHints(null, "万元", "元", "万元")).unitSource())
                .isEqualTo(UnitSource.LEVEL);
        assertThat(PARSER.parse("≥96", ValueHints.concept("%")).unitSource()).isEqualTo(UnitSource.CONCEPT);
        assertThat(PARSER.parse("17000").unitSource()).isEqualTo(UnitSource.NONE);
    }

    @Test
    void aBareMoneyAmountTakesTheFormsDeclaredUnitAndOtherValuesDoNot() {
        ParsedValue amount = PARSER.parse("4514", new ValueHints(null, null, "元", "万元"));
        assertThat(amount.unit()).isEqualTo("元");
        assertThat(amount.unitSource()).isEqualTo(UnitSource.HEADER);
        assertThat(amount.base()).isEqualTo(4514.0);
        ParsedValue count = PARSER.parse("17000", new ValueHints(null, null, "万元", "人"));
        assertThat(count.unit()).isEqualTo("人");
        assertThat(count.unitSource()).isEqualTo(UnitSource.CONCEPT);
        ParsedValue withoutConcept = PARSER.parse("4514", new ValueHints(null, null, "万元", null));
        assertThat(withoutConcept.unit()).isNull();
        assertThat(withoutConcept.unitSource()).isEqualTo(UnitSource.NONE);
    }

    @Test
    void aPrintedScaleWordMakesTheUnitPrintedEvenWhenTheConceptGivesItsDimension() {
        ParsedValue insured = PARSER.parse("31.7万", ValueHints.concept("人"));
        assertThat(insured.unit()).isEqualTo("万人");
        assertThat(insured.unitSource()).isEqualTo(UnitSource.VALUE);
        assertThat(insured.base()).isEqualTo(317000.0);
        ParsedValue bare = PARSER.parse("31.7", ValueHints.concept("人"));
        assertThat(bare.unit()).isEqualTo("人");
        assertThat(bare.unitSource()).isEqualTo(UnitSource.CONCEPT);
    }

    @Test
    void findsAUnitPrintedInParentheses() {
        assertThat(PARSER.unitInParentheses("住院情况（人次）")).isEqualTo("人次");
        assertThat(PARSER.unitInParentheses("成本指标（万元）")).isEqualTo("万元");
        assertThat(PARSER.unitInParentheses("成本指标 (万元)")).isEqualTo("万元");
        assertThat(PARSER.unitInParentheses("社会效益 指标 (必填)")).isNull();
        assertThat(PARSER.unitInParentheses(null)).isNull();
    }

    private static void assertClose(Double actual, Double expected, String what) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isNotNull();
            assertThat(actual).as(what).isCloseTo(expected, within(1e-6 * Math.max(1, Math.abs(expected))));
        }
    }
}
