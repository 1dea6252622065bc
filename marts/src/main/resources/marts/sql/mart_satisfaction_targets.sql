-- Every satisfaction target (percent), with the actual result where a self-evaluation reports one,
-- against the median target of its province and year.
WITH targets AS (
    SELECT p.region_code, p.province, p.county, p.fiscal_year, p.project_id, p.project_name, i.comparator,
           i.target_base AS target_pct, i.actual_value AS actual_pct, i.indicator_id, i.doc_id
    FROM indicators i
    JOIN projects p ON p.project_id = i.project_id
    WHERE i.indicator_code LIKE 'satisfaction.%' AND i.unit = '%' AND i.target_base IS NOT NULL
)
SELECT region_code, province, county, fiscal_year, project_id, project_name, comparator, target_pct, actual_pct,
       {{median(target_pct)}} OVER (PARTITION BY province, fiscal_year) AS province_median_target_pct,
       target_pct < ${satisfaction.floor.pct} AS below_floor, indicator_id, doc_id
FROM targets
