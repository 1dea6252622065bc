package org.medinsure.warehouse.transform.value;

import java.io.Serializable;

/**
 * Units a value may borrow when it prints none, strongest first. Each is a canonical unit name or
 * null.
 *
 * @param nameUnit unit printed in the indicator name, e.g. {@code 人次} from {@code 住院情况（人次）}
 * @param levelUnit unit printed in the level-2 heading, e.g. {@code 万元} from {@code 成本指标（万元）}
 * @param headerUnit the money unit the form declares for its amounts ({@code 单位：万元}); taken only
 *     by a value whose concept expects money
 * @param conceptUnit the matched concept's expected unit from the taxonomy
 */
public record ValueHints(String nameUnit, String levelUnit, String headerUnit, String conceptUnit)
        implements Serializable {
    public static final ValueHints NONE = new ValueHints(null, null, null, null);

    public static ValueHints concept(String conceptUnit) {
        return new ValueHints(null, null, null, conceptUnit);
    }
}
