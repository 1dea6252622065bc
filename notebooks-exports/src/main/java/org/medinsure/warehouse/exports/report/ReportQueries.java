package org.medinsure.warehouse.exports.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.medinsure.warehouse.exports.report.ReportData.CountyExecution;
import org.medinsure.warehouse.exports.report.ReportData.CountyQuality;
import org.medinsure.warehouse.exports.report.ReportData.FailedCheck;
import org.medinsure.warehouse.exports.report.ReportData.IncompleteDocument;
import org.medinsure.warehouse.exports.report.ReportData.LeagueRow;
import org.medinsure.warehouse.exports.report.ReportData.RateCell;
import org.medinsure.warehouse.exports.report.ReportData.Target;

/**
 * Reads a province-year's report from the published warehouse. The province and year are bound
 * parameters of every statement, never spliced into SQL; each statement is prepared once and run
 * again for every report read with the same queries.
 */
public final class ReportQueries implements AutoCloseable {
    /** Documents unplaced in any province or year listed by name in a report; the rest are counted. */
    static final int UNPLACED_LISTED = 30;

    /**
     * The name of a row's region: a prefecture's own rows (codes ending in 00) have no county and are
     * named after the prefecture ("聊城市本级"), else by their code.
     */
    private static final String REGION_NAME = "coalesce(%1$s.county, (SELECT any_value(d.prefecture) || ? FROM documents d "
            + "WHERE d.region_code = %1$s.region_code), %1$s.region_code)";

    private final Connection connection;
    private final Map<String, Double> thresholds;
    private final String ownLevel;
    private final Map<String, PreparedStatement> prepared = new java.util.HashMap<>();

    /** @param thresholds the mart thresholds in force (satisfaction.floor.pct, execution.low, execution.high) */
    public ReportQueries(Connection connection, Map<String, Double> thresholds, ReportText text) {
        this.connection = Objects.requireNonNull(connection, "connection is null");
        this.thresholds = Map.copyOf(Objects.requireNonNull(thresholds, "thresholds is null"));
        this.ownLevel = text.get("prefecture.own");
    }

    /** Every province and year with at least one county in the warehouse, by province code then year. */
    public List<ProvinceYear> provinceYears() throws SQLException {
        return list("SELECT province, substr(region_code, 1, 2) || '0000' AS code, fiscal_year FROM mart_region_year "
                        + "WHERE province IS NOT NULL GROUP BY ALL ORDER BY code, fiscal_year", List.of(),
                row -> new ProvinceYear(row.getString(1), row.getString(2), row.getInt(3)));
    }

    /** One province-year's report. */
    public ReportData load(ProvinceYear provinceYear) throws SQLException {
        return loadProvince(provinceYear.province(), List.of(provinceYear)).get(0);
    }

    /** The run the warehouse was last published by, as the reports name it ("—" when none is recorded). */
    public String latestRunId() throws SQLException {
        return list("SELECT run_id FROM runs ORDER BY started_at DESC, run_id DESC LIMIT 1", List.of(),
                row -> row.getString(1)).stream().findFirst().orElse("—");
    }

    /** The documents of the whole warehouse that name no province or no year, by path: every report lists them. */
    public List<String> unplaced() throws SQLException {
        return list("SELECT source_path FROM documents WHERE status <> 'duplicate' "
                + "AND (province IS NULL OR fiscal_year IS NULL) ORDER BY source_path", List.of(), row -> row.getString(1));
    }

