-- Final over budget at three levels. Lines: the county's final accounts against its budget for the
-- same year and classification code; where a code appears in several tables, an expenditure table
-- (支出) is preferred over an income one, and within those the largest (all-funds) amount. Projects: self-evaluations' executed over budgeted.
-- Departments: total expenditure of the final accounts against that of the budget, and the
-- comparisons the documents state themselves.
WITH ranked_lines AS (
    SELECT *,
           row_number() OVER (PARTITION BY region_code, fiscal_year, stage, function_code
                              ORDER BY CASE WHEN table_name LIKE '%支出%' THEN 0 ELSE 1 END, total_yuan DESC,
                                       table_name) AS preference
    FROM budget_lines
    WHERE function_code IS NOT NULL AND region_code IS NOT NULL AND total_yuan IS NOT NULL
), line_amounts AS (
    SELECT region_code, province, county, fiscal_year, stage, function_code, function_name,
           total_yuan AS amount_yuan, {{list_of(doc_id)}} AS doc_ids
    FROM ranked_lines
    WHERE preference = 1
), lines AS (
    SELECT b.region_code, b.province, b.county, b.fiscal_year, 'line' AS level, b.function_code AS item_code,
           b.function_name AS item_name, b.amount_yuan AS budget_yuan, f.amount_yuan AS final_yuan,
           CAST(NULL AS DOUBLE) AS stated_rate_pct, {{sorted_union(b.doc_ids, f.doc_ids)}} AS doc_ids
    FROM line_amounts b
    JOIN line_amounts f
      ON b.region_code = f.region_code AND b.fiscal_year = f.fiscal_year AND b.function_code = f.function_code
    WHERE b.stage = 'budget' AND f.stage = 'final'
), projects_executed AS (
    SELECT region_code, province, county, fiscal_year, 'project' AS level, project_id AS item_code,
           project_name AS item_name, budget_yuan, executed_yuan AS final_yuan,
           CAST(NULL AS DOUBLE) AS stated_rate_pct, {{list_of(doc_id)}} AS doc_ids
    FROM projects
    WHERE executed_yuan IS NOT NULL AND region_code IS NOT NULL
), expenditure_totals AS (
    -- 支出合计 (this year's spending) before a bare 合计, before 总计 (which adds year-end balances)
    SELECT region_code, province, county, fiscal_year, stage, amount_yuan, {{list_of(doc_id)}} AS doc_ids
    FROM (SELECT *,
                 row_number() OVER (PARTITION BY region_code, fiscal_year, stage
                                    ORDER BY CASE WHEN label LIKE '%支出合计%' THEN 0
                                                  WHEN label LIKE '%合计%' THEN 1 ELSE 2 END,
                                             amount_yuan DESC, table_name) AS preference
          FROM table_totals
          WHERE region_code IS NOT NULL AND amount_yuan IS NOT NULL
            AND (side = '支出' OR (side IS NULL AND table_name LIKE '%支出%'))
            AND (label LIKE '%合计%' OR label LIKE '%总计%'))
    WHERE preference = 1
), department_totals AS (
    SELECT b.region_code, b.province, b.county, b.fiscal_year, 'department' AS level, 'total' AS item_code,
           '支出合计' AS item_name, b.amount_yuan AS budget_yuan, f.amount_yuan AS final_yuan,
           CAST(NULL AS DOUBLE) AS stated_rate_pct, {{sorted_union(b.doc_ids, f.doc_ids)}} AS doc_ids
    FROM expenditure_totals b
    JOIN expenditure_totals f ON b.region_code = f.region_code AND b.fiscal_year = f.fiscal_year
    WHERE b.stage = 'budget' AND f.stage = 'final'
), departments AS (
    SELECT region_code, province, county, fiscal_year, 'department' AS level, function_code AS item_code,
           item AS item_name, budget_yuan, final_yuan, rate_pct AS stated_rate_pct, {{list_of(doc_id)}} AS doc_ids
    FROM execution_statements
    WHERE region_code IS NOT NULL AND (budget_yuan IS NOT NULL OR final_yuan IS NOT NULL OR rate_pct IS NOT NULL)
), all_levels AS (
    SELECT * FROM lines
    UNION ALL SELECT * FROM projects_executed
    UNION ALL SELECT * FROM department_totals
    UNION ALL SELECT * FROM departments
), rated AS (
    SELECT *,
           CASE WHEN budget_yuan > 0 AND final_yuan IS NOT NULL THEN CAST(final_yuan AS DOUBLE) / CAST(budget_yuan AS DOUBLE)
                WHEN budget_yuan IS NULL AND stated_rate_pct IS NOT NULL THEN stated_rate_pct / 100.0 END AS execution_rate
    FROM all_levels
), based AS (
    -- the rows a county's overall rate (mart_region_year) is computed from: its department's total
    -- expenditure where both budget and final accounts give one, else its 类 lines, else its
    -- self-evaluated projects
    SELECT *,
           CASE WHEN level = 'department' AND item_code = 'total' AND execution_rate IS NOT NULL THEN 1
                WHEN level = 'line' AND length(item_code) = 3 AND budget_yuan > 0 THEN 2
                WHEN level = 'project' AND budget_yuan > 0 THEN 3 END AS basis
    FROM rated
)
SELECT region_code, province, county, fiscal_year, level, item_code, item_name, budget_yuan, final_yuan, execution_rate,
       CASE WHEN (budget_yuan IS NULL OR budget_yuan = 0) AND execution_rate IS NULL THEN 'no_budget'
            WHEN execution_rate < ${execution.low} THEN 'low'
            WHEN execution_rate > ${execution.high} THEN 'high' END AS flag,
       stated_rate_pct, doc_ids,
       COALESCE(basis = min(basis) OVER (PARTITION BY region_code, fiscal_year), false) AS feeds_region_rate
FROM based
