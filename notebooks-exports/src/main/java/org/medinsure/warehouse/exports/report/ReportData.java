package org.medinsure.warehouse.exports.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Everything one province-year report shows, read from the published warehouse. */
public record ReportData(ProvinceYear provinceYear, String runId, List<LeagueRow> league, List<RateCell> rateHistory,
                         List<CountyExecution> execution, List<Target> targets, Quality quality) {
    public ReportData {
        Objects.requireNonNull(provinceYear, "provinceYear is null");
        league = List.copyOf(league);
        rateHistory = List.copyOf(rateHistory);
        execution = List.copyOf(execution);
        targets = List.copyOf(targets);
        Objects.requireNonNull(quality, "quality is null");
    }

    /** A county's per-capita amount of one programme, placed in its province. */
    public record LeagueRow(String programme, String county, String regionCode, BigDecimal amountYuan,
                            Long beneficiaries, BigDecimal perCapitaYuan, BigDecimal provinceMedianYuan,
                            Double ratioToMedian, Integer rank, int countiesCompared, List<Source> sources) {
    }

    /** A county's overall execution rate in one year (the heat map's cell). */
    public record RateCell(String regionCode, String county, int year, Double rate) {
    }

    /**
     * A county's overall execution rate in the report's year, with the rows it is computed from.
     *
     * @param basisLevel the level of those rows: department, line or project
     * @param flaggedRows rows of the county's execution mart outside the thresholds
     */
    public record CountyExecution(String regionCode, String county, Double rate, String basisLevel,
                                  BigDecimal budgetYuan, BigDecimal finalYuan, int flaggedRows, List<Source> sources) {
    }

    /** One satisfaction target, with the median target of its province and year. */
    public record Target(String county, String regionCode, String projectName, String comparator, double targetPct,
                         Double actualPct, double provinceMedianPct, boolean belowFloor, Source source) {
    }

    /**
     * What the reader must know before trusting the figures.
     *
     * @param statusCounts documents of the province and year by status
     * @param unplaced     documents that name no province or no year, of the whole warehouse
     */
    public record Quality(Map<String, Long> statusCounts, List<CountyQuality> counties, List<IncompleteDocument> incomplete,
                          List<FailedCheck> unreconciled, List<String> unplaced, double satisfactionFloorPct,
                          double executionLow, double executionHigh) {
        public Quality {
            statusCounts = Map.copyOf(statusCounts);
            counties = List.copyOf(counties);
            incomplete = List.copyOf(incomplete);
            unreconciled = List.copyOf(unreconciled);
            unplaced = List.copyOf(unplaced);
        }
    }

    public record CountyQuality(String regionCode, String county, long documents, long projects, long indicators,
                                Double qualityScore) {
    }

    /** A document read in part or not at all, with its first error. */
    public record IncompleteDocument(String path, String status, String county, long problems, String check,
                                     String detail) {
    }

    /** A total that did not reconcile with the figures it should add up to. */
    public record FailedCheck(String county, String check, String scope, BigDecimal expectedYuan, BigDecimal foundYuan,
                              Source source) {
    }
}
