package org.medinsure.warehouse.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.duckdb.DuckDBResultSet;

/** Writes a query result as an Arrow IPC file (readable by pandas, polars and R arrow), via DuckDB's Arrow stream. */
public final class ArrowExporter {
    private static final int BATCH_ROWS = 4096;

    private ArrowExporter() {
    }

    /** @return the number of rows written */
    public static long export(Connection connection, String query, Path target) throws SQLException, IOException {
        long rows = 0;
        try (Statement statement = connection.createStatement();
             DuckDBResultSet result = statement.executeQuery(query).unwrap(DuckDBResultSet.class);
             BufferAllocator allocator = new RootAllocator();
             ArrowReader reader = (ArrowReader) result.arrowExportStream(allocator, BATCH_ROWS);
             OutputStream out = Files.newOutputStream(target)) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            try (ArrowFileWriter writer = new ArrowFileWriter(root, null, Channels.newChannel(out))) {
                writer.start();
                while (reader.loadNextBatch()) {
                    rows += root.getRowCount();
                    writer.writeBatch();
                }
                writer.end();
            }
        }
        return rows;
    }
}
