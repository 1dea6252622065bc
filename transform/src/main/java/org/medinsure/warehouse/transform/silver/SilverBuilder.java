package org.medinsure.warehouse.transform.silver;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.medinsure.warehouse.ingest.lake.BronzeTables;
import org.medinsure.warehouse.ingest.lake.LakeTable;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.transform.lake.SilverTables;
import org.medinsure.warehouse.transform.project.NormalisedIndicator;
import org.medinsure.warehouse.transform.project.NormalisedProject;
import org.medinsure.warehouse.transform.project.ProjectNormaliser;
import org.medinsure.warehouse.transform.project.RawIndicator;
import org.medinsure.warehouse.transform.project.RawProject;
import org.medinsure.warehouse.transform.region.Region;
import org.medinsure.warehouse.transform.region.RegionGazetteer;
import org.medinsure.warehouse.transform.region.RegionMatch;

/**
 * Turns the bronze rows of a batch of whole documents (every fact of each document is in the
 * batch, as ingest writes them) into silver rows: documents get their region, facts the region of
 * their document, projects and indicators their normalised programme, codes, comparators and
 * units, allocation rows the region they allocate to; what cannot be resolved is a problem row.
 * Rows are maps from column name to value; columns a table does not have are left out on writing.
 */
public final class SilverBuilder implements Serializable {
    private static final String DUPLICATE = "duplicate";

    private final RegionGazetteer gazetteer;
    private final ProjectNormaliser normaliser;

