package org.medinsure.warehouse.ingest.form;

import java.math.BigDecimal;
import org.medinsure.warehouse.ingest.money.MoneyUnit;

/**
 * Header fields of one project form as read from its labels. Money is in yuan; a null field was
 * not printed or could not be read.
 *
 * @param executionRatePct the printed execution rate in percent points, null when none is printed
 * @param departmentName the department a department-wide form is about (部门名称 / 单位名称), as printed
 * @param formUnit the unit of the form's {@code 单位：} line, null when it prints none
 * @param amountUnit the unit the amount was read in, null when there is no amount
 * @param amountUnitAssumed true when no unit was printed anywhere near the amount and 万元 was assumed
 * @param declaredUnit the unit the form declares for its amounts: its {@code 单位：} line, else the unit
 *     of the amount's label ({@code 年度财政拨款（万元）}); null when it declares none (a unit printed only
 *     in the amount's own value is not a declaration)
 */
public record FormHeader(
        String projectName,
        String department,
        String implementingUnit,
        String period,
        String amountRaw,
        BigDecimal budgetYuan,
        BigDecimal priorYearYuan,
        BigDecimal executedYuan,
        Double executionRatePct,
        String departmentName,
        String basisText,
        MoneyUnit formUnit,
        MoneyUnit amountUnit,
        boolean amountUnitAssumed,
        MoneyUnit declaredUnit) {
}