    /**
     * The reports of some years of one province, read with one run of each statement for the whole
     * province (the statements' fixed cost, not their rows, is what a small warehouse spends its time on).
     */
    public List<ReportData> loadProvince(String province, List<ProvinceYear> years) throws SQLException {
        Objects.requireNonNull(province, "province is null");
        List<Object> key = List.of(province);
        String runId = latestRunId();
        Map<Integer, List<LeagueRow>> league = league(key);
        List<RateCell> rateHistory = list("SELECT region_code, county, fiscal_year, execution_rate FROM mart_region_year "
                        + "WHERE province = ? ORDER BY region_code, fiscal_year", key,
                row -> new RateCell(row.getString(1), row.getString(2), row.getInt(3), nullableDouble(row, 4)));
        Map<Integer, List<CountyExecution>> execution = execution(key);
        Map<Integer, List<Target>> targets = targets(key);
        Map<Integer, Map<String, Long>> statuses = new HashMap<>();
        for (Object[] row : list("SELECT fiscal_year, status, count(*) FROM documents WHERE province = ? "
                + "AND fiscal_year IS NOT NULL GROUP BY ALL", key, row -> new Object[] {row.getInt(1), row.getString(2),
                row.getLong(3)})) {
            statuses.computeIfAbsent((Integer) row[0], year -> new TreeMap<>()).put((String) row[1], (Long) row[2]);
        }
        Map<Integer, List<CountyQuality>> counties = byYear("SELECT fiscal_year, region_code, county, documents, projects, "
                        + "indicators, quality_score FROM mart_region_year WHERE province = ? ORDER BY region_code", key,
                row -> new CountyQuality(row.getString(2), row.getString(3), row.getLong(4), row.getLong(5),
                        row.getLong(6), nullableDouble(row, 7)));
        Map<Integer, List<IncompleteDocument>> incomplete = byYear("""
                WITH incomplete AS (
                    SELECT doc_id, source_path, status, county, problem_count, fiscal_year FROM documents
                    WHERE province = ? AND fiscal_year IS NOT NULL AND status IN ('partial', 'rejected')
                ), first_errors AS (
                    SELECT p.doc_id, p.source_path, p."check", p.detail,
                           row_number() OVER (PARTITION BY p.doc_id, p.source_path
                                              ORDER BY p.source_line, p."check", p.detail) AS position
                    FROM problems p JOIN incomplete i ON i.doc_id = p.doc_id AND i.source_path = p.source_path
                    WHERE p.severity = 'error'
                )
                SELECT i.fiscal_year, i.source_path, i.status, i.county, i.problem_count, e."check", e.detail
                FROM incomplete i
                LEFT JOIN first_errors e ON e.doc_id = i.doc_id AND e.source_path = i.source_path AND e.position = 1
                ORDER BY i.source_path""", key,
                row -> new IncompleteDocument(row.getString(2), row.getString(3), row.getString(4), row.getLong(5),
                        row.getString(6), row.getString(7)));
        Map<Integer, List<FailedCheck>> unreconciled = byYear("SELECT fiscal_year, county, \"check\", scope, expected_yuan, "
                        + "found_yuan, source_path, source_line, source_page, page_line FROM checks WHERE province = ? "
                        + "AND NOT passed ORDER BY region_code, source_path, source_line, \"check\", scope, expected_yuan", key,
                row -> new FailedCheck(row.getString(2), row.getString(3), row.getString(4), row.getBigDecimal(5),
                        row.getBigDecimal(6), source(row, 7)));
        List<String> unplaced = unplaced();
        List<ReportData> reports = new ArrayList<>();
        for (ProvinceYear provinceYear : years) {
            if (!provinceYear.province().equals(province)) {
                throw new IllegalArgumentException(provinceYear + " is not of " + province);
            }
            int year = provinceYear.year();
            ReportData.Quality quality = new ReportData.Quality(statuses.getOrDefault(year, Map.of()),
                    counties.getOrDefault(year, List.of()), incomplete.getOrDefault(year, List.of()),
                    unreconciled.getOrDefault(year, List.of()), unplaced, threshold("satisfaction.floor.pct"),
                    threshold("execution.low"), threshold("execution.high"));
            reports.add(new ReportData(provinceYear, runId, league.getOrDefault(year, List.of()), rateHistory,
                    execution.getOrDefault(year, List.of()), targets.getOrDefault(year, List.of()), quality));
        }
        return reports;
    }

    private Map<Integer, List<LeagueRow>> league(List<Object> key) throws SQLException {
        // a mart row's projects are of its province and year: the filter lets the scan skip the rest
        Map<String, List<Source>> sources = sources("""
                WITH fed AS (
                    SELECT region_code, fiscal_year, programme, unnest(project_ids) AS project_id
                    FROM mart_per_capita_subsidy WHERE province = ?
                )
                SELECT f.region_code || '|' || f.fiscal_year || '|' || f.programme, p.source_path, p.source_line,
                       p.source_page, p.page_line
                FROM fed f JOIN projects p ON p.project_id = f.project_id
                WHERE p.province = ?""", twice(key));
        return byYear("SELECT fiscal_year, programme, " + REGION_NAME.formatted("m") + ", region_code, amount_yuan, "
                        + "beneficiaries, per_capita_yuan, province_median_yuan, ratio_to_province_median, rank_in_province, "
                        + "n_in_province FROM mart_per_capita_subsidy m WHERE province = ? "
                        + "ORDER BY programme, rank_in_province NULLS LAST, region_code", named(key),
                row -> new LeagueRow(row.getString(2), row.getString(3), row.getString(4), row.getBigDecimal(5),
                        nullableLong(row, 6), row.getBigDecimal(7), row.getBigDecimal(8), nullableDouble(row, 9),
                        nullableInt(row, 10), row.getInt(11), sources.getOrDefault(row.getString(4) + "|" + row.getInt(1)
                        + "|" + row.getString(2), List.of())));
    }

