package org.medinsure.warehouse.generator;

/** The document families a bureau publishes each year, with the gold's doc_type and the name a file carries. */
public enum DocType {
    DECLARATION("declaration", "项目支出绩效目标申报表"),
    SELF_EVALUATION("self_evaluation", "项目支出绩效自评表"),
    BUDGET("budget", "部门预算"),
    FINAL_ACCOUNTS("final_accounts", "部门决算"),
    /** A prefecture's notice allocating a programme's funds to its counties; the file is the prefecture's. */
    ALLOCATION("allocation", "资金分配通知");

    private final String code;
    private final String title;

    DocType(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
