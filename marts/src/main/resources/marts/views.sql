-- Ready-made views for dashboards (Superset, Metabase, Evidence, Grafana). One statement each,
-- ending with a semicolon at the end of a line; each view has a COMMENT, and so does each column the
-- view computes. A column passed through from a table takes that table's comment when published (the
-- first table the view names that has the column).
CREATE VIEW v_province_year_league AS
SELECT province, fiscal_year, county, region_code, projects, total_budget_yuan, execution_rate,
       mean_satisfaction_target_pct, quality_score,
       rank() OVER (PARTITION BY province, fiscal_year ORDER BY total_budget_yuan DESC NULLS LAST) AS budget_rank,
       rank() OVER (PARTITION BY province, fiscal_year ORDER BY mean_satisfaction_target_pct DESC NULLS LAST) AS satisfaction_rank,
       rank() OVER (PARTITION BY province, fiscal_year ORDER BY quality_score DESC NULLS LAST) AS quality_rank
FROM mart_region_year;
COMMENT ON VIEW v_province_year_league IS 'Counties of each province and year side by side, ranked by budget, satisfaction target and data quality';
COMMENT ON COLUMN v_province_year_league.budget_rank IS 'Rank of the county by total budget within its province and year (1 = largest; ties share a rank)';
COMMENT ON COLUMN v_province_year_league.satisfaction_rank IS 'Rank of the county by mean satisfaction target within its province and year (1 = highest)';
COMMENT ON COLUMN v_province_year_league.quality_rank IS 'Rank of the county by data-quality score within its province and year (1 = best)';
CREATE VIEW v_document_status AS
SELECT d.province, d.county, d.fiscal_year, d.doc_type, d.status, d.source_path, d.problem_count,
       COUNT(p.check) FILTER (WHERE p.severity = 'error') AS errors,
       COUNT(p.check) FILTER (WHERE p.severity = 'warning') AS warnings
FROM documents d LEFT JOIN problems p ON p.doc_id = d.doc_id AND p.source_path = d.source_path
GROUP BY ALL;
COMMENT ON VIEW v_document_status IS 'Every input file with its status and its error and warning counts: where the warehouse is incomplete';
COMMENT ON COLUMN v_document_status.errors IS 'Problems of severity error the file has';
COMMENT ON COLUMN v_document_status.warnings IS 'Problems of severity warning the file has';
CREATE VIEW v_per_capita_comparison AS
SELECT province, fiscal_year, programme, county, per_capita_yuan, province_median_yuan, ratio_to_province_median,
       rank_in_province, n_in_province, amount_yuan, beneficiaries
FROM mart_per_capita_subsidy
WHERE per_capita_yuan IS NOT NULL;
COMMENT ON VIEW v_per_capita_comparison IS 'Per-capita amounts of comparable programmes across the counties of a province and year';
