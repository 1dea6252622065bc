package org.medinsure.warehouse.transform.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.model.Severity;
import org.medinsure.warehouse.transform.taxonomy.IndicatorLevels;
import org.medinsure.warehouse.transform.taxonomy.IndicatorTaxonomy;
import org.medinsure.warehouse.transform.taxonomy.ProgrammeClassifier;
import org.medinsure.warehouse.transform.value.ValueParser;

class TestProjectNormaliser {
    private static final ProjectNormaliser NORMALISER = new ProjectNormaliser();

    private static RawProject project(String name, String basis) {
        return new RawProject("p1", name, "declaration", "某县医疗保障局", new BigDecimal("350000"), null, basis, null);
    }

    private static RawIndicator row(int index, String level1, String level2, String name, String value) {
        return new RawIndicator("p1-" + index, 100 + index, level1, level2, name, value, null, null, null);
    }

    @Test
    void normalisesTheWorkFundsFormOfShapotou() {
        List<RawIndicator> rows = List.of(
                row(1, "产出指标", "数量指标 (必填硬性指标)", "指标1: 2023年缴费期内参保人数", "31.7万"),
                row(2, "产出指标", "数量指标", "指标2: 开展基层医保干部医保政策能力培训班人数", "≥200人"),
                row(3, "产出指标", "成本指标 (必填硬性指标)", "指标1: 业务经费费用", "≤35万元"),
                row(4, "产出指标", "成本指标", "指标2: 参保居民每人每年工作经费", "≥1元"),
                row(5, "效益指标", "社会效益 指标 (必填)", "指标1: 增强经办能力, 保证医疗保障业务部门正常运转", "效果显著"),
                row(6, "满意度指标", "服务对象 满意度指标 (必填)", "指标1: 服务对象满意度", "≥90%"));

        NormalisedProject normalised = NORMALISER.normalise(project("城乡居民医疗保险业务经办工作经费", null), rows);

        assertThat(normalised.projectId()).isEqualTo("p1");
        assertThat(normalised.programme()).isEqualTo("agency_operations");
        assertThat(normalised.beneficiaries()).isEqualTo(317000L);
        assertThat(normalised.beneficiariesSource()).isEqualTo("indicator");
        assertThat(normalised.problems()).isEmpty();
        assertThat(normalised.indicators()).extracting(NormalisedIndicator::indicatorId)
                .containsExactly("p1-1", "p1-2", "p1-3", "p1-4", "p1-5", "p1-6");

        NormalisedIndicator insured = normalised.indicators().get(0);
        assertThat(insured).isEqualTo(new NormalisedIndicator("p1-1", "产出指标", "数量指标", "count.insured_persons",
                "synonym", 0.95, "=", 31.7, "万人", 317000.0, null, null, null, "value"));
        NormalisedIndicator cost = normalised.indicators().get(2);
        assertThat(cost.indicatorCode()).isEqualTo("cost.total");
        assertThat(cost.targetBase()).isEqualTo(350000.0);
        assertThat(cost.unitSource()).isEqualTo("value");
        NormalisedIndicator benefit = normalised.indicators().get(4);
        assertThat(benefit.level2()).isEqualTo("社会效益指标");
        assertThat(benefit.qualitative()).isEqualTo("效果显著");
        assertThat(benefit.qualitativeRank()).isEqualTo(5);
        assertThat(benefit.comparator()).isNull();
        NormalisedIndicator satisfaction = normalised.indicators().get(5);
        assertThat(satisfaction.level1()).isEqualTo("满意度指标");
        assertThat(satisfaction.level2()).isEqualTo("服务对象满意度指标");
        assertThat(satisfaction.indicatorCode()).isEqualTo("satisfaction.beneficiary");
        assertThat(satisfaction.matchMethod()).isEqualTo("exact");
    }

    @Test
    void henanHeadingsBecomeCanonicalAndSatisfactionWithoutPercentIsPercent() {
        List<RawIndicator> rows = List.of(
                row(1, "效果目标", "满意度", "参保群众满意度", "≥95"),
                row(2, null, "满意度", "救助对象满意度", "≥92%"),
                row(3, "影响力目标", "长效管理", "医保基金监管长效机制", "建立健全"));

        List<NormalisedIndicator> indicators = NORMALISER.normalise(project("打击欺诈骗保工作经费", null), rows).indicators();

        assertThat(indicators.get(0).level1()).isEqualTo("满意度指标");
        assertThat(indicators.get(0).unit()).isEqualTo("%");
        assertThat(indicators.get(0).unitSource()).isEqualTo("concept");
        assertThat(indicators.get(0).targetBase()).isEqualTo(95.0);
        assertThat(indicators.get(1).level1()).isEqualTo("满意度指标");
        assertThat(indicators.get(2).level1()).isEqualTo("效益指标");
        assertThat(indicators.get(2).level2()).isEqualTo("可持续影响指标");
        assertThat(indicators.get(2).indicatorCode()).isEqualTo("sustainability.mechanism");
    }