    private Map<Integer, List<CountyExecution>> execution(List<Object> key) throws SQLException {
        // the lines each basis row was read from: totals of the two tables, the class lines, the forms
        Map<String, List<Source>> sources = sources("""
                WITH basis AS (
                    SELECT region_code, fiscal_year, level, item_code, budget_yuan, final_yuan, unnest(doc_ids) AS doc_id
                    FROM mart_execution_rate WHERE province = ? AND feeds_region_rate
                )
                SELECT b.region_code || '|' || b.fiscal_year, t.source_path, t.source_line, t.source_page, t.page_line
                FROM basis b JOIN table_totals t ON t.doc_id = b.doc_id AND t.region_code = b.region_code
                     AND t.fiscal_year = b.fiscal_year AND t.amount_yuan IN (b.budget_yuan, b.final_yuan)
                WHERE b.level = 'department'
                UNION
                SELECT b.region_code || '|' || b.fiscal_year, l.source_path, l.source_line, l.source_page, l.page_line
                FROM basis b JOIN budget_lines l ON l.doc_id = b.doc_id AND l.function_code = b.item_code
                     AND l.stage IN ('budget', 'final') AND l.total_yuan IN (b.budget_yuan, b.final_yuan)
                WHERE b.level = 'line'
                UNION
                SELECT b.region_code || '|' || b.fiscal_year, p.source_path, p.source_line, p.source_page, p.page_line
                FROM basis b JOIN projects p ON p.project_id = b.item_code
                WHERE b.level = 'project'""", key);
        return byYear("""
                SELECT r.fiscal_year, r.region_code, r.county, r.execution_rate,
                       min(e.level) FILTER (WHERE e.feeds_region_rate),
                       sum(e.budget_yuan) FILTER (WHERE e.feeds_region_rate),
                       sum(e.final_yuan) FILTER (WHERE e.feeds_region_rate),
                       count(*) FILTER (WHERE e.flag IN ('low', 'high'))
                FROM mart_region_year r
                LEFT JOIN mart_execution_rate e ON e.region_code = r.region_code AND e.fiscal_year = r.fiscal_year
                WHERE r.province = ?
                GROUP BY r.fiscal_year, r.region_code, r.county, r.execution_rate
                ORDER BY r.execution_rate NULLS LAST, r.region_code""", key,
                row -> new CountyExecution(row.getString(2), row.getString(3), nullableDouble(row, 4), row.getString(5),
                        row.getBigDecimal(6), row.getBigDecimal(7), row.getInt(8),
                        sources.getOrDefault(row.getString(2) + "|" + row.getInt(1), List.of())));
    }

    private Map<Integer, List<Target>> targets(List<Object> key) throws SQLException {
        return byYear("SELECT t.fiscal_year, " + REGION_NAME.formatted("t") + ", t.region_code, t.project_name, "
                        + "t.comparator, t.target_pct, t.actual_pct, t.province_median_target_pct, t.below_floor, "
                        + "i.source_path, i.source_line, i.source_page, i.page_line "
                        + "FROM mart_satisfaction_targets t JOIN indicators i ON i.indicator_id = t.indicator_id "
                        + "WHERE t.province = ? ORDER BY t.target_pct, t.region_code, t.project_name, t.indicator_id",
                named(key), row -> new Target(row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                        row.getDouble(6), nullableDouble(row, 7), row.getDouble(8), row.getBoolean(9), source(row, 10)));
    }

    /** Rows of a statement whose first column is the fiscal year, by year, in the statement's order. */
    private <T> Map<Integer, List<T>> byYear(String sql, List<Object> parameters, RowReader<T> reader) throws SQLException {
        Map<Integer, List<T>> byYear = new HashMap<>();
        for (Object[] row : list(sql, parameters, result -> {
            int year = result.getInt(1);
            return new Object[] {result.wasNull() ? null : year, reader.read(result)};
        })) {
            if (row[0] != null) {
                @SuppressWarnings("unchecked")
                T value = (T) row[1];
                byYear.computeIfAbsent((Integer) row[0], y -> new ArrayList<>()).add(value);
            }
        }
        return byYear;
    }

    private static List<Object> twice(List<Object> parameters) {
        List<Object> both = new ArrayList<>(parameters);
        both.addAll(parameters);
        return both;
    }

    /** The parameters of a statement that names regions ({@link #REGION_NAME}) before its own. */
    private List<Object> named(List<Object> parameters) {
        List<Object> all = new ArrayList<>(List.of(ownLevel));
        all.addAll(parameters);
        return all;
    }

    private double threshold(String name) {
        Double value = thresholds.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No mart threshold " + name + " among " + new TreeSet<>(thresholds.keySet()));
        }
        return value;
    }

    /** Sources by key, from a query of (key, path, line, page, page line); each key's sources sorted, once each. */
    private Map<String, List<Source>> sources(String sql, List<Object> parameters) throws SQLException {
        Map<String, TreeSet<Source>> byKey = new LinkedHashMap<>();
        for (Object[] pair : list(sql, parameters, row -> new Object[] {row.getString(1), source(row, 2)})) {
            byKey.computeIfAbsent((String) pair[0], k -> new TreeSet<>()).add((Source) pair[1]);
        }
        Map<String, List<Source>> sorted = new LinkedHashMap<>();
        byKey.forEach((k, v) -> sorted.put(k, List.copyOf(v)));
        return sorted;
    }

    private static Source source(ResultSet row, int first) throws SQLException {
        return new Source(row.getString(first), row.getLong(first + 1), nullableInt(row, first + 2),
                nullableInt(row, first + 3));
    }

    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> list(String sql, List<Object> parameters, RowReader<T> reader) throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        }
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        List<T> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(reader.read(result));
            }
        }
        return rows;
    }

    /** Closes the statements prepared for the reports read with these queries. */
    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement statement : prepared.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        prepared.clear();
        if (first != null) {
            throw first;
        }
    }

    private static Double nullableDouble(ResultSet row, int column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    private static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
