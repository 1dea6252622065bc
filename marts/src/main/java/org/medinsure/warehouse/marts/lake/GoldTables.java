package org.medinsure.warehouse.marts.lake;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.medinsure.warehouse.ingest.lake.LakeTable;

/** The gold layer: the marts people read. Column names here are the public contract. */
public final class GoldTables {
    public static final String LAYER = "gold";

    public static final LakeTable PER_CAPITA_SUBSIDY = LakeTable.builder(LAYER, "mart_per_capita_subsidy",
                    "Yuan per beneficiary of each programme, county and year, placed among the counties of the same province, year and programme.")
            .string("region_code", "6-digit GB/T 2260 code")
            .string("province", "Province name")
            .string("county", "County-level division name")
            .integer("fiscal_year", "Fiscal year")
            .string("programme", "Canonical programme category")
            .yuan("amount_yuan", "Amount of the programme's projects, yuan")
            .bigint("beneficiaries", "Persons served, from count indicators or the calculation basis")
            .yuan("per_capita_yuan", "amount_yuan / beneficiaries, yuan per person")
            .yuan("province_median_yuan", "Median per_capita_yuan of the province, year and programme")
            .real("ratio_to_province_median", "per_capita_yuan / province_median_yuan")
            .integer("rank_in_province", "Rank by per_capita_yuan, highest first; ties share a rank")
            .integer("n_in_province", "Number of counties compared in the province, year and programme")
            .column("project_ids", DataTypes.createArrayType(DataTypes.StringType), "Projects that feed the row")
            .column("doc_ids", DataTypes.createArrayType(DataTypes.StringType), "Documents that feed the row")
            .partitionBy("fiscal_year")
            .key("region_code", "fiscal_year", "programme")
            .build();

    public static final LakeTable EXECUTION_RATE = LakeTable.builder(LAYER, "mart_execution_rate",
                    "Final spending over budget per classification line, project and department; flagged outside 90–110 %.")
            .string("region_code", "6-digit GB/T 2260 code")
            .string("province", "Province name")
            .string("county", "County-level division name")
            .integer("fiscal_year", "Fiscal year")
            .string("level", "line, project or department")
            .string("item_code", "Classification code (line), project id (project) or item code (department)")
            .string("item_name", "Classification, project or item name")
            .yuan("budget_yuan", "Budget, yuan")
            .yuan("final_yuan", "Final or executed, yuan")
            .real("execution_rate", "final_yuan / budget_yuan as a fraction (1.0 = 100 %)")
            .string("flag", "low (< 0.9), high (> 1.1), no_budget, or NULL when within bounds")
            .real("stated_rate_pct", "The rate the document itself states, percent points, where it states one")
            .column("doc_ids", DataTypes.createArrayType(DataTypes.StringType), "Documents that feed the row")
            .bool("feeds_region_rate", "Whether the county's overall rate (mart_region_year.execution_rate) is computed "
                    + "from this row: the department total where one is known, else the 类 lines, else the projects")
            .partitionBy("fiscal_year")
            .key("region_code", "fiscal_year", "level", "item_code", "item_name")
            .build();

    public static final LakeTable SATISFACTION_TARGETS = LakeTable.builder(LAYER, "mart_satisfaction_targets",
                    "Every satisfaction target with its actual result where reported, against the province's median target.")
            .string("region_code", "6-digit GB/T 2260 code")
            .string("province", "Province name")
            .string("county", "County-level division name")
            .integer("fiscal_year", "Fiscal year")
            .string("project_id", "Project the target belongs to")
            .string("project_name", "Project name as printed")
            .string("comparator", ">=, <=, =, >, <")
            .real("target_pct", "Target, percent points")
            .real("actual_pct", "Actual result, percent points (self-evaluations)")
            .real("province_median_target_pct", "Median target of the province and year, percent points")
            .bool("below_floor", "Target below the configured floor (default 90 %)")
            .string("indicator_id", "Indicator the target comes from")
            .string("doc_id", "Document the target comes from")
            .partitionBy("fiscal_year")
            .key("project_id")
            .build();

    public static final LakeTable REGION_YEAR = LakeTable.builder(LAYER, "mart_region_year",
                    "One row per county and year: documents, projects, indicators, budget, execution, satisfaction and data quality.")
            .string("region_code", "6-digit GB/T 2260 code")
            .string("province", "Province name")
            .string("county", "County-level division name")
            .integer("fiscal_year", "Fiscal year")
            .bigint("documents", "Documents loaded (duplicates excluded)")
            .bigint("projects", "Project forms")
            .bigint("indicators", "Indicator rows")
            .yuan("total_budget_yuan", "Sum of project amounts, yuan")
            .real("execution_rate", "The county's execution rate as a fraction: sum of final over sum of budget of the "
                    + "mart_execution_rate rows marked feeds_region_rate")
            .real("mean_satisfaction_target_pct", "Mean satisfaction target, percent points")
            .real("quality_score", "Mean of four shares, 0 to 1: documents parsed, indicators matched, facts without a "
                    + "problem row, reconciliation checks passed")
            .column("doc_ids", DataTypes.createArrayType(DataTypes.StringType), "Documents that feed the row")
            .partitionBy("fiscal_year")
            .key("region_code", "fiscal_year")
            .build();

    public static final List<LakeTable> ALL = List.of(PER_CAPITA_SUBSIDY, EXECUTION_RATE, SATISFACTION_TARGETS, REGION_YEAR);

    private GoldTables() {
    }
}
