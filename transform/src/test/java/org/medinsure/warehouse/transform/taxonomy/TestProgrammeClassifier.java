package org.medinsure.warehouse.transform.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestProgrammeClassifier {
    private static final ProgrammeClassifier CLASSIFIER = ProgrammeClassifier.bundled();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "政府补贴城乡居民基本医疗保险, resident_insurance_subsidy",
            "城乡居民医疗保险县级配套, resident_insurance_subsidy",
            "城乡居民基本医疗保险基金, resident_insurance_fund",
            "城镇职工基本医疗保险基金, employee_insurance_fund",
            "2020 年度贫困人口医疗救助资金项目, medical_assistance",
            "综合救助专项-城乡医疗救助, medical_assistance",
            "城镇职工长期护理保险政府补贴、长期护理保险福彩公益金政府补贴, long_term_care",
            "离休干部医疗费-退休老领导、市级领导医疗费, retired_cadres",
            "县财政对医疗保险特殊人员补贴, special_groups",
            "优抚补助专项-优抚对象医疗费, special_groups",
            "城乡居民医疗保险业务经办工作经费, agency_operations",
            "社保专线网络租赁费, information_systems",
            "医保经办服务网络专线租赁费, information_systems",
            "打击欺诈骗保工作经费, fund_supervision",
            "医疗服务能力提升专项-DRG付费方式改革, payment_reform",
    })
    void classifiesByTheHighestPriorityRuleThatFitsTheName(String name, String code) {
        assertThat(CLASSIFIER.classify(name, List.of())).map(Programme::code).hasValue(code);
    }

    @Test
    void fallsBackToIndicatorNames() {
        assertThat(CLASSIFIER.classify("专项资金", List.of("预算执行率", "医疗救助对象人数"))).map(Programme::code)
                .hasValue("medical_assistance");
    }

    @Test
    void nothingFits() {
        assertThat(CLASSIFIER.classify("办公楼维修", List.of("维修面积"))).isEqualTo(Optional.empty());
        assertThat(CLASSIFIER.classify(null, List.of())).isEmpty();
    }

    @Test
    void userRuleReplacesABundledOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("programmes.csv");
        Files.writeString(file, "code,label,priority,name_patterns,indicator_patterns\n"
                + "agency_operations,经办经费,99,工作经费,\n", StandardCharsets.UTF_8);
        ProgrammeClassifier classifier = ProgrammeClassifier.load(List.of(file));
        assertThat(classifier.classify("打击欺诈骗保工作经费", List.of())).map(Programme::code).hasValue("agency_operations");
        assertThat(classifier.programmes()).hasSize(CLASSIFIER.programmes().size());
    }
}
