package org.medinsure.warehouse.cli.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a gold file: a hand-checked fact. Fields keep the three states the gold format
 * distinguishes, because matchers treat them differently: a field that is <em>absent</em> is not
 * compared, a field that is {@code null} means "not stated in the text" (the warehouse must have
 * NULL too, never zero), and a field with a value must be equal.
 *
 * <p>Immutable: the JSON object is copied on the way in and never handed out.
 */
public final class GoldRecord {
    private final String source;
    private final int line;
    private final RecordKind kind;
    private final String file;
    private final ObjectNode fields;

    GoldRecord(String source, int line, RecordKind kind, ObjectNode fields) {
        this.source = Objects.requireNonNull(source, "source is null");
        this.line = line;
        this.kind = Objects.requireNonNull(kind, "kind is null");
        this.fields = canonical(kind, Objects.requireNonNull(fields, "fields is null").deepCopy());
        this.file = WarehouseFacts.fileName(requiredText("file"));
    }

    /**
     * One spelling per field: the real-PDF gold writes a total's amount as {@code value_wan} and its
     * side as {@code income} / {@code expenditure}, the other gold files {@code wan} and 收入 / 支出.
     */
    private static ObjectNode canonical(RecordKind kind, ObjectNode fields) {
        if (kind == RecordKind.TOTAL) {
            if (fields.has("value_wan") && !fields.has("wan")) {
                fields.set("wan", fields.get("value_wan"));
            }
            String side = fields.path("side").asText("");
            if (side.equals("income")) {
                fields.put("side", "收入");
            } else if (side.equals("expenditure")) {
                fields.put("side", "支出");
            }
        }
        return fields;
    }

    /** Where the record was read, {@code seeds.jsonl:12}, for messages and miss lists. */
    public String location() {
        return source + ":" + line;
    }

    public RecordKind kind() {
        return kind;
    }

    /** The seed file the fact is about, as a file name without folders. */
    public String file() {
        return file;
    }

    /** True when the gold carries the field, even as {@code null}. */
    public boolean has(String field) {
        return fields.has(field);
    }

    /** True when the gold carries the field with a non-null value. */
    public boolean hasValue(String field) {
        return fields.hasNonNull(field);
    }

    /** The field as text; null when absent or null. Numbers are given as printed ({@code code: 210}). */
    public String text(String field) {
        JsonNode node = fields.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw invalid(field, node, "text");
        }
        return node.asText();
    }

    public String requiredText(String field) {
        String text = text(field);
        if (text == null) {
            throw new IllegalArgumentException("Cannot read gold record " + location() + ": it has no '" + field + "'");
        }
        return text;
    }

    /** The field as an exact decimal (7764.9 stays 7764.9, not the nearest double); null when absent or null. */
    public BigDecimal decimal(String field) {
        JsonNode node = fields.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw invalid(field, node, "number");
        }
        return node.decimalValue();
    }

    /** The field as a whole number; null when absent or null. */
    public Integer integer(String field) {
        BigDecimal value = decimal(field);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw invalid(field, fields.get(field), "whole number");
        }
    }

    public int requiredInteger(String field) {
        Integer value = integer(field);
        if (value == null) {
            throw new IllegalArgumentException("Cannot read gold record " + location() + ": it has no '" + field + "'");
        }
        return value;
    }

    private IllegalArgumentException invalid(String field, JsonNode node, String expected) {
        return new IllegalArgumentException("Cannot read gold record " + location() + ": '" + field + "' is " + node
                + ", not a " + expected);
    }

    @Override
    public String toString() {
        return location() + " " + fields;
    }
}
