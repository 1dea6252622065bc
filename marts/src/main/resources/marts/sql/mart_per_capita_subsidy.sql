-- Yuan per beneficiary per county, year and programme. Projects of one programme in one county
-- (central, provincial and county shares of the same subsidy) serve the same population, so
-- amounts add up and the head-count is the largest one stated, not the sum. Amounts are budgeted
-- amounts: from the declarations where the county's declarations of that year and programme are
-- loaded, from self-evaluations (and summary-table rows) only where they are not, and a project printed
-- twice counts once. Department-wide forms are not projects of a programme and are left out.
WITH distinct_projects AS (
    SELECT *
    FROM (SELECT *,
                 row_number() OVER (PARTITION BY region_code, fiscal_year, programme,
                                                 {{without_spaces(project_name)}}
                                    ORDER BY CASE WHEN form_kind = 'declaration' THEN 0 ELSE 1 END, project_id)
                     AS occurrence,
                 max(CASE WHEN form_kind = 'declaration' THEN 1 ELSE 0 END)
                     OVER (PARTITION BY region_code, fiscal_year, programme) AS declared
          FROM projects
          WHERE form_kind IS DISTINCT FROM 'department')
    WHERE occurrence = 1 AND (form_kind = 'declaration' OR declared = 0)
), programme_totals AS (
    SELECT region_code, province, county, fiscal_year, programme,
           CAST(SUM(budget_yuan) AS DECIMAL(18, 2)) AS amount_yuan,
           MAX(beneficiaries) AS beneficiaries,
           {{sorted_set(project_id)}} AS project_ids,
           {{sorted_set(doc_id)}} AS doc_ids
    FROM distinct_projects
    WHERE programme IS NOT NULL AND region_code IS NOT NULL AND budget_yuan IS NOT NULL
    GROUP BY region_code, province, county, fiscal_year, programme
), per_capita AS (
    SELECT *, CASE WHEN beneficiaries > 0 THEN CAST(amount_yuan / beneficiaries AS DECIMAL(18, 2)) END AS per_capita_yuan
    FROM programme_totals
), placed AS (
    SELECT *,
           CAST({{median_money(per_capita_yuan, peers)}} AS DECIMAL(18, 2)) AS province_median_yuan,
           CAST(COUNT(per_capita_yuan) OVER peers AS INT) AS n_in_province,
           CASE WHEN per_capita_yuan IS NOT NULL
                THEN CAST(rank() OVER (PARTITION BY province, fiscal_year, programme, per_capita_yuan IS NULL
                                       ORDER BY per_capita_yuan DESC) AS INT) END AS rank_in_province
    FROM per_capita
    WINDOW peers AS (PARTITION BY province, fiscal_year, programme)
)
SELECT region_code, province, county, fiscal_year, programme, amount_yuan, beneficiaries, per_capita_yuan,
       province_median_yuan,
       CASE WHEN province_median_yuan > 0 THEN round(CAST(per_capita_yuan AS DOUBLE) / CAST(province_median_yuan AS DOUBLE), 4) END
           AS ratio_to_province_median,
       rank_in_province, n_in_province, project_ids, doc_ids
FROM placed
