package org.medinsure.warehouse.transform.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.lake.BronzeTables;
import org.medinsure.warehouse.transform.lake.SilverTables;
import org.medinsure.warehouse.transform.project.NormalisedIndicator;
import org.medinsure.warehouse.transform.project.NormalisedProject;

/**
 * Keeps the normalisation records, the Spark enrichment schemas and the silver contract in step
 * without starting Spark: every enrichment row has the schema's arity, and every silver column of
 * {@code projects} and {@code indicators} comes from bronze, the region join or the enrichment.
 */
class TestTransformJobRows {
    private static final List<String> REGION_COLUMNS = List.of("region_code", "province", "prefecture", "county", "fiscal_year");

    @Test
    void indicatorRowMatchesItsSchema() {
        NormalisedIndicator indicator = new NormalisedIndicator("i", "产出指标", "数量指标", "count.insured_persons", "synonym",
                0.95, "=", 31.7, "万人", 317000.0, null, null, null, "concept");
        Row row = TransformJob.indicatorRow(indicator);
        assertThat(row.size()).isEqualTo(TransformJob.INDICATOR_ENRICHMENT.size());
        assertThat(row.get(TransformJob.INDICATOR_ENRICHMENT.fieldIndex("unit_source"))).isEqualTo("concept");
        assertThat(row.get(TransformJob.INDICATOR_ENRICHMENT.fieldIndex("target_base"))).isEqualTo(317000.0);
    }

    @Test
    void projectRowMatchesItsSchema() {
        Row row = TransformJob.projectRow(new NormalisedProject("p", "medical_assistance", 14300L, List.of(), List.of(), "indicator"));
        assertThat(row.size()).isEqualTo(TransformJob.PROJECT_ENRICHMENT.size());
        assertThat(row.get(TransformJob.PROJECT_ENRICHMENT.fieldIndex("beneficiaries_source"))).isEqualTo("indicator");
    }

    @Test
    void everySilverIndicatorColumnHasASource() {
        List<String> available = new ArrayList<>(BronzeTables.INDICATOR_ROWS.columnNames());
        available.addAll(List.of("level1_raw", "level2_raw"));
        available.addAll(Arrays.asList(TransformJob.INDICATOR_ENRICHMENT.fieldNames()));
        available.addAll(REGION_COLUMNS);
        assertThat(available).containsAll(SilverTables.INDICATORS.columnNames());
    }

    @Test
    void everySilverProjectColumnHasASource() {
        List<String> available = new ArrayList<>(BronzeTables.PROJECT_FORMS.columnNames());
        available.addAll(Arrays.asList(TransformJob.PROJECT_ENRICHMENT.fieldNames()));
        available.addAll(REGION_COLUMNS);
        assertThat(available).containsAll(SilverTables.PROJECTS.columnNames());
    }
}
