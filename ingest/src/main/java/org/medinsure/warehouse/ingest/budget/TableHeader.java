package org.medinsure.warehouse.ingest.budget;

import java.util.List;
import java.util.Objects;

/**
 * What a table's header says: its sides (one, or 收入 and 支出 side by side), each with its amount
 * columns in printed order, and whether rows carry classification codes.
 *
 * @param codeIndexes tab layout: the cell indexes holding code parts (类, 款, 项); empty otherwise
 * @param pairGroups for budget-against-final tables (预算数 / 决算数): the group of each side, else empty
 * @param headerRows number of leading rows that are header
 */
public record TableHeader(List<Side> sides, boolean hasCodes, List<Integer> codeIndexes, boolean economic,
                          List<String> pairGroups, int headerRows) {
    public TableHeader {
        sides = List.copyOf(sides);
        codeIndexes = List.copyOf(codeIndexes);
        pairGroups = List.copyOf(pairGroups);
    }

    /**
     * One side of a table.
     *
     * @param name 收入 / 支出, or null for a one-sided table
     * @param labelIndex tab layout: cell index of the row label, -1 when unknown
     * @param rowNumber whether each row prints a 行次 number after its label
     */
    public record Side(String name, int labelIndex, List<Column> columns, boolean rowNumber) {
        public Side {
            columns = List.copyOf(columns);
        }
    }

    /**
     * An amount column.
     *
     * @param name header levels joined by '-' (基本支出-小计), whitespace removed
     * @param role total, basic, project or other
     * @param headline whether its value on a total row is a headline total
     * @param index tab layout: the cell index, -1 in space-aligned text
     */
    public record Column(String name, String role, boolean headline, int index) {
        public Column {
            Objects.requireNonNull(name, "name is null");
            Objects.requireNonNull(role, "role is null");
        }

        public String leaf() {
            int dash = name.lastIndexOf('-');
            return dash < 0 ? name : name.substring(dash + 1);
        }

        public String group() {
            int dash = name.lastIndexOf('-');
            return dash < 0 ? null : name.substring(0, dash);
        }
    }
}