    @Test
    void rowWithALevelOneHeadingAsLevelTwoTakesTheConceptsLevelAndTheNamesUnit() {
        List<RawIndicator> rows = List.of(row(1, "产出指标", "产出指标", "住院情况（人次）", "147131"),
                row(2, "产出指标", "成本指标（万元）", "住院支出", "48296.87"));

        List<NormalisedIndicator> indicators = NORMALISER.normalise(project("城乡居民基本医疗保险基金", null), rows).indicators();

        assertThat(indicators.get(0).level2()).isEqualTo("数量指标");
        assertThat(indicators.get(0).indicatorCode()).isEqualTo("count.service_users");
        assertThat(indicators.get(0).unit()).isEqualTo("人次");
        assertThat(indicators.get(0).unitSource()).isEqualTo("name");
        assertThat(indicators.get(1).unit()).isEqualTo("万元");
        assertThat(indicators.get(1).unitSource()).isEqualTo("level");
        assertThat(indicators.get(1).targetBase()).isEqualTo(482968700.0);
    }

    @Test
    void bareAmountsTakeTheLevelHintElseTheDeclaredUnitAndCountsNeither() {
        RawProject project = new RawProject("p1", "城乡医疗救助", "declaration", "某县医疗保障局", new BigDecimal("21312900"),
                null, null, "万元");
        List<RawIndicator> rows = List.of(
                new RawIndicator("p1-1", 101, "产出指标", "成本指标", "住院支出", "48296.87", null, null, "万元"),
                new RawIndicator("p1-2", 102, "产出指标", "成本指标", "按实拨付医疗救助资金", "2131.29", null, "2100", null),
                new RawIndicator("p1-3", 103, "产出指标", "数量指标", "城乡医疗救助对象", "17000", null, null, null),
                new RawIndicator("p1-4", 104, "产出指标", "成本指标", "离休配偶", "112500元", null, null, null));

        List<NormalisedIndicator> indicators = NORMALISER.normalise(project, rows).indicators();

        assertThat(indicators).extracting(NormalisedIndicator::unit, NormalisedIndicator::unitSource).containsExactly(
                org.assertj.core.groups.Tuple.tuple("万元", "level"),
                org.assertj.core.groups.Tuple.tuple("万元", "header"),
                org.assertj.core.groups.Tuple.tuple("人", "concept"),
                org.assertj.core.groups.Tuple.tuple("元", "value"));
        assertThat(indicators.get(1).targetBase()).isEqualTo(21312900.0);
        assertThat(indicators.get(1).actualValue()).isEqualTo(21000000.0);
        RawProject inYuan = new RawProject("p1", "城乡医疗救助", "declaration", "某县医疗保障局", null, null, null, "元");
        assertThat(NORMALISER.normalise(inYuan, rows.subList(1, 2)).indicators().get(0).targetBase())
                .isEqualTo(2131.29);
    }

    @Test
    void valueThatCannotBeReadStaysAsPrintedWithAWarning() {
        RawIndicator typo = new RawIndicator("p1-1", 328, "产出指标", "成本指标", "其他支出", "85..54", null, "8O%", null);

        NormalisedProject normalised = NORMALISER.normalise(project("城乡医疗救助", null), List.of(typo));

        NormalisedIndicator indicator = normalised.indicators().get(0);
        assertThat(indicator.targetValue()).isNull();
        assertThat(indicator.qualitative()).isNull();
        assertThat(indicator.comparator()).isNull();
        assertThat(indicator.actualValue()).isNull();
        assertThat(normalised.problems()).extracting(Problem::check).containsExactly("value_unparsed", "actual_unparsed");
        Problem problem = normalised.problems().get(0);
        assertThat(problem.severity()).isEqualTo(Severity.WARNING);
        assertThat(problem.sourceLine()).isEqualTo(328);
        assertThat(problem.detail()).contains("其他支出").contains("85..54");
    }