    public SilverBuilder(RegionGazetteer gazetteer, ProjectNormaliser normaliser) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer is null");
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser is null");
    }

    /** @param bronze the batch's rows of every bronze table; a table the map lacks has none */
    public Map<LakeTable, List<Map<String, Object>>> build(Map<LakeTable, List<Map<String, Object>>> bronze) {
        Map<LakeTable, List<Map<String, Object>>> silver = new LinkedHashMap<>();
        for (LakeTable table : SilverTables.ALL) {
            silver.put(table, new ArrayList<>());
        }
        Map<String, Map<String, Object>> primaryRegions = new HashMap<>();
        for (Map<String, Object> document : rows(bronze, BronzeTables.DOCUMENTS)) {
            RegionMatch match = gazetteer.resolve((String) document.get("department"),
                    (String) document.get("region_context"), (String) document.get("source_path"));
            String method = match.method() + (match.candidates().isEmpty() ? "" : ":" + String.join("|", match.candidates()));
            Map<String, Object> row = new HashMap<>(document);
            putRegion(row, match.region());
            row.put("region_method", method.contains(":") ? "ambiguous" : method);
            silver.get(SilverTables.DOCUMENTS).add(row);
            String status = (String) document.get("status");
            if (!DUPLICATE.equals(status)) {
                Map<String, Object> region = new HashMap<>();
                putRegion(region, match.region());
                region.put("fiscal_year", document.get("fiscal_year"));
                primaryRegions.put((String) document.get("doc_id"), region);
                if (match.region() == null && ("parsed".equals(status) || "partial".equals(status))) {
                    silver.get(SilverTables.PROBLEMS).add(problem(document.get("doc_id"), document.get("source_path"), 0L,
                            method.startsWith("ambiguous") ? "ambiguous_region" : "unmatched_region", "warning",
                            document.get("source_path") + ": cannot resolve the region of the document from its department,"
                                    + " header or path (" + method + ")"));
                }
            }
        }
        projects(bronze, primaryRegions, silver);
        for (Map<String, Object> line : rows(bronze, BronzeTables.BUDGET_LINES)) {
            withRegion(line, primaryRegions).ifPresent(row -> silver.get(SilverTables.BUDGET_LINES).add(budgetLine(row)));
        }
        copyWithRegion(bronze, BronzeTables.TABLE_TOTALS, SilverTables.TABLE_TOTALS, primaryRegions, silver);
        copyWithRegion(bronze, BronzeTables.EXECUTION_STATEMENTS, SilverTables.EXECUTION_STATEMENTS, primaryRegions, silver);
        copyWithRegion(bronze, BronzeTables.STATED_TOTALS, SilverTables.STATED_TOTALS, primaryRegions, silver);
        copyWithRegion(bronze, BronzeTables.CHECKS, SilverTables.CHECKS, primaryRegions, silver);
        silver.get(SilverTables.PROBLEMS).addAll(0, rows(bronze, BronzeTables.PROBLEMS));
        return silver;
    }

    /** Project forms with their normalised programme and beneficiaries; their indicators normalised with them. */
    private void projects(Map<LakeTable, List<Map<String, Object>>> bronze, Map<String, Map<String, Object>> regions,
                          Map<LakeTable, List<Map<String, Object>>> silver) {
        Map<String, List<Map<String, Object>>> indicatorsByProject = new HashMap<>();
        for (Map<String, Object> indicator : rows(bronze, BronzeTables.INDICATOR_ROWS)) {
            indicatorsByProject.computeIfAbsent((String) indicator.get("project_id"), id -> new ArrayList<>()).add(indicator);
        }
        for (Map<String, Object> form : rows(bronze, BronzeTables.PROJECT_FORMS)) {
            String projectId = (String) form.get("project_id");
            List<Map<String, Object>> indicators = new ArrayList<>(indicatorsByProject.getOrDefault(projectId, List.of()));
            indicators.sort(Comparator.comparing(row -> (String) row.get("indicator_id")));
            NormalisedProject project = normaliser.normalise(rawProject(form), indicators.stream().map(SilverBuilder::rawIndicator).toList());
            for (Problem problem : project.problems()) {
                silver.get(SilverTables.PROBLEMS).add(problem(form.get("doc_id"), form.get("source_path"),
                        (long) problem.sourceLine(), problem.check(), problem.severity().code(), problem.detail()));
            }
            Map<String, Object> region = regions.get((String) form.get("doc_id"));
            if (region == null) {
                continue; // the facts of a document that is not loaded (a duplicate's) are not either
            }
            Map<String, Object> row = new HashMap<>(form);
            row.putAll(region);
            row.put("programme", project.programme());
            row.put("beneficiaries", project.beneficiaries());
            row.put("beneficiaries_source", project.beneficiariesSource());
            silver.get(SilverTables.PROJECTS).add(row);
            Map<String, Map<String, Object>> rowsById = new HashMap<>();
            for (Map<String, Object> indicator : indicators) {
                rowsById.put((String) indicator.get("indicator_id"), indicator);
            }
            for (NormalisedIndicator normalised : project.indicators()) {
                Map<String, Object> printed = rowsById.get(normalised.indicatorId());
                if (printed != null) {
                    silver.get(SilverTables.INDICATORS).add(indicatorRow(printed, normalised, region));
                }
            }
        }
    }

    private static Map<String, Object> indicatorRow(Map<String, Object> printed, NormalisedIndicator indicator,
                                                    Map<String, Object> region) {
        Map<String, Object> row = new HashMap<>(printed);
        row.put("level1_raw", printed.get("level1"));
        row.put("level2_raw", printed.get("level2"));
        row.put("level1", indicator.level1());
        row.put("level2", indicator.level2());
        row.put("indicator_code", indicator.indicatorCode());
        row.put("match_method", indicator.matchMethod());
        row.put("match_confidence", indicator.matchConfidence());
        row.put("comparator", indicator.comparator());
        row.put("target_value", indicator.targetValue());
        row.put("unit", indicator.unit());
        row.put("target_base", indicator.targetBase());
        row.put("qualitative", indicator.qualitative());
        row.put("actual_value", indicator.actualValue());
        row.put("qualitative_rank", indicator.qualitativeRank());
        row.put("unit_source", indicator.unitSource());
        row.put("region_code", region.get("region_code"));
        row.put("province", region.get("province"));
        row.put("fiscal_year", region.get("fiscal_year"));
        return row;
    }

    private static RawProject rawProject(Map<String, Object> form) {
        return new RawProject((String) form.get("project_id"), (String) form.get("project_name"),
                (String) form.get("form_kind"), (String) form.get("implementing_unit"), (BigDecimal) form.get("budget_yuan"),
                (BigDecimal) form.get("executed_yuan"), (String) form.get("basis_text"), (String) form.get("declared_unit"));
    }

    private static RawIndicator rawIndicator(Map<String, Object> row) {
        return new RawIndicator((String) row.get("indicator_id"), (Long) row.get("source_line"), (String) row.get("level1"),
                (String) row.get("level2"), (String) row.get("name_raw"), (String) row.get("value_raw"),
                (String) row.get("standard_raw"), (String) row.get("actual_raw"), (String) row.get("unit_hint"));
    }

    /**
     * A budget line with its classification level and allocation amounts; an allocation row
     * belongs to the region it allocates to, its name resolved among the issuer's counties (a unit
     * that is no region, a prefecture hospital, stays with the issuer).
     */
    private Map<String, Object> budgetLine(Map<String, Object> row) {
        String code = (String) row.get("function_code");
        row.put("function_level", code == null ? null : switch (code.length()) {
            case 3 -> "类";
            case 5 -> "款";
            case 7 -> "项";
            default -> null;
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> others = (Map<String, Object>) row.get("other_amounts");
        row.put("already_allocated_yuan", others == null ? null : others.get("already"));
        row.put("this_allocation_yuan", others == null ? null : others.get("this_time"));
        String regionName = (String) row.get("region_name");
        if (regionName != null) {
            Region issuer = row.get("region_code") == null ? null : gazetteer.byCode((String) row.get("region_code"));
            gazetteer.resolveName(regionName, issuer).ifPresent(region -> putRegion(row, region));
        }
        return row;
    }

    private static void copyWithRegion(Map<LakeTable, List<Map<String, Object>>> bronze, LakeTable from, LakeTable to,
                                       Map<String, Map<String, Object>> regions,
                                       Map<LakeTable, List<Map<String, Object>>> silver) {
        for (Map<String, Object> fact : rows(bronze, from)) {
            withRegion(fact, regions).ifPresent(silver.get(to)::add);
        }
    }

    /** A fact with its document's region; none for a fact of a document not loaded. */
    private static java.util.Optional<Map<String, Object>> withRegion(Map<String, Object> fact,
                                                                     Map<String, Map<String, Object>> regions) {
        Map<String, Object> region = regions.get((String) fact.get("doc_id"));
        if (region == null) {
            return java.util.Optional.empty();
        }
        Map<String, Object> row = new HashMap<>((int) ((fact.size() + region.size()) / 0.75f) + 1); // sized: no rehash
        row.putAll(fact);
        row.putAll(region);
        return java.util.Optional.of(row);
    }

    private static void putRegion(Map<String, Object> row, Region region) {
        row.put("region_code", region == null ? null : region.code());
        row.put("province", region == null ? null : region.province());
        row.put("prefecture", region == null ? null : region.prefecture());
        row.put("county", region == null ? null : region.county());
    }

    /** A problem transform finds: it concerns a whole file or form, so it has no page. */
    private static Map<String, Object> problem(Object docId, Object sourcePath, long line, String check, String severity,
                                               String detail) {
        Map<String, Object> row = new HashMap<>();
        row.put("doc_id", docId);
        row.put("source_path", sourcePath);
        row.put("source_line", line);
        row.put("stage", "transform");
        row.put("check", check);
        row.put("severity", severity);
        row.put("detail", detail);
        return row;
    }

    private static List<Map<String, Object>> rows(Map<LakeTable, List<Map<String, Object>>> bronze, LakeTable table) {
        return bronze.getOrDefault(table, List.of());
    }
}
