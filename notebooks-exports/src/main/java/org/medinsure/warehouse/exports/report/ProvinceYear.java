package org.medinsure.warehouse.exports.report;

import java.util.Objects;

/**
 * One report: a province and a fiscal year.
 *
 * @param provinceCode the province's 6-digit code (370000), which names the file: ASCII names travel
 *                     through web servers, object stores and archives unchanged
 */
public record ProvinceYear(String province, String provinceCode, int year) {
    public ProvinceYear {
        Objects.requireNonNull(province, "province is null");
        Objects.requireNonNull(provinceCode, "provinceCode is null");
    }

    /** {@code 370000-2021.html}. */
    public String fileName() {
        return provinceCode + "-" + year + ".html";
    }
}