    @Test
    void blankAmountAndUnknownHeadingsAndProgrammeAreReported() {
        List<RawIndicator> rows = List.of(row(1, "产出指标", "成本指标", "风险储备金上解", "万元"),
                row(2, "绩效目标", "环境效益", "绿化面积", "≥100"));

        NormalisedProject normalised = NORMALISER.normalise(project("办公楼维修", null), rows);

        assertThat(normalised.indicators().get(0).unit()).isEqualTo("万元");
        assertThat(normalised.indicators().get(0).targetValue()).isNull();
        assertThat(normalised.indicators().get(1).indicatorCode()).isNull();
        assertThat(normalised.indicators().get(1).matchMethod()).isEqualTo("unmatched");
        assertThat(normalised.indicators().get(1).matchConfidence()).isZero();
        assertThat(normalised.indicators().get(1).comparator()).isEqualTo(">=");
        assertThat(normalised.indicators().get(1).unit()).isNull();
        assertThat(normalised.programme()).isNull();
        assertThat(normalised.problems()).extracting(Problem::check)
                .containsExactly("value_blank", "level_unmatched", "level_unmatched", "programme_unmatched");
        assertThat(normalised.problems().get(3).detail()).contains("办公楼维修");
    }

    @Test
    void actualValuesAreReadIntoBaseUnits() {
        RawIndicator row = new RawIndicator("p1-1", 1022, "产出指标", "数量指标", "建档立卡参保人数", "21318 人", null,
                "实际需救助 5487 人", null);
        RawIndicator rate = new RawIndicator("p1-2", 1115, "满意度指标", "服务对象满意度指标", "社会公众满意度", "95%", null, "93%", null);

        NormalisedProject normalised = NORMALISER.normalise(project("贫困户医疗报销专项扶贫资金项目", null), List.of(row, rate));

        assertThat(normalised.indicators().get(0).actualValue()).isEqualTo(5487.0);
        assertThat(normalised.indicators().get(1).actualValue()).isEqualTo(93.0);
        assertThat(normalised.beneficiaries()).isEqualTo(21318L);
        assertThat(normalised.programme()).isEqualTo("medical_assistance");
    }

    @Test
    void aDepartmentWideRecordHasNoProgrammeAndNoWarningForIt() {
        RawProject department = new RawProject("p9", "某县医疗保障局", "department", "某县医疗保障局",
                new BigDecimal("77649000"), null, null, null);
        List<RawIndicator> rows = List.of(row(1, "产出指标", "数量指标", "医疗救助人次", "≥38000人次"));

        NormalisedProject normalised = NORMALISER.normalise(department, rows);

        assertThat(normalised.programme()).isNull();
        assertThat(normalised.problems()).extracting(problem -> problem.check()).doesNotContain("programme_unmatched");
        // the same name as a project-level form is reported, so the rule above is what keeps the warning away
        assertThat(NORMALISER.normalise(project("某县医疗保障局", null), rows).problems())
                .extracting(problem -> problem.check()).contains("programme_unmatched");
    }

    @Test
    void beneficiariesFromTheBasisFormulaWhenNoIndicatorCountsHeads() {
        List<RawIndicator> rows = List.of(row(1, "产出指标", "质量指标", "财政补偿率", "100%"));

        NormalisedProject normalised = NORMALISER.normalise(
                project("政府补贴城乡居民基本医疗保险", "约 658090 人, 其中县级财政补贴: 658090 人×32 元=21058880 元。"), rows);

        assertThat(normalised.beneficiaries()).isEqualTo(658090L);
        assertThat(normalised.beneficiariesSource()).isEqualTo("basis");
    }

    @Test
    void personTimesAndSitesAreNoHeadCount() {
        List<RawIndicator> rows = List.of(row(1, "产出指标", "数量指标", "指标1: 民生服务中心数量", "11个"),
                row(2, "产出指标", "数量指标", "医疗救助人次", "≥38000人次"));

        assertThat(NORMALISER.normalise(project("社保专线网络租赁费", null), rows).beneficiaries()).isNull();
    }

    @Test
    void rejectsAConceptWhoseUnitTheUnitTableLacks(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("taxonomy.csv");
        Files.writeString(file, "code,label,level2,unit,role,synonyms,patterns\nx.distance,距离,,公里,,,\n", StandardCharsets.UTF_8);
        IndicatorTaxonomy taxonomy = IndicatorTaxonomy.load(List.of(file));
        assertThatThrownBy(() -> new ProjectNormaliser(taxonomy, IndicatorLevels.bundled(), ValueParser.bundled(),
                ProgrammeClassifier.bundled()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot find unit '公里' of concept x.distance");
    }

    @Test
    void isSerializableForSpark() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(NORMALISER);
        }
        ProjectNormaliser copy;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (ProjectNormaliser) in.readObject();
        }
        RawIndicator satisfaction = row(1, "满意度指标", "服务对象满意度指标", "参保患者满意度", "≥90%");
        assertThat(copy.normalise(project("x", null), List.of(satisfaction)).indicators().get(0).indicatorCode())
                .isEqualTo("satisfaction.beneficiary");
    }
}
