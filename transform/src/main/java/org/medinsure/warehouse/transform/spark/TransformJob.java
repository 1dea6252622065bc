package org.medinsure.warehouse.transform.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.medinsure.warehouse.ingest.lake.BronzeTables;
import org.medinsure.warehouse.ingest.lake.Lake;
import org.medinsure.warehouse.ingest.lake.LakeTable;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.spark.StageTimer;
import org.medinsure.warehouse.transform.lake.SilverTables;
import org.medinsure.warehouse.transform.project.NormalisedIndicator;
import org.medinsure.warehouse.transform.project.NormalisedProject;
import org.medinsure.warehouse.transform.project.ProjectNormaliser;
import org.medinsure.warehouse.transform.project.RawIndicator;
import org.medinsure.warehouse.transform.project.RawProject;
import org.medinsure.warehouse.transform.region.Region;
import org.medinsure.warehouse.transform.region.RegionGazetteer;
import org.medinsure.warehouse.transform.region.RegionMatch;
import scala.Tuple2;

/** Transform: bronze facts to the silver contract tables, with regions, codes and units resolved. */
public final class TransformJob {
    private static final StructType DOCUMENT_REGION = new StructType()
            .add("doc_id", DataTypes.StringType).add("region_code", DataTypes.StringType)
            .add("province", DataTypes.StringType).add("prefecture", DataTypes.StringType)
            .add("county", DataTypes.StringType).add("region_method", DataTypes.StringType)
            .add("source_path", DataTypes.StringType);
    static final StructType PROJECT_ENRICHMENT = new StructType()
            .add("project_id", DataTypes.StringType).add("programme", DataTypes.StringType)
            .add("beneficiaries", DataTypes.LongType).add("beneficiaries_source", DataTypes.StringType);
    static final StructType INDICATOR_ENRICHMENT = new StructType()
            .add("indicator_id", DataTypes.StringType).add("level1", DataTypes.StringType)
            .add("level2", DataTypes.StringType).add("indicator_code", DataTypes.StringType)
            .add("match_method", DataTypes.StringType).add("match_confidence", DataTypes.DoubleType)
            .add("comparator", DataTypes.StringType).add("target_value", DataTypes.DoubleType)
            .add("unit", DataTypes.StringType).add("target_base", DataTypes.DoubleType)
            .add("qualitative", DataTypes.StringType).add("actual_value", DataTypes.DoubleType)
            .add("qualitative_rank", DataTypes.IntegerType).add("unit_source", DataTypes.StringType);

    private final SparkSession spark;
    private final Lake lake;
    private final RegionGazetteer gazetteer;
    private final ProjectNormaliser normaliser;

    public TransformJob(SparkSession spark, Lake lake, RegionGazetteer gazetteer, ProjectNormaliser normaliser) {
        this.spark = Objects.requireNonNull(spark, "spark is null");
        this.lake = Objects.requireNonNull(lake, "lake is null");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer is null");
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser is null");
    }

    public void run() {
        StageTimer timer = new StageTimer("transform");
        Dataset<Row> bronzeDocuments = lake.read(spark, BronzeTables.DOCUMENTS).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> regions = documentRegions(bronzeDocuments).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> documents = documents(bronzeDocuments, regions);
        Dataset<Row> primaryRegions = documents.filter(col("status").notEqual("duplicate"))
                .select("doc_id", "region_code", "province", "prefecture", "county", "fiscal_year");

        JavaRDD<NormalisedProject> normalised = normalisedProjects().persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> projects = projects(normalised, primaryRegions);
        Dataset<Row> indicators = indicators(normalised, primaryRegions);

        Map<LakeTable, Dataset<Row>> tables = new LinkedHashMap<>();
        tables.put(SilverTables.DOCUMENTS, documents);
        tables.put(SilverTables.PROJECTS, projects);
        tables.put(SilverTables.INDICATORS, indicators);
        tables.put(SilverTables.BUDGET_LINES, budgetLines(primaryRegions));
        tables.put(SilverTables.TABLE_TOTALS, withRegion(lake.read(spark, BronzeTables.TABLE_TOTALS), primaryRegions));
        tables.put(SilverTables.EXECUTION_STATEMENTS,
                withRegion(lake.read(spark, BronzeTables.EXECUTION_STATEMENTS), primaryRegions));
        tables.put(SilverTables.STATED_TOTALS, withRegion(lake.read(spark, BronzeTables.STATED_TOTALS), primaryRegions));
        tables.put(SilverTables.CHECKS, withRegion(lake.read(spark, BronzeTables.CHECKS), primaryRegions));
        tables.put(SilverTables.PROBLEMS, problems(regions, bronzeDocuments, normalised));
        lake.writeLayer(spark, SilverTables.LAYER, tables);

        // counted from the written lake: cheaper than recomputing the joins
        timer.done(lake.read(spark, SilverTables.DOCUMENTS).count() + " documents, "
                + lake.read(spark, SilverTables.PROJECTS).count() + " projects, "
                + lake.read(spark, SilverTables.INDICATORS).count() + " indicators, "
                + lake.read(spark, SilverTables.PROBLEMS).count() + " problems");
        normalised.unpersist();
        regions.unpersist();
        bronzeDocuments.unpersist();
    }

