package org.medinsure.warehouse.generator;

import java.util.List;
import java.util.Objects;

/**
 * One document of the corpus before it is written: what it says (its blocks) and the facts the
 * gold records for it. {@code formBlocks[i]} is the index of the block that ends form i, so a
 * truncated file's gold keeps only the forms printed whole. The first {@code summaryRows} forms are
 * the rows of a summary table (one project each, no indicators); {@code totals} are the total rows
 * of tables other than the classification tables; {@code allocations} the rows of an allocation
 * table. An allocation notice is a prefecture's: its {@code countyYear} names the prefecture.
 */
public record GeneratedDocument(CountyYear countyYear, DocType type, String title, List<Block> blocks,
                                List<ProjectForm> forms, List<Integer> formBlocks, List<BudgetTable> tables,
                                List<Execution> executions, int summaryRows, List<Total> totals,
                                List<Allocation> allocations) {
    public GeneratedDocument {
        Objects.requireNonNull(countyYear, "countyYear is null");
        Objects.requireNonNull(type, "type is null");
        blocks = List.copyOf(blocks);
        forms = List.copyOf(forms);
        formBlocks = List.copyOf(formBlocks);
        tables = List.copyOf(tables);
        executions = List.copyOf(executions);
        totals = List.copyOf(totals);
        allocations = List.copyOf(allocations);
        if (summaryRows < 0 || summaryRows > forms.size()) {
            throw new IllegalArgumentException(summaryRows + " summary rows of " + forms.size() + " forms");
        }
    }

    /** A document without summary rows or other totals. */
    public GeneratedDocument(CountyYear countyYear, DocType type, String title, List<Block> blocks, List<ProjectForm> forms,
                             List<Integer> formBlocks, List<BudgetTable> tables, List<Execution> executions) {
        this(countyYear, type, title, blocks, forms, formBlocks, tables, executions, 0, List.of(), List.of());
    }
}
