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
        if (isPlain(cell)) {
            BigDecimal value = new BigDecimal(cell.replace(",", ""));
            return Optional.of(new Amount(cell, value, List.of(value)));
        }
        if (!cell.isEmpty() && isAsciiDigit(cell.charAt(0)) && DOUBLED_DOT.matcher(cell).matches()) {
            // one dot too many: either a decimal point typed twice, or dots that are no decimal point at all
            BigDecimal collapsed = new BigDecimal(cell.replaceAll("\\.{2,}", "."));
            BigDecimal dropped = new BigDecimal(cell.replace(".", ""));
            return Optional.of(new Amount(cell, null, List.of(collapsed, dropped)));
        }
        return Optional.empty();
    }

    /**
     * Whether the cell is a whole plain amount, the regex
     * {@code -?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?} matched by hand, as this runs on
     * every table cell: an optional minus, digits (one to three of them when comma groups of
     * three follow), then an optional fraction.
     */
    static boolean isPlain(String cell) {
        int length = cell.length();
        int at = cell.startsWith("-") ? 1 : 0;
        int digits = at;
        while (at < length && isAsciiDigit(cell.charAt(at))) {
            at++;
        }
        if (at == digits) {
            return false;
        }
        if (at < length && cell.charAt(at) == ',') {
            if (at - digits > 3) {
                return false;
            }
            while (at < length && cell.charAt(at) == ',') {
                if (at + 3 >= length || !isAsciiDigit(cell.charAt(at + 1))
                        || !isAsciiDigit(cell.charAt(at + 2)) || !isAsciiDigit(cell.charAt(at + 3))) {
                    return false;
                }
                at += 4;
            }
        }
        if (at < length && cell.charAt(at) == '.') {
            int fraction = ++at;
            while (at < length && isAsciiDigit(cell.charAt(at))) {
                at++;
            }
            if (at == fraction) {
                return false;
            }
        }
        return at == length;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The value to place by: the printed value, or the first reading of a malformed number. */
    public BigDecimal placementValue() {
        return value != null ? value : readings.get(0);
    }

    /**
     * Whether the token is a whole number: the regex {@code -?\d[\d,]*(?:\.+\d+)*%?}, matched by
     * hand, as this runs on every token of every PDF table; each part of the pattern is greedy and
     * never has to give back, so one left-to-right scan decides.
     */
    static boolean isNumberToken(String token) {
        int length = token.length();
        int at = 0;
        if (at < length && token.charAt(at) == '-') {
            at++;
        }
        if (at == length || !isDigit(token.charAt(at))) {
            return false;
        }
        at++;
        while (at < length && (isDigit(token.charAt(at)) || token.charAt(at) == ',')) {
            at++;
        }
        while (at < length && token.charAt(at) == '.') {
            int dots = at;
            while (dots < length && token.charAt(dots) == '.') {
                dots++;
            }
            if (dots == length || !isDigit(token.charAt(dots))) {
                break; // a group needs digits after its dots
            }
            at = dots;
            while (at < length && isDigit(token.charAt(at))) {
                at++;
            }
        }
        if (at < length && token.charAt(at) == '%') {
            at++;
        }
        return at == length;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