    private Dataset<Row> documentRegions(Dataset<Row> bronzeDocuments) {
        RegionGazetteer regionTable = gazetteer;
        JavaRDD<Row> rows = bronzeDocuments.select("doc_id", "department", "region_context", "source_path").javaRDD()
                .map(row -> {
                    RegionMatch match = regionTable.resolve(row.getString(1), row.getString(2), row.getString(3));
                    Region region = match.region();
                    return RowFactory.create(row.getString(0), region == null ? null : region.code(),
                            region == null ? null : region.province(), region == null ? null : region.prefecture(),
                            region == null ? null : region.county(),
                            match.method() + (match.candidates().isEmpty() ? "" : ":" + String.join("|", match.candidates())),
                            row.getString(3));
                });
        return spark.createDataFrame(rows, DOCUMENT_REGION);
    }

    private Dataset<Row> documents(Dataset<Row> bronzeDocuments, Dataset<Row> regions) {
        return bronzeDocuments.join(regions.drop("doc_id"), "source_path")
                .withColumn("region_method", when(col("region_method").contains(":"),
                        lit("ambiguous")).otherwise(col("region_method")));
    }

    private JavaRDD<NormalisedProject> normalisedProjects() {
        ProjectNormaliser projectNormaliser = normaliser;
        JavaPairRDD<String, RawProject> projects = lake.read(spark, BronzeTables.PROJECT_FORMS).javaRDD()
                .mapToPair(row -> new Tuple2<>(row.<String>getAs("project_id"), new RawProject(row.getAs("project_id"),
                        row.getAs("project_name"), row.getAs("form_kind"), row.getAs("implementing_unit"),
                        row.<BigDecimal>getAs("budget_yuan"), row.<BigDecimal>getAs("executed_yuan"),
                        row.getAs("basis_text"), row.getAs("declared_unit"))));
        JavaPairRDD<String, RawIndicator> indicators = lake.read(spark, BronzeTables.INDICATOR_ROWS).javaRDD()
                .mapToPair(row -> new Tuple2<>(row.<String>getAs("project_id"), new RawIndicator(row.getAs("indicator_id"),
                        row.<Long>getAs("source_line"), row.getAs("level1"), row.getAs("level2"), row.getAs("name_raw"),
                        row.getAs("value_raw"), row.getAs("standard_raw"), row.getAs("actual_raw"),
                        row.getAs("unit_hint"))));
        return projects.cogroup(indicators).flatMap(entry -> {
            List<NormalisedProject> out = new ArrayList<>();
            List<RawIndicator> rows = new ArrayList<>();
            entry._2()._2().forEach(rows::add);
            rows.sort(java.util.Comparator.comparing(RawIndicator::indicatorId));
            for (RawProject project : entry._2()._1()) {
                out.add(projectNormaliser.normalise(project, rows));
            }
            return out.iterator();
        });
    }

    private Dataset<Row> projects(JavaRDD<NormalisedProject> normalised, Dataset<Row> regions) {
        Dataset<Row> enrichment = spark.createDataFrame(normalised.map(project ->
                projectRow(project)), PROJECT_ENRICHMENT);
        return lake.read(spark, BronzeTables.PROJECT_FORMS)
                .join(enrichment, "project_id")
                .join(regions, "doc_id");
    }

    private Dataset<Row> indicators(JavaRDD<NormalisedProject> normalised, Dataset<Row> regions) {
        Dataset<Row> enrichment = spark.createDataFrame(normalised.flatMap(project -> project.indicators().stream()
                .map(TransformJob::indicatorRow).iterator()), INDICATOR_ENRICHMENT);
        return lake.read(spark, BronzeTables.INDICATOR_ROWS)
                .withColumnRenamed("level1", "level1_raw")
                .withColumnRenamed("level2", "level2_raw")
                .join(enrichment, "indicator_id")
                .join(regions.select("doc_id", "region_code", "province", "fiscal_year"), "doc_id");
    }

    static Row projectRow(NormalisedProject project) {
        return RowFactory.create(project.projectId(), project.programme(), project.beneficiaries(),
                project.beneficiariesSource());
    }

