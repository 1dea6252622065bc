package org.medinsure.warehouse.ingest.model;

import java.util.Arrays;
import java.util.Optional;

/** What a performance form is, as stored in {@code projects.form_kind}. */
public enum FormKind {
    /** A project's targets: 绩效目标申报表, 项目支出绩效目标表, 转移支付区域(项目)绩效目标表. */
    DECLARATION("declaration"),
    /** A project's targets against what was done: 项目支出绩效自评表, 转移支付绩效目标自评表. */
    SELF_EVALUATION("self_evaluation"),
    /** A department's targets or results as a whole: 部门整体支出绩效目标表 / 自评表. */
    DEPARTMENT("department"),
    /** One project row of a table listing many: 部门绩效自评结果汇总表, 项目支出绩效目标汇总表. */
    SUMMARY("summary");

    private final String code;

    FormKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<FormKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
