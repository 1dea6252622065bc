package org.medinsure.warehouse.cli;

import java.util.List;

/**
 * The queries a dashboard runs on the published warehouse, each with its parameters bound: a
 * province's league of per-capita subsidy for one programme and year; a county's execution rates
 * over the years; the satisfaction targets below the floor. {@code bench} times them; the
 * dashboard-client test runs them in the DuckDB client dashboards use.
 */
public final class DashboardQueries {
    /** A query and its parameters, in the order of its {@code ?}. */
    public record Query(String name, String sql, List<Object> parameters) {
        /** The SQL with its parameters written in, for a client given text alone; quotes are doubled. */
        public String inlined() {
            String text = sql;
            for (Object parameter : parameters) {
                String literal = parameter instanceof Number ? parameter.toString()
                        : "'" + parameter.toString().replace("'", "''") + "'";
                text = text.replaceFirst("\\?", java.util.regex.Matcher.quoteReplacement(literal));
            }
            return text;
        }
    }

    private DashboardQueries() {
    }

    public static List<Query> of(String province, String programme, int year, String county) {
        return List.of(
                new Query("province league", "SELECT county, per_capita_yuan::VARCHAR, rank_in_province::VARCHAR "
                        + "FROM mart_per_capita_subsidy WHERE province = ? AND programme = ? AND fiscal_year = ? "
                        + "ORDER BY rank_in_province, county", List.of(province, programme, year)),
                new Query("county execution over years", "SELECT fiscal_year::VARCHAR, count(*)::VARCHAR, "
                        + "round(avg(execution_rate), 4)::VARCHAR FROM mart_execution_rate WHERE county = ? "
                        + "GROUP BY fiscal_year ORDER BY fiscal_year", List.of(county)),
                new Query("targets below the floor", "SELECT county, project_name, target_pct::VARCHAR "
                        + "FROM mart_satisfaction_targets WHERE below_floor ORDER BY 1, 2", List.of()));
    }
}
