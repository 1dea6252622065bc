package org.medinsure.warehouse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.medinsure.warehouse.ingest.knowledge.IngestKnowledge;
import org.medinsure.warehouse.marts.spark.MartThresholds;
import org.medinsure.warehouse.transform.project.ProjectNormaliser;
import org.medinsure.warehouse.transform.region.RegionGazetteer;
import org.medinsure.warehouse.transform.taxonomy.IndicatorLevels;
import org.medinsure.warehouse.transform.taxonomy.IndicatorTaxonomy;
import org.medinsure.warehouse.transform.taxonomy.ProgrammeClassifier;
import org.medinsure.warehouse.transform.value.Comparators;
import org.medinsure.warehouse.transform.value.QualitativeScale;
import org.medinsure.warehouse.transform.value.Units;
import org.medinsure.warehouse.transform.value.ValueParser;
import picocli.CommandLine.Option;

/**
 * Knowledge a user extends without recompiling: a folder whose files have the names and shapes of
 * the bundled ones — what ingest reads documents with (form-labels.csv, budget-labels.csv,
 * document-types.csv, checks.csv, check-rules.csv, units.csv) and what transform and marts normalise and compare
 * with (indicators.csv, levels.csv, units.csv, comparators.csv, qualitative.csv, programmes.csv,
 * region-aliases.csv, thresholds.properties) and what exports and reports label with (column-labels.csv,
 * coded-values.csv, report-text.csv). Rows of a user file extend the bundled table, and a row with the same key
 * overrides it.
 */
public final class KnowledgeOptions {
    @Option(names = "--config", paramLabel = "DIR",
            description = "Folder of knowledge files extending the bundled ones: form-labels.csv, budget-labels.csv, "
                    + "document-types.csv, checks.csv, check-rules.csv (ingest); units.csv (ingest money and transform values); "
                    + "indicators.csv, levels.csv, comparators.csv, qualitative.csv, programmes.csv, region-aliases.csv "
                    + "(transform); thresholds.properties (marts); column-labels.csv, coded-values.csv, report-text.csv "
                    + "(exports and reports)")
    Path config;

    List<Path> file(String name) {
        if (config == null) {
            return List.of();
        }
        if (!Files.isDirectory(config)) {
            throw new IllegalArgumentException("Cannot find the --config folder: " + config);
        }
        Path file = config.resolve(name);
        return Files.isRegularFile(file) ? List.of(file) : List.of();
    }

    /** Bundled knowledge of transform and marts, by resource path and the name a user file takes. */
    private static final Map<String, String> OTHER_FILES = new java.util.LinkedHashMap<>();

    static {
        for (String name : List.of("indicators.csv", "levels.csv", "comparators.csv", "qualitative.csv", "programmes.csv")) {
            OTHER_FILES.put("/taxonomy/" + name, name);
        }
        OTHER_FILES.put("/regions/aliases.csv", "region-aliases.csv");
        OTHER_FILES.put("/marts/thresholds.properties", "thresholds.properties");
        OTHER_FILES.put("/exports/column-labels.csv", org.medinsure.warehouse.exports.ColumnLabels.FILE);
        OTHER_FILES.put("/exports/coded-values.csv", org.medinsure.warehouse.exports.CodedValues.FILE);
        OTHER_FILES.put("/exports/report-text.csv", org.medinsure.warehouse.exports.report.ReportText.FILE);
    }

    /**
     * The version line ({@code # version: …}) of every knowledge file in force, bundled and the
     * user's, by file: what a run record keeps so that a result can be traced to the words it used.
     */
    Map<String, String> versions() {
        Map<String, String> versions = new java.util.TreeMap<>(ingestKnowledge().versions());
        OTHER_FILES.forEach((resource, name) -> {
            try (var in = KnowledgeOptions.class.getResourceAsStream(resource)) {
                if (in != null) {
                    versions.put(resource, versionLine(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot read " + resource, e);
            }
            for (Path user : file(name)) {
                try {
                    versions.put("--config " + name, versionLine(Files.readString(user)));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException("Cannot read " + user, e);
                }
            }
        });
        return versions;
    }

    private static String versionLine(String text) {
        return text.lines().map(org.medinsure.warehouse.ingest.knowledge.KnowledgeFile::versionOf)
                .flatMap(java.util.Optional::stream).findFirst().orElse("unversioned");
    }

    /** The digest of the user's knowledge files: a run with another does not keep what the last run read. */
    String digest() {
        if (config != null && !Files.isDirectory(config)) {
            throw new IllegalArgumentException("Cannot find the --config folder: " + config);
        }
        return org.medinsure.warehouse.ingest.lake.Fingerprint.ofFolder(config);
    }

    IngestKnowledge ingestKnowledge() {
        if (config != null && !Files.isDirectory(config)) {
            throw new IllegalArgumentException("Cannot find the --config folder: " + config);
        }
        return IngestKnowledge.withUserFolder(config);
    }

    IndicatorTaxonomy taxonomy() {
        return IndicatorTaxonomy.load(file("indicators.csv"));
    }

    ProjectNormaliser normaliser() {
        return new ProjectNormaliser(taxonomy(), IndicatorLevels.load(file("levels.csv")),
                new ValueParser(Units.load(file("units.csv")), QualitativeScale.load(file("qualitative.csv")),
                        Comparators.load(file("comparators.csv"))),
                ProgrammeClassifier.load(file("programmes.csv")));
    }

    RegionGazetteer gazetteer() {
        return RegionGazetteer.load(file("region-aliases.csv"));
    }

    /** The labels, coded values and report words of exports and reports, the user's files included. */
    org.medinsure.warehouse.exports.ExportKnowledge exportKnowledge() {
        return new org.medinsure.warehouse.exports.ExportKnowledge(
                org.medinsure.warehouse.exports.ColumnLabels.load(file(org.medinsure.warehouse.exports.ColumnLabels.FILE)),
                org.medinsure.warehouse.exports.CodedValues.load(file(org.medinsure.warehouse.exports.CodedValues.FILE),
                        file("programmes.csv")),
                org.medinsure.warehouse.exports.report.ReportText.load(
                        file(org.medinsure.warehouse.exports.report.ReportText.FILE)));
    }

    MartThresholds thresholds() {
        return MartThresholds.load(file("thresholds.properties").stream().findFirst());
    }
}
