package org.medinsure.warehouse.ingest.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount as printed in a table cell. Thousands separators are dropped (7,764.9). A malformed
 * number such as {@code 85..54} is kept with its possible readings, so that reconciliation can pick
 * the one reading that makes the table add up instead of the parser guessing.
 */
public record Amount(String printed, BigDecimal value, List<BigDecimal> readings) {
    private static final Pattern PLAIN = Pattern.compile("-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|-?\\d+(?:\\.\\d+)?");
    private static final Pattern DOUBLED_DOT = Pattern.compile("\\d+\\.{2,}\\d+");

    public Amount {
        readings = List.copyOf(readings);
    }

    public boolean malformed() {
        return value == null;
    }

    /** Reads a cell; empty when the cell is not a number at all. */
    public static Optional<Amount> parse(String text) {
        String cell = text.strip();
        if (cell.isEmpty() || !(cell.charAt(0) == '-' || isAsciiDigit(cell.charAt(0)))) {
            return Optional.empty(); // both patterns start with - or a digit; most cells are words
        }
        if (PLAIN.matcher(cell).matches()) {
            BigDecimal value = new BigDecimal(cell.replace(",", ""));
            return Optional.of(new Amount(cell, value, List.of(value)));
        }
        if (DOUBLED_DOT.matcher(cell).matches()) {
            // one dot too many: either a decimal point typed twice, or dots that are no decimal point at all
            BigDecimal collapsed = new BigDecimal(cell.replaceAll("\\.{2,}", "."));
            BigDecimal dropped = new BigDecimal(cell.replace(".", ""));
            return Optional.of(new Amount(cell, null, List.of(collapsed, dropped)));
        }
        return Optional.empty();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The value to place by: the printed value, or the first reading of a malformed number. */
    public BigDecimal placementValue() {
        return value != null ? value : readings.get(0);
    }
}
