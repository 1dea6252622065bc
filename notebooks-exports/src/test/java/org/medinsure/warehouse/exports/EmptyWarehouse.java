package org.medinsure.warehouse.exports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medinsure.warehouse.ingest.lake.LakeTable;
import org.medinsure.warehouse.marts.lake.GoldTables;
import org.medinsure.warehouse.marts.publish.DuckDbPublisher;
import org.medinsure.warehouse.transform.lake.SilverTables;

/** A published warehouse with every silver and gold table and no rows, for a test to fill by hand. */
public final class EmptyWarehouse {
    private EmptyWarehouse() {
    }

    /** Publishes the empty tables into {@code folder}/warehouse.duckdb and returns its path. */
    public static Path publish(Path folder) {
        List<LakeTable> tables = new ArrayList<>(SilverTables.ALL);
        tables.addAll(GoldTables.ALL);
        Path database = folder.resolve("warehouse.duckdb");
        new DuckDbPublisher(folder.resolve("lake")).publish(tables, database);
        return database;
    }
}
