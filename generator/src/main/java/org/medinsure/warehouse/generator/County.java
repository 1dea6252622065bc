package org.medinsure.warehouse.generator;

import java.util.Objects;

/** A county-level division: its GB/T 2260 code, name, prefecture (null when administered by its province) and province. */
public record County(String code, String name, String prefecture, String province) {
    public County {
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(province, "province is null");
    }

    /** 县级, 区级, 市级 or 旗级: the level of government a county's budget is paid from, as its name ends. */
    public String fiscalLevel() {
        if (name.endsWith("区")) {
            return "区级";
        }
        if (name.endsWith("市")) {
            return "市级";
        }
        return name.endsWith("旗") ? "旗级" : "县级";
    }
}
