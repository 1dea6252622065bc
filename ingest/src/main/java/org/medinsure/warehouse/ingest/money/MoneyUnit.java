package org.medinsure.warehouse.ingest.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit money is printed in, from the money rows of the unit table ({@code vocabulary/units.csv}).
 *
 * @param printed the unit as documents print it: 元, 万元, 亿元 …
 * @param factor yuan per unit
 */
public record MoneyUnit(String printed, BigDecimal factor) {
    public MoneyUnit {
        Objects.requireNonNull(printed, "printed is null");
        Objects.requireNonNull(factor, "factor is null");
    }

    public BigDecimal toYuan(BigDecimal amount) {
        BigDecimal yuan = amount.multiply(factor).stripTrailingZeros();
        return yuan.scale() < 0 ? yuan.setScale(0) : yuan; // 95000, not 9.5E+4
    }
}
