package org.medinsure.warehouse.exports.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.medinsure.warehouse.exports.CodedValues;
import org.medinsure.warehouse.exports.ColumnLabels;
import org.medinsure.warehouse.exports.report.ReportData.CountyExecution;
import org.medinsure.warehouse.exports.report.ReportData.LeagueRow;
import org.medinsure.warehouse.exports.report.ReportData.Target;

/**
 * One province-year report as a self-contained HTML page: styles inline, charts inline SVG, no
 * script and no reference to anything outside the file, so that it opens offline and prints.
 * Labels come from the same files as the spreadsheets' ({@link ColumnLabels}, {@link CodedValues})
 * and the report's own words from {@link ReportText}.
 */
public final class ProvinceReport {
    private static final String STYLE = """
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei",
                   "PingFang SC", sans-serif; color: #000; background: #fff; margin: 2em auto; max-width: 1000px;
                   padding: 0 1em; line-height: 1.5; }
            h1 { font-size: 1.6em; margin-bottom: 0.2em; }
            h2 { border-bottom: 2px solid #000; padding-bottom: 0.2em; margin-top: 2em; }
            h3 { margin-bottom: 0.3em; }
            table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.9em; }
            th, td { border: 1px solid #666; padding: 0.2em 0.5em; vertical-align: top; }
            th { background: #e6e6e6; text-align: left; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .src { font-size: 0.8em; color: #333; }
            .src span { display: block; }
            .note { color: #333; }
            .quality-panel { border: 2px solid #000; padding: 0 1em 0.5em; }
            svg { display: block; max-width: 100%; height: auto; margin: 0.5em 0; }
            svg text { font-family: inherit; }
            @media print {
              body { margin: 0; max-width: none; }
              section, table, svg { break-inside: avoid-page; }
              h2, h3 { break-after: avoid-page; }
            }
            """;

    /** A cell that is a figure (1,234.00, -3, 97.5%), right-aligned; not a name that opens with a year. */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("-?[\\d,]+(\\.\\d+)?%?");

    private final ColumnLabels labels;
    private final CodedValues codes;
    private final ReportText text;

    public ProvinceReport(ColumnLabels labels, CodedValues codes, ReportText text) {
        this.labels = Objects.requireNonNull(labels, "labels is null");
        this.codes = Objects.requireNonNull(codes, "codes is null");
        this.text = Objects.requireNonNull(text, "text is null");
    }

    /** The page as HTML. */
    public String html(ReportData data) {
        ProvinceYear key = data.provinceYear();
        Document page = page(text.get("title", key.province(), key.year()));
        Element body = page.body();
        body.appendElement("h1").text(text.get("title", key.province(), key.year()));
        body.appendElement("p").addClass("note").text(text.get("subtitle", data.runId()));
        quality(body.appendElement("section").id("quality").addClass("quality-panel"), data);
        league(body.appendElement("section").id("league"), data.league());
        execution(body.appendElement("section").id("execution"), data);
        satisfaction(body.appendElement("section").id("satisfaction"), data);
        return page.outerHtml();
    }

    /** A page listing the reports, each by province and year. */
    public String index(List<ProvinceYear> reports) {
        Document page = page(text.get("index.title"));
        page.body().appendElement("h1").text(text.get("index.title"));
        page.body().appendElement("p").addClass("note").text(text.get("index.intro"));
        Element list = page.body().appendElement("ul");
        for (ProvinceYear report : reports) {
            list.appendElement("li").appendElement("a").attr("href", report.fileName())
                    .text(text.get("title", report.province(), report.year()));
        }
        return page.outerHtml();
    }

    private static Document page(String title) {
        Document page = Document.createShell("");
        page.prependChild(new DocumentType("html", "", ""));
        page.outputSettings().prettyPrint(false).charset("UTF-8");
        page.selectFirst("html").attr("lang", "zh-CN");
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("title").text(title);
        page.head().appendElement("style").appendText(STYLE);
        return page;
    }

