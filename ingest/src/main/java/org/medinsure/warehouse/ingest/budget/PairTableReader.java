package org.medinsure.warehouse.ingest.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.medinsure.warehouse.ingest.budget.TableHeader.Column;
import org.medinsure.warehouse.ingest.budget.TableHeader.Side;
import org.medinsure.warehouse.ingest.layout.Cell;
import org.medinsure.warehouse.ingest.layout.GridRow;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.model.TableTotal;

/**
 * Tables that print the same columns twice, under 预算数 and under 决算数 (the 三公 table of final
 * accounts). Their one data row is read in column order; each column gives a budget/final pair,
 * and the 合计 column gives one total per group.
 */
final class PairTableReader {
    private PairTableReader() {
    }

    static TableInterpreter.Facts read(TableBlock block, TableHeader header, List<GridRow> data, String where,
                                       List<Problem> problems) {
        List<Cell> numbers = new ArrayList<>();
        int line = data.isEmpty() ? block.titleLine() : data.get(0).line();
        for (GridRow row : data) {
            row.cells().stream().filter(c -> Amount.parse(c.text()).isPresent()).forEach(numbers::add);
        }
        int expected = header.sides().stream().mapToInt(s -> s.columns().size()).sum();
        if (header.sides().size() != 2 || numbers.size() != expected
                || header.sides().get(0).columns().size() != header.sides().get(1).columns().size()) {
            problems.add(Problem.error(line, "table_unreadable", where + " line " + line + ": " + numbers.size()
                    + " amounts for " + expected + " budget/final columns"));
            return new TableInterpreter.Facts(List.of(), List.of(), List.of());
        }
        Side budget = header.sides().get(0);
        Side actual = header.sides().get(1);
        int width = budget.columns().size();
        String subject = subject(block.title());
        List<TableTotal> totals = new ArrayList<>();
        List<PairFigure> pairs = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            Column column = budget.columns().get(c);
            Amount budgetAmount = Amount.parse(numbers.get(c).text()).orElseThrow();
            Amount finalAmount = Amount.parse(numbers.get(width + c).text()).orElseThrow();
            if (budgetAmount.malformed() || finalAmount.malformed()) {
                problems.add(Problem.error(numbers.get(c).firstLine(), "malformed_number", where + " line "
                        + numbers.get(c).firstLine() + ": column " + column.name() + " printed "
                        + budgetAmount.printed() + " / " + finalAmount.printed()));
                continue;
            }
            BigDecimal budgetYuan = budgetAmount.value().multiply(block.yuanPerUnit());
            BigDecimal finalYuan = finalAmount.value().multiply(block.yuanPerUnit());
            boolean tableTotal = column.group() == null && column.role().equals("total");
            if (tableTotal) {
                totals.add(new TableTotal(numbers.get(c).firstLine(), block.title(), column.name(), null, budget.name(), budgetYuan));
                totals.add(new TableTotal(numbers.get(width + c).firstLine(), block.title(), column.name(), null, actual.name(),
                        finalYuan));
            }
            String item = column.role().equals("total") && column.group() != null ? column.group() : column.leaf();
            pairs.add(new PairFigure(numbers.get(c).firstLine(), item, tableTotal, subject, budgetYuan, finalYuan));
        }
        return new TableInterpreter.Facts(List.of(), totals, pairs);
    }

    /** 一般公共预算财政拨款“三公”经费支出决算表 → “三公”经费: the quoted term, else the title. */
    static String subject(String title) {
        int open = title.indexOf('“');
        int close = title.indexOf("”经费");
        if (open >= 0 && close > open) {
            return title.substring(open, close + 3);
        }
        return title;
    }
}
