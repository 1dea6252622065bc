package org.medinsure.warehouse.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * The programmes a county medical-insurance bureau declares, and how each one's form is filled:
 * realistic figures (insured persons in proportion to the county, per-capita subsidies near the
 * year's national standard with a regional spread, satisfaction targets from 85 % to 99 %) and the
 * indicator rows the national template asks for. Every figure printed is known to the gold.
 */
final class Programmes {
    static final String RESIDENT_SUBSIDY = "resident_insurance_subsidy";
    static final String MEDICAL_ASSISTANCE = "medical_assistance";
    static final String SERVICE_FUNDS = "service_funds";
    static final String FUND_SUPERVISION = "fund_supervision";
    static final String LONG_TERM_CARE = "long_term_care";

    private static final List<Integer> SATISFACTION = List.of(85, 88, 90, 90, 92, 95, 95, 95, 96, 97, 98, 99);

    private final NationalStandards standards;
    private final long seed;

    Programmes(NationalStandards standards, long seed) {
        this.standards = standards;
        this.seed = seed;
    }

    /** The programmes a county declares in a year: always the resident subsidy, and one to three more. */
    List<ProjectForm> declarations(County county, int year, long insured, String department) {
        Dice dice = Dice.of(seed, "programmes", county.code(), year);
        List<ProjectForm> forms = new ArrayList<>();
        forms.add(residentSubsidy(county, year, insured, department, dice));
        if (dice.chance(0.8)) {
            forms.add(medicalAssistance(county, year, insured, department, dice));
        }
        if (dice.chance(0.6)) {
            forms.add(serviceFunds(county, year, insured, department, dice));
        }
        if (dice.chance(0.4)) {
            forms.add(fundSupervision(county, year, department, dice));
        }
        if (Dice.of(seed, "long-term-care", county.code()).chance(0.25) && year >= 2020) {
            forms.add(longTermCare(county, year, insured, department, dice));
        }
        return forms;
    }

    /** The county's own share of the national standard: a provincial policy with a county's spread. */
    int residentSubsidyPerCapita(County county, int year) {
        double provinceShare = Dice.of(seed, "province-share", county.province()).between(0.045, 0.09);
        double countySpread = Dice.of(seed, "county-spread", county.code()).between(0.85, 1.15);
        return (int) Math.round(standards.residentSubsidyYuan(year) * provinceShare * countySpread);
    }

    private ProjectForm residentSubsidy(County county, int year, long insured, String department, Dice dice) {
        int perCapita = residentSubsidyPerCapita(county, year);
        double budget = Money.round2(perCapita * (double) insured / 10_000);
        String level = county.fiscalLevel();
        List<Indicator> rows = new ArrayList<>();
        rows.add(persons("城乡居民参保人数", insured, dice));
        rows.add(percent("产出指标", "质量指标", "城乡居民参保率", dice.pick(List.of(95, 96, 97, 98)), dice));
        rows.add(percent("产出指标", "时效指标", "补助资金拨付及时率", 100, dice));
        rows.add(new Indicator("产出指标", "成本指标", "人均" + level + "财政补助标准", perCapita + "元", "=",
                (double) perCapita, "元", null, null));
        rows.add(qualitative("效益指标", "社会效益指标", "减轻参保群众医疗费用负担", dice.pick(List.of("有效减轻", "明显减轻"))));
        rows.add(qualitative("效益指标", "可持续影响指标", "医疗保障制度持续稳定运行", dice.pick(List.of("长期", "持续"))));
        return withSatisfaction(RESIDENT_SUBSIDY, year + "年度城乡居民基本医疗保险" + level + "财政补助资金",
                implementingUnit(county, department, dice), budget, insured, rows, "参保群众满意度", dice);
    }

    private ProjectForm medicalAssistance(County county, int year, long insured, String department, Dice dice) {
        long persons = Math.round(insured * dice.between(0.006, 0.02));
        double budget = Money.round2(persons * dice.between(300.0, 900.0) / 10_000);
        List<Indicator> rows = new ArrayList<>();
        rows.add(persons("医疗救助人数", persons, dice));
        rows.add(percent("产出指标", "质量指标", "救助对象政策范围内住院费用救助比例", dice.pick(List.of(65, 70, 75)), dice));
        rows.add(percent("产出指标", "时效指标", "救助资金发放及时率", dice.pick(List.of(95, 98, 100)), dice));
        rows.add(atMostWan("产出指标", "成本指标", "医疗救助资金", budget));
        rows.add(qualitative("效益指标", "社会效益指标", "困难群众因病致贫返贫风险", "有效防范"));
        return withSatisfaction(MEDICAL_ASSISTANCE, year + "年城乡医疗救助资金", department, budget, persons, rows,
                "救助对象满意度", dice);
    }

    private ProjectForm serviceFunds(County county, int year, long insured, String department, Dice dice) {
        double budget = Money.round2(dice.between(8.0, 80.0));
        List<Indicator> rows = new ArrayList<>();
        rows.add(persons("服务参保人数", insured, dice));
        rows.add(new Indicator("产出指标", "质量指标", "经办业务差错率", "≤1%", "<=", 1.0, "%", null, null));
        rows.add(qualitative("产出指标", "时效指标", "经费支付完成时间", year + "年12月底前"));
        rows.add(atMostWan("产出指标", "成本指标", "经办服务工作经费", budget));
        rows.add(qualitative("效益指标", "社会效益指标", "医保经办服务水平", "持续提升"));
        return withSatisfaction(SERVICE_FUNDS, year + "年医疗保障经办服务工作经费",
                implementingUnit(county, department, dice), budget, insured, rows, "参保群众满意度", dice);
    }

    private ProjectForm fundSupervision(County county, int year, String department, Dice dice) {
        double budget = Money.round2(dice.between(5.0, 50.0));
        int institutions = dice.integer(40, 400);
        List<Indicator> rows = new ArrayList<>();
        rows.add(new Indicator("产出指标", "数量指标", "检查定点医药机构数量", "≥" + institutions + "家", ">=",
                (double) institutions, "家", null, null));
        rows.add(percent("产出指标", "质量指标", "定点医药机构检查覆盖率", 100, dice));
        rows.add(qualitative("产出指标", "时效指标", "专项检查完成时间", year + "年11月底前"));
        rows.add(atMostWan("产出指标", "成本指标", "基金监管工作经费", budget));
        rows.add(qualitative("效益指标", "社会效益指标", "医保基金安全运行", "有效保障"));
        return withSatisfaction(FUND_SUPERVISION, year + "年医疗保障基金监管工作经费", department, budget, null, rows,
                "参保群众满意度", dice);
    }

    private ProjectForm longTermCare(County county, int year, long insured, String department, Dice dice) {
        long employees = Math.round(insured * dice.between(0.04, 0.1) / 10) * 10;
        int perCapita = dice.integer(15, 30);
        double budget = Money.round2(employees * perCapita / 10_000.0);
        List<Indicator> rows = new ArrayList<>();
        rows.add(persons("参保职工人数", employees, dice));
        rows.add(percent("产出指标", "时效指标", "补贴资金拨付及时率", 100, dice));
        rows.add(new Indicator("产出指标", "成本指标", "人均财政补贴标准", perCapita + "元", "=", (double) perCapita, "元",
                null, null));
        rows.add(qualitative("效益指标", "社会效益指标", "失能人员护理保障水平", "稳步提高"));
        return withSatisfaction(LONG_TERM_CARE, year + "年城镇职工长期护理保险政府补贴", department, budget, employees, rows,
                "参保职工满意度", dice);
    }

    private static String implementingUnit(County county, String department, Dice dice) {
        return dice.chance(0.3) ? county.name() + "医疗保险服务中心" : department;
    }

    /** A head-count, printed in 人 (a bound or a plain figure) or, for round figures, in 万人. */
    private static Indicator persons(String name, long persons, Dice dice) {
        if (persons % 100 == 0 && persons >= 10_000 && dice.chance(0.3)) {
            double wan = persons / 10_000.0;
            String printed = java.math.BigDecimal.valueOf(wan).stripTrailingZeros().toPlainString();
            return new Indicator("产出指标", "数量指标", name, printed + "万人", "=", wan, "万人", null, null);
        }
        if (dice.chance(0.5)) {
            return new Indicator("产出指标", "数量指标", name, "≥" + persons + "人", ">=", (double) persons, "人", null, null);
        }
        return new Indicator("产出指标", "数量指标", name, persons + "人", "=", (double) persons, "人", null, null);
    }

    private static Indicator percent(String level1, String level2, String name, int value, Dice dice) {
        if (value == 100 || dice.chance(0.3)) {
            return new Indicator(level1, level2, name, value + "%", "=", (double) value, "%", null, null);
        }
        if (dice.chance(0.3)) {
            return new Indicator(level1, level2, name, value + "%以上", ">=", (double) value, "%", null, null);
        }
        return new Indicator(level1, level2, name, "≥" + value + "%", ">=", (double) value, "%", null, null);
    }

    private static Indicator atMostWan(String level1, String level2, String name, double wan) {
        return new Indicator(level1, level2, name, "≤" + Money.plain(wan) + "万元", "<=", wan, "万元", null, null);
    }

    private static Indicator qualitative(String level1, String level2, String name, String text) {
        return new Indicator(level1, level2, name, text, null, null, null, text, null);
    }

    /** Adds the satisfaction row, printed ≥95%, 95%以上 or now and then ≥95 with no percent sign. */
    private static ProjectForm withSatisfaction(String programme, String name, String unit, double budget, Long persons,
                                                List<Indicator> rows, String indicatorName, Dice dice) {
        int target = dice.pick(SATISFACTION);
        Indicator satisfaction;
        double style = dice.between(0.0, 1.0);
        if (style < 0.6) {
            satisfaction = new Indicator("满意度指标", "服务对象满意度指标", indicatorName, "≥" + target + "%", ">=",
                    (double) target, "%", null, null);
        } else if (style < 0.85) {
            satisfaction = new Indicator("满意度指标", "服务对象满意度指标", indicatorName, target + "%以上", ">=",
                    (double) target, "%", null, null);
        } else {
            satisfaction = new Indicator("满意度指标", "服务对象满意度指标", indicatorName, "≥" + target, ">=",
                    (double) target, null, null, null);
        }
        List<Indicator> all = new ArrayList<>(rows);
        all.add(satisfaction);
        return new ProjectForm(programme, name, unit, budget, persons, ">=", target, all, null);
    }
}