    private void quality(Element section, ReportData data) {
        ReportData.Quality quality = data.quality();
        section.appendElement("h2").text(text.get("quality.heading"));
        section.appendElement("p").addClass("note").text(text.get("quality.intro"));
        section.appendElement("h3").text(text.get("quality.documents"));
        Element statuses = table(section, "statuses", labels.label("status"), labels.label("documents"));
        for (CodedValues.Value status : codes.values("documents.status")) {
            row(statuses, status.label(), number(quality.statusCounts().getOrDefault(status.code(), 0L)));
        }

        section.appendElement("h3").text(text.get("quality.counties"));
        Element counties = table(section, "county-quality", labels.label("county"), labels.label("documents"),
                labels.label("projects"), labels.label("indicators"), labels.label("quality_score"));
        for (ReportData.CountyQuality county : quality.counties()) {
            row(counties, county.county(), number(county.documents()), number(county.projects()),
                    number(county.indicators()), share(county.qualityScore()));
        }

        section.appendElement("h3").text(text.get("quality.incomplete"));
        if (quality.incomplete().isEmpty()) {
            section.appendElement("p").text(text.get("quality.none"));
        } else {
            Element incomplete = table(section, "incomplete", labels.label("source_path"), labels.label("county"),
                    labels.label("status"), labels.label("problem_count"), labels.label("check"), labels.label("detail"));
            for (ReportData.IncompleteDocument document : quality.incomplete()) {
                row(incomplete, document.path(), orDash(document.county()), label("documents.status", document.status()),
                        number(document.problems()), label("problems.check", document.check()), orDash(document.detail()));
            }
        }

        section.appendElement("h3").text(text.get("quality.unreconciled"));
        if (quality.unreconciled().isEmpty()) {
            section.appendElement("p").text(text.get("quality.none"));
        } else {
            Element checks = table(section, "unreconciled", labels.label("county"), labels.label("check"),
                    labels.label("scope"), labels.label("expected_yuan"), labels.label("found_yuan"), text.get("source"));
            for (ReportData.FailedCheck check : quality.unreconciled()) {
                Element row = row(checks, orDash(check.county()), label("checks.check", check.check()),
                        orDash(check.scope()), money(check.expectedYuan()), money(check.foundYuan()));
                sources(row, List.of(check.source()));
            }
        }
        if (!quality.unplaced().isEmpty()) {
            section.appendElement("p").text(text.get("quality.unplaced", quality.unplaced().size()));
            Element list = section.appendElement("ul").addClass("src");
            quality.unplaced().stream().limit(ReportQueries.UNPLACED_LISTED).forEach(path -> list.appendElement("li").text(path));
            if (quality.unplaced().size() > ReportQueries.UNPLACED_LISTED) {
                list.appendElement("li").text(text.get("quality.more", quality.unplaced().size() - ReportQueries.UNPLACED_LISTED));
            }
        }
    }

    private void league(Element section, List<LeagueRow> rows) {
        section.appendElement("h2").text(text.get("league.heading"));
        section.appendElement("p").addClass("note").text(text.get("league.intro"));
        Map<String, List<LeagueRow>> byProgramme = new LinkedHashMap<>();
        rows.forEach(row -> byProgramme.computeIfAbsent(row.programme(), p -> new ArrayList<>()).add(row));
        boolean any = false;
        for (Map.Entry<String, List<LeagueRow>> programme : byProgramme.entrySet()) {
            List<LeagueRow> ranked = programme.getValue().stream().filter(row -> row.perCapitaYuan() != null).toList();
            if (ranked.isEmpty()) {
                continue;
            }
            any = true;
            Element block = section.appendElement("div").addClass("programme").attr("data-programme", programme.getKey());
            String name = label("projects.programme", programme.getKey());
            block.appendElement("h3").text(name);
            BigDecimal median = ranked.get(0).provinceMedianYuan();
            block.appendElement("p").text(text.get("league.median", money(median), ranked.get(0).countiesCompared()));
            if (median != null) {
                block.appendChild(SvgCharts.barsAgainstMedian(name + " " + text.get("league.chart"),
                        ranked.stream().map(row -> new SvgCharts.Bar(row.county(), row.perCapitaYuan().doubleValue(),
                                money(row.perCapitaYuan()))).toList(),
                        median.doubleValue(), text.get("league.median", money(median), ranked.size())));
            }
            Element table = table(block, "league", labels.label("rank_in_province"), labels.label("county"),
                    labels.label("per_capita_yuan"), labels.label("ratio_to_province_median"), labels.label("amount_yuan"),
                    labels.label("beneficiaries"), text.get("source"));
            for (LeagueRow row : programme.getValue()) {
                Element tr = row(table, row.rank() == null ? "—" : String.valueOf(row.rank()), row.county(),
                        row.perCapitaYuan() == null ? text.get("league.no_beneficiaries") : money(row.perCapitaYuan()),
                        ratio(row.ratioToMedian()), money(row.amountYuan()),
                        row.beneficiaries() == null ? "—" : number(row.beneficiaries()));
                tr.addClass("league-row").attr("data-region", row.regionCode());
                sources(tr, row.sources());
            }
        }
        if (!any) {
            section.appendElement("p").text(text.get("league.none"));
        }
    }

