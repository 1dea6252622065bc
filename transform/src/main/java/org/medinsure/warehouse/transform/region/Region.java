package org.medinsure.warehouse.transform.region;

import java.io.Serializable;
import java.util.Objects;

/**
 * A division of GB/T 2260: 6-digit code and names. Most are county-level; {@code prefecture} is
 * null for counties administered directly by their province (济源市) and in municipalities. A
 * prefecture-level division (the issuer of a notice to its counties) has a code ending in 00 and no
 * county.
 */
public record Region(String code, String province, String prefecture, String county) implements Serializable {
    public Region {
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(province, "province is null");
        if (county == null && (prefecture == null || !code.endsWith("00"))) {
            throw new IllegalArgumentException("A region without a county is a prefecture, code ending in 00: " + code);
        }
        if (!code.matches("\\d{6}")) {
            throw new IllegalArgumentException("Region code must have 6 digits: " + code);
        }
    }

    /** Whether this is a prefecture-level division rather than a county. */
    public boolean prefectureLevel() {
        return county == null;
    }
}
