package org.medinsure.warehouse.marts.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.medinsure.warehouse.ingest.lake.LakeTable;
import org.medinsure.warehouse.transform.lake.SilverTables;

/** Small hand-made silver tables: rows are given by column name, every other column is NULL. */
final class SilverFixture {
    private final Map<LakeTable, List<Row>> rows = new LinkedHashMap<>();

    SilverFixture() {
        for (LakeTable table : SilverTables.ALL) {
            rows.put(table, new ArrayList<>());
        }
    }

    SilverFixture add(LakeTable table, Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            table.column(name); // fails on a misspelt column
            values.put(name, namesAndValues[i + 1]);
        }
        rows.get(table).add(RowFactory.create(table.columnNames().stream().map(values::get).toArray()));
        return this;
    }

    Map<LakeTable, Dataset<Row>> datasets(SparkSession spark) {
        Map<LakeTable, Dataset<Row>> datasets = new LinkedHashMap<>();
        rows.forEach((table, list) -> datasets.put(table, spark.createDataFrame(list, table.schema())));
        return datasets;
    }

    static BigDecimal yuan(String amount) {
        return new BigDecimal(amount).setScale(2);
    }
}
