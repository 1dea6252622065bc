package org.medinsure.warehouse.transform.region;

import java.io.Serializable;
import java.util.Objects;

/**
 * A county-level division (GB/T 2260): 6-digit code and names. {@code prefecture} is null for
 * counties administered directly by their province (济源市) and in municipalities.
 */
public record Region(String code, String province, String prefecture, String county) implements Serializable {
    public Region {
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(province, "province is null");
        Objects.requireNonNull(county, "county is null");
        if (!code.matches("\\d{6}")) {
            throw new IllegalArgumentException("Region code must have 6 digits: " + code);
        }
    }
}
