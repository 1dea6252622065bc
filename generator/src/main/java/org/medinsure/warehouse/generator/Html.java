package org.medinsure.warehouse.generator;

/** Text as HTML prints it: escaped, comparison signs now and then as named entities. */
final class Html {
    private Html() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String escapeCell(String text, Dice dice) {
        String escaped = escape(text);
        if (dice.chance(0.5)) {
            escaped = escaped.replace("≥", "&ge;").replace("≤", "&le;");
        }
        return escaped;
    }
}
