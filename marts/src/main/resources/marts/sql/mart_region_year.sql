-- One row per county and year (a prefecture's own documents, such as its allocation notices, are no
-- county's). quality_score is the mean of four shares: documents fully parsed, indicators matched to
-- the taxonomy, facts without a problem row, and reconciliation checks passed (a region without checks
-- counts as passing them).
WITH docs AS (
    SELECT region_code, province, county, fiscal_year, COUNT(*) AS documents,
           SUM(CASE WHEN status = 'parsed' THEN 1 ELSE 0 END) AS parsed_documents,
           {{sorted_set(doc_id)}} AS doc_ids
    FROM documents
    WHERE status <> 'duplicate' AND region_code IS NOT NULL AND county IS NOT NULL AND fiscal_year IS NOT NULL
    GROUP BY region_code, province, county, fiscal_year
), project_stats AS (
    -- every project-level form counts as a project (department-wide forms do not); the budget adds declared amounts, programme by programme as the
    -- per-capita mart does (self-evaluations only where no declaration of that programme is loaded),
    -- and a project printed twice once
    SELECT region_code, fiscal_year, COUNT(*) AS projects,
           CAST(SUM(CASE WHEN occurrence = 1 AND (form_kind = 'declaration' OR declared = 0) THEN budget_yuan END)
                AS DECIMAL(18, 2)) AS total_budget_yuan
    FROM (SELECT *,
                 row_number() OVER (PARTITION BY region_code, fiscal_year, {{without_spaces(project_name)}}
                                    ORDER BY CASE WHEN form_kind = 'declaration' THEN 0 ELSE 1 END, project_id)
                     AS occurrence,
                 max(CASE WHEN form_kind = 'declaration' THEN 1 ELSE 0 END)
                     OVER (PARTITION BY region_code, fiscal_year, coalesce(programme, '')) AS declared
          FROM projects
          WHERE form_kind IS DISTINCT FROM 'department')
    GROUP BY region_code, fiscal_year
), indicator_stats AS (
    SELECT region_code, fiscal_year, COUNT(*) AS indicators, COUNT(indicator_code) AS matched
    FROM indicators GROUP BY region_code, fiscal_year
), line_stats AS (
    SELECT region_code, fiscal_year, COUNT(*) AS lines FROM budget_lines WHERE stage <> 'allocation'
    GROUP BY region_code, fiscal_year
), problem_stats AS (
    SELECT d.region_code, d.fiscal_year, COUNT(*) AS problems
    FROM problems pr JOIN documents d ON d.doc_id = pr.doc_id AND d.source_path = pr.source_path
    GROUP BY d.region_code, d.fiscal_year
), check_stats AS (
    SELECT d.region_code, d.fiscal_year, COUNT(*) AS checks, SUM(CASE WHEN c.passed THEN 1 ELSE 0 END) AS passed
    FROM checks c JOIN documents d ON d.doc_id = c.doc_id AND d.source_path = c.source_path
    GROUP BY d.region_code, d.fiscal_year
), execution AS (
    -- over the rows mart_execution_rate marks as the county's basis (feeds_region_rate)
    SELECT region_code, fiscal_year,
           CAST(SUM(final_yuan) AS DOUBLE) / CAST(SUM(budget_yuan) AS DOUBLE) AS execution_rate
    FROM mart_execution_rate
    WHERE feeds_region_rate
    GROUP BY region_code, fiscal_year
), satisfaction AS (
    SELECT region_code, fiscal_year, AVG(target_pct) AS mean_satisfaction_target_pct
    FROM mart_satisfaction_targets GROUP BY region_code, fiscal_year
)
SELECT d.region_code, d.province, d.county, d.fiscal_year, d.documents,
       COALESCE(p.projects, 0) AS projects, COALESCE(i.indicators, 0) AS indicators, p.total_budget_yuan,
       e.execution_rate, s.mean_satisfaction_target_pct,
       (d.parsed_documents / d.documents
        + CASE WHEN COALESCE(i.indicators, 0) = 0 THEN 1.0 ELSE i.matched / i.indicators END
        + greatest(0.0, 1.0 - COALESCE(pr.problems, 0)
              / greatest(1, COALESCE(p.projects, 0) + COALESCE(i.indicators, 0) + COALESCE(l.lines, 0)))
        + CASE WHEN COALESCE(c.checks, 0) = 0 THEN 1.0 ELSE c.passed / c.checks END) / 4.0
           AS quality_score,
       d.doc_ids
FROM docs d
LEFT JOIN project_stats p ON p.region_code = d.region_code AND p.fiscal_year = d.fiscal_year
LEFT JOIN indicator_stats i ON i.region_code = d.region_code AND i.fiscal_year = d.fiscal_year
LEFT JOIN line_stats l ON l.region_code = d.region_code AND l.fiscal_year = d.fiscal_year
LEFT JOIN problem_stats pr ON pr.region_code = d.region_code AND pr.fiscal_year = d.fiscal_year
LEFT JOIN check_stats c ON c.region_code = d.region_code AND c.fiscal_year = d.fiscal_year
LEFT JOIN execution e ON e.region_code = d.region_code AND e.fiscal_year = d.fiscal_year
LEFT JOIN satisfaction s ON s.region_code = d.region_code AND s.fiscal_year = d.fiscal_year
