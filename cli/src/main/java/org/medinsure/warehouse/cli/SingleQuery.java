package org.medinsure.warehouse.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/**
 * What {@code warehouse query} agrees to run: exactly one read-only query, as DuckDB's own parser
 * reads the input before any of it runs. DuckDB's JDBC driver runs every statement of a string and
 * shows only the last result, so a COPY could hide behind a SELECT; counting the statements with
 * the parser that will run them, rather than splitting on semicolons, gets quotes, dollar quotes
 * and comments right.
 *
 * <p>The parser is reached through {@code json_serialize_sql}, which serializes SELECT-like
 * statements only (SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE, PIVOT with an IN list)
 * and cannot count statements once another kind is among them: any other kind is refused, which
 * is also what a read-only query path wants. The connection refuses files, URLs and extensions by
 * itself ({@code WarehouseConnections}); this class only turns that refusal into one line.
 */
final class SingleQuery {
    private static final String EMPTY =
            "Cannot run an empty statement: give one query, e.g. \"select * from documents\"";
    private static final String NOT_A_QUERY = "Cannot run this statement: warehouse query runs exactly one "
            + "read-only query (SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW or SUMMARIZE), not commands such as "
            + "COPY, EXPORT, ATTACH, INSTALL, LOAD or SET";
    private static final String FILE_ACCESS = "Cannot run this statement: warehouse query reads only the warehouse; "
            + "file, network and extension access is disabled";

    /** json_serialize_sql's answer when a statement is not SELECT-like (DuckDB 2.0). */
    private static final String ONLY_SELECT = "Only SELECT statements can be serialized to json!";
    /** DuckDB's error class for a file, URL or extension its configuration forbids. */
    private static final String PERMISSION_ERROR = "Permission Error";
    /**
     * DuckDB's words for a function of an extension that is not loaded; its advice (INSTALL, LOAD,
     * SET autoload) would only be refused in turn.
     */
    private static final String IN_AN_EXTENSION = ", but it exists in the ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SingleQuery() {
    }

    /**
     * @return {@code sql}, once DuckDB's parser has found exactly one SELECT-like statement in it
     * @throws IllegalArgumentException saying in one line why the input is refused
     */
    static String check(Connection connection, String sql) throws SQLException {
        Objects.requireNonNull(connection, "connection is null");
        Objects.requireNonNull(sql, "sql is null");
        JsonNode parsed = parse(connection, sql);
        if (parsed.path("error").asBoolean()) {
            String message = parsed.path("error_message").asText();
            if (message.equals(ONLY_SELECT)) {
                throw new IllegalArgumentException(NOT_A_QUERY);
            }
            String verb = parsed.path("error_type").asText().equals("parser") ? "parse" : "check";
            throw new IllegalArgumentException("Cannot " + verb + " the statement: " + firstLine(message));
        }
        int statements = parsed.path("statements").size();
        if (statements == 0) {
            throw new IllegalArgumentException(EMPTY);
        }
        if (statements > 1) {
            throw new IllegalArgumentException(
                    "Cannot run " + statements + " statements: warehouse query runs exactly one statement per call");
        }
        return sql;
    }

    /**
     * @return the one-line refusal when DuckDB refused a file, URL or extension (the cause keeps
     *         DuckDB's words for WAREHOUSE_DEBUG), otherwise {@code failure} itself
     */
    static Exception explain(SQLException failure) {
        Objects.requireNonNull(failure, "failure is null");
        String message = Objects.requireNonNullElse(failure.getMessage(), "");
        if (message.startsWith(PERMISSION_ERROR) || message.contains(IN_AN_EXTENSION)) {
            return new IllegalArgumentException(FILE_ACCESS, failure);
        }
        return failure;
    }

    /** The SQL travels as a parameter: it is parsed, never run. */
    private static JsonNode parse(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT json_serialize_sql(?)")) {
            statement.setString(1, sql);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return JSON.readTree(result.getString(1));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "Cannot read DuckDB's parse of the statement: " + e.getOriginalMessage(), e);
        }
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse(text);
    }
}
