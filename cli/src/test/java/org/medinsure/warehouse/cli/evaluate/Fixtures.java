package org.medinsure.warehouse.cli.evaluate;

import java.math.BigDecimal;
import java.util.List;

/** Small hand-made gold records and warehouse facts for the matcher and scoring tests. */
final class Fixtures {
    static final String FILE = "000_test.txt";
    static final String PATH = "山东省/" + FILE;

    private Fixtures() {
    }

    /** A gold record from JSON written with single quotes, for readability. */
    static GoldRecord gold(String json) {
        return GoldFile.record("test.jsonl", 1, json.replace('\'', '"'));
    }

    static WarehouseFacts.Project project(int formIndex, String name, String budgetYuan) {
        return new WarehouseFacts.Project(PATH, 10L * formIndex, formIndex, "declaration", name, yuan(budgetYuan), null,
                null);
    }

    static WarehouseFacts.Indicator indicator(int formIndex, String name, String valueRaw, String comparator,
                                              Double targetValue, String unit) {
        return new WarehouseFacts.Indicator(PATH, 100, formIndex, name, valueRaw, comparator, targetValue, unit);
    }

    static WarehouseFacts.BudgetLine line(String table, String code, String name, String total, String basic,
                                          String project) {
        return new WarehouseFacts.BudgetLine(PATH, 200, table, code, name, yuan(total), yuan(basic), yuan(project));
    }

    static WarehouseFacts.Total total(String table, String label, String side, String column, String amount) {
        return new WarehouseFacts.Total(PATH, 300, table, label, side, column, yuan(amount));
    }

    static WarehouseFacts.Execution execution(String item, String budget, String finalAmount, Double rate) {
        return new WarehouseFacts.Execution(PATH, 400, item, yuan(budget), yuan(finalAmount), rate);
    }

    static WarehouseFacts.Document document(String docType, String prefecture) {
        return new WarehouseFacts.Document(PATH, docType, "山东省", prefecture, "阳谷县", 2020);
    }

    static WarehouseFacts facts(List<WarehouseFacts.Document> documents, List<WarehouseFacts.Project> projects,
                                List<WarehouseFacts.Indicator> indicators) {
        return new WarehouseFacts(documents, projects, indicators, List.of(), List.of(), List.of(), List.of());
    }

    static BigDecimal yuan(String amount) {
        return amount == null ? null : new BigDecimal(amount);
    }
}
