package org.medinsure.warehouse.ingest.budget;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A budget/final column pair of a table such as 公开07表 (预算数 | 决算数 of 因公出国（境）费).
 *
 * @param item the column's label (the group's for a 小计 column)
 * @param tableTotal whether this is the table's own 合计 pair, standing for the table's subject
 * @param subject what the table is about, from its title (“三公”经费)
 */
record PairFigure(int line, String item, boolean tableTotal, String subject, BigDecimal budgetYuan,
                  BigDecimal finalYuan) {
    PairFigure {
        Objects.requireNonNull(item, "item is null");
        Objects.requireNonNull(subject, "subject is null");
    }
}