    static Row indicatorRow(NormalisedIndicator indicator) {
        return RowFactory.create(indicator.indicatorId(), indicator.level1(), indicator.level2(),
                indicator.indicatorCode(), indicator.matchMethod(), indicator.matchConfidence(), indicator.comparator(),
                indicator.targetValue(), indicator.unit(), indicator.targetBase(), indicator.qualitative(),
                indicator.actualValue(), indicator.qualitativeRank(), indicator.unitSource());
    }

    private Dataset<Row> budgetLines(Dataset<Row> regions) {
        Dataset<Row> lines = withRegion(lake.read(spark, BronzeTables.BUDGET_LINES), regions)
                .withColumn("function_level", when(length(col("function_code")).equalTo(3), lit("类"))
                        .when(length(col("function_code")).equalTo(5), lit("款"))
                        .when(length(col("function_code")).equalTo(7), lit("项")))
                .withColumn("already_allocated_yuan", col("other_amounts").getItem("already"))
                .withColumn("this_allocation_yuan", col("other_amounts").getItem("this_time"));
        return allocatedRegions(lines);
    }

    /**
     * An allocation row belongs to the region it allocates to: its name resolved among the issuer's
     * counties. A unit that is no region (a prefecture hospital) stays with the issuer.
     */
    private Dataset<Row> allocatedRegions(Dataset<Row> lines) {
        RegionGazetteer regionTable = gazetteer;
        StructType schema = lines.schema();
        int name = schema.fieldIndex("region_name");
        int code = schema.fieldIndex("region_code");
        int province = schema.fieldIndex("province");
        int prefecture = schema.fieldIndex("prefecture");
        int county = schema.fieldIndex("county");
        JavaRDD<Row> placed = lines.javaRDD().map(row -> {
            if (row.isNullAt(name)) {
                return row;
            }
            Region issuer = row.isNullAt(code) ? null : regionTable.byCode(row.getString(code));
            return regionTable.resolveName(row.getString(name), issuer).map(region -> {
                Object[] values = new Object[row.size()];
                for (int i = 0; i < row.size(); i++) {
                    values[i] = row.get(i);
                }
                values[code] = region.code();
                values[province] = region.province();
                values[prefecture] = region.prefecture();
                values[county] = region.county();
                return RowFactory.create(values);
            }).orElse(row);
        });
        return spark.createDataFrame(placed, schema);
    }

    private static Dataset<Row> withRegion(Dataset<Row> facts, Dataset<Row> regions) {
        return facts.join(regions, "doc_id");
    }

    private Dataset<Row> problems(Dataset<Row> regions, Dataset<Row> bronzeDocuments, JavaRDD<NormalisedProject> normalised) {
        Dataset<Row> regionProblems = regions
                .join(bronzeDocuments.select("source_path", "status"), "source_path")
                .filter(col("region_code").isNull().and(col("status").isin("parsed", "partial")))
                .select(col("doc_id"), col("source_path"), lit(0L).as("source_line"), lit("transform").as("stage"),
                        when(col("region_method").startsWith("ambiguous"), lit("ambiguous_region"))
                                .otherwise(lit("unmatched_region")).as("check"),
                        lit("warning").as("severity"),
                        unresolvedRegionDetail(col("source_path"), col("region_method")).as("detail"));
        Dataset<Row> paths = lake.read(spark, BronzeTables.PROJECT_FORMS).select("project_id", "doc_id", "source_path");
        StructType projectProblem = new StructType().add("project_id", DataTypes.StringType)
                .add("source_line", DataTypes.LongType).add("check", DataTypes.StringType)
                .add("severity", DataTypes.StringType).add("detail", DataTypes.StringType);
        Dataset<Row> normalisationProblems = spark.createDataFrame(normalised.flatMap(project -> {
                    List<Row> rows = new ArrayList<>();
                    for (Problem problem : project.problems()) {
                        rows.add(RowFactory.create(project.projectId(), (long) problem.sourceLine(), problem.check(),
                                problem.severity().code(), problem.detail()));
                    }
                    return rows.iterator();
                }), projectProblem)
                .join(paths, "project_id")
                .select(col("doc_id"), col("source_path"), col("source_line"), lit("transform").as("stage"),
                        col("check"), col("severity"), col("detail"));
        // the problems transform finds concern whole files or forms: they have no page
        return lake.read(spark, BronzeTables.PROBLEMS).unionByName(regionProblems, true)
                .unionByName(normalisationProblems, true);
    }

    private static org.apache.spark.sql.Column unresolvedRegionDetail(org.apache.spark.sql.Column path, org.apache.spark.sql.Column method) {
        return org.apache.spark.sql.functions.concat(path,
                lit(": cannot resolve the region of the document from its department, header or path ("), method, lit(")"));
    }
}
