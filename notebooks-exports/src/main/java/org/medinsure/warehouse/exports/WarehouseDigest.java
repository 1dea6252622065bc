package org.medinsure.warehouse.exports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Digests of a published warehouse's rows, from which an output (exports, reports) tells whether
 * what it was written from has changed. Rows are digested in any order. With the same lake state
 * (the generation and fingerprint of the lake it was published from), a table's silver rows are the
 * same when its documents rows are.
 */
public final class WarehouseDigest {
    private WarehouseDigest() {
    }

    /** The lake state the warehouse was published from; empty for a warehouse published without one. */
    public static Optional<String> lakeState(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT state FROM lake_state")) {
            return result.next() ? Optional.ofNullable(result.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty(); // an older warehouse: nothing is known of its lake
        }
    }

    /** The digest of every row of {@code table}. */
    public static String rows(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*)::VARCHAR || ':' || coalesce(bit_xor(hash(t::VARCHAR))"
                     + "::VARCHAR, '') FROM " + table + " t")) {
            result.next();
            return result.getString(1);
        }
    }

    /** The digest of the rows of {@code table} for each value of {@code column} (rows where it is NULL left out). */
    public static Map<String, String> rowsBy(Connection connection, String table, String column) throws SQLException {
        Map<String, String> digests = new TreeMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT " + column + ", count(*)::VARCHAR || ':' || "
                     + "bit_xor(hash(t::VARCHAR))::VARCHAR FROM " + table + " t WHERE " + column + " IS NOT NULL GROUP BY 1")) {
            while (result.next()) {
                digests.put(result.getString(1), result.getString(2));
            }
        }
        return digests;
    }
}