    private void execution(Element section, ReportData data) {
        ReportData.Quality quality = data.quality();
        section.appendElement("h2").text(text.get("execution.heading"));
        section.appendElement("p").addClass("note").text(text.get("execution.intro",
                share(quality.executionLow()), share(quality.executionHigh())));
        if (data.execution().isEmpty()) {
            section.appendElement("p").text(text.get("execution.none"));
            return;
        }
        Map<String, String> countyNames = new LinkedHashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        List<SvgCharts.Cell> cells = new ArrayList<>();
        for (ReportData.RateCell cell : data.rateHistory()) {
            countyNames.putIfAbsent(cell.regionCode(), cell.county());
            years.add(cell.year());
            boolean flagged = cell.rate() != null && (cell.rate() < quality.executionLow() || cell.rate() > quality.executionHigh());
            cells.add(new SvgCharts.Cell(cell.county(), String.valueOf(cell.year()), cell.rate(), share(cell.rate()), flagged));
        }
        section.appendElement("h3").text(text.get("execution.heatmap"));
        section.appendChild(SvgCharts.heatMap(data.provinceYear().province() + " " + text.get("execution.heatmap"),
                List.copyOf(countyNames.values()), years.stream().map(String::valueOf).toList(), cells, 1.0,
                quality.executionLow(), quality.executionHigh(), text.get("legend.missing"), text.get("legend.flagged")));

        section.appendElement("h3").text(text.get("execution.year", data.provinceYear().year()));
        Element table = table(section, "execution", labels.label("county"), labels.label("execution_rate"),
                text.get("execution.basis"), labels.label("budget_yuan"), labels.label("final_yuan"),
                text.get("execution.flagged"), text.get("source"));
        for (CountyExecution county : data.execution()) {
            Element row = row(table, county.county(), share(county.rate()),
                    county.basisLevel() == null ? "—" : label("mart_execution_rate.level", county.basisLevel()),
                    money(county.budgetYuan()), money(county.finalYuan()), number(county.flaggedRows()));
            row.addClass("execution-row").attr("data-region", county.regionCode());
            sources(row, county.sources());
        }
    }

    private void satisfaction(Element section, ReportData data) {
        double floor = data.quality().satisfactionFloorPct();
        section.appendElement("h2").text(text.get("satisfaction.heading"));
        section.appendElement("p").addClass("note").text(text.get("satisfaction.intro", points(floor)));
        List<Target> targets = data.targets();
        if (targets.isEmpty()) {
            section.appendElement("p").text(text.get("satisfaction.none"));
            return;
        }
        double median = targets.get(0).provinceMedianPct();
        section.appendChild(SvgCharts.strip(data.provinceYear().province() + " " + text.get("satisfaction.chart"),
                targets.stream().map(target -> new SvgCharts.Dot(target.targetPct(), target.belowFloor(),
                        target.county() + " " + target.projectName() + " " + points(target.targetPct()))).toList(),
                floor, median, text.get("satisfaction.floor", points(floor)), text.get("satisfaction.median", points(median))));

        section.appendElement("h3").text(text.get("satisfaction.below"));
        List<Target> below = targets.stream().filter(Target::belowFloor).toList();
        if (below.isEmpty()) {
            section.appendElement("p").text(text.get("satisfaction.none_below"));
            return;
        }
        Element table = table(section, "below-floor", labels.label("county"), labels.label("project_name"),
                labels.label("comparator"), labels.label("target_pct"), labels.label("actual_pct"), text.get("source"));
        for (Target target : below) {
            Element row = row(table, target.county(), target.projectName(), orDash(target.comparator()),
                    points(target.targetPct()), points(target.actualPct()));
            row.addClass("below-floor-row").attr("data-region", target.regionCode());
            sources(row, List.of(target.source()));
        }
    }

    private String label(String column, String code) {
        if (code == null) {
            return "—";
        }
        return codes.value(column, code).map(CodedValues.Value::label).filter(label -> !label.isEmpty()).orElse(code);
    }

    private static Element table(Element parent, String cssClass, String... headers) {
        Element table = parent.appendElement("table").addClass(cssClass);
        Element head = table.appendElement("thead").appendElement("tr");
        for (String header : headers) {
            head.appendElement("th").text(header);
        }
        table.appendElement("tbody");
        return table;
    }

    /** A row of cells; cells that hold figures are right-aligned. */
    private static Element row(Element table, String... cells) {
        Element row = table.selectFirst("tbody").appendElement("tr");
        for (String value : cells) {
            String cell = value == null || value.isBlank() ? "—" : value; // a damaged document leaves names unread
            Element td = row.appendElement("td").text(cell);
            if (FIGURE.matcher(cell).matches()) {
                td.addClass("num");
            }
        }
        return row;
    }

    private void sources(Element row, List<Source> sources) {
        Element cell = row.appendElement("td").addClass("src");
        if (sources.isEmpty()) {
            cell.text("—");
        }
        sources.forEach(source -> cell.appendElement("span").text(source.label(text)));
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    private static String money(BigDecimal value) {
        return value == null ? "—" : format("#,##0.00", value);
    }

    private static String number(long value) {
        return format("#,##0", value);
    }

    private static String ratio(Double value) {
        return value == null ? "—" : format("0.00", value);
    }

    /** A fraction as a percentage: 0.973 is 97.3%. */
    private static String share(Double value) {
        return value == null ? "—" : format("0.0", value * 100) + "%";
    }

    /** Percent points with a percent sign: 95 is 95.0%. */
    private static String points(Double value) {
        return value == null ? "—" : format("0.0", value) + "%";
    }

    private static String format(String pattern, Object value) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
