package org.medinsure.warehouse.generator;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one county's bureau publishes about one year, before it is written as documents: the
 * insured population, the programmes it declares, and how much of each line's budget it spent.
 *
 * @param executionRates spending ÷ budget per programme and per basic-expenditure line code
 */
public record CountyYear(County county, int year, String department, long insured, List<ProjectForm> declarations,
                         List<BudgetLine> basicLines, Map<String, Double> executionRates) {
    public CountyYear {
        Objects.requireNonNull(county, "county is null");
        Objects.requireNonNull(department, "department is null");
        declarations = List.copyOf(declarations);
        basicLines = List.copyOf(basicLines);
        executionRates = Map.copyOf(executionRates);
    }
}
