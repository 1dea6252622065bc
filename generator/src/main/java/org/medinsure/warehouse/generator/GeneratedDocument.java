package org.medinsure.warehouse.generator;

import java.util.List;
import java.util.Objects;

/**
 * One document of the corpus before it is written: what it says (its blocks) and the facts the
 * gold records for it. {@code formBlocks[i]} is the index of the block that ends form i, so a
 * truncated file's gold keeps only the forms printed whole.
 */
public record GeneratedDocument(CountyYear countyYear, DocType type, String title, List<Block> blocks,
                                List<ProjectForm> forms, List<Integer> formBlocks, List<BudgetTable> tables,
                                List<Execution> executions) {
    public GeneratedDocument {
        Objects.requireNonNull(countyYear, "countyYear is null");
        Objects.requireNonNull(type, "type is null");
        blocks = List.copyOf(blocks);
        forms = List.copyOf(forms);
        formBlocks = List.copyOf(formBlocks);
        tables = List.copyOf(tables);
        executions = List.copyOf(executions);
    }
}
