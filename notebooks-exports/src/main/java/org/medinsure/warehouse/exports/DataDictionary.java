package org.medinsure.warehouse.exports;

import java.util.List;
import org.medinsure.warehouse.ingest.lake.LakeColumn;
import org.medinsure.warehouse.ingest.lake.LakeTable;
import org.medinsure.warehouse.marts.publish.DuckDbPublisher;

/** The data dictionary in Markdown: every published table and column with its type and meaning. */
public final class DataDictionary {
    private DataDictionary() {
    }

    public static String markdown(List<LakeTable> tables) {
        StringBuilder text = new StringBuilder("# Data dictionary\n\n")
                .append("Tables of `warehouse.duckdb` and of the lake (`lake/<layer>/<table>`). Money is in yuan ")
                .append("(DECIMAL(18,2)), percentages in percent points (95.0 = 95 %), years are fiscal years.\n");
        for (LakeTable table : tables) {
            text.append("\n## ").append(table.name()).append(" (").append(table.layer()).append(")\n\n")
                    .append(table.comment()).append('\n');
            if (!table.partitionBy().isEmpty()) {
                text.append("\nPartitioned by ").append(String.join(", ", table.partitionBy())).append(".\n");
            }
            text.append("\n| column | type | meaning |\n|---|---|---|\n");
            for (LakeColumn column : table.columns()) {
                text.append("| ").append(column.name()).append(" | ").append(DuckDbPublisher.duckDbType(column))
                        .append(" | ").append(column.comment().replace("|", "\\|")).append(" |\n");
            }
        }
        return text.toString();
    }
}
