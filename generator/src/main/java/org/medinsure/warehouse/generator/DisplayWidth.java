package org.medinsure.warehouse.generator;

/** Columns a string takes in a monospaced rendering: CJK and full-width characters take two. */
final class DisplayWidth {
    private DisplayWidth() {
    }

    static int of(String text) {
        return text.codePoints().map(DisplayWidth::ofCodePoint).sum();
    }

    static int ofCodePoint(int codePoint) {
        boolean wide = codePoint >= 0x1100 && (codePoint <= 0x115f || codePoint >= 0x2e80 && codePoint <= 0xa4cf
                || codePoint >= 0xac00 && codePoint <= 0xd7a3 || codePoint >= 0xf900 && codePoint <= 0xfaff
                || codePoint >= 0xfe30 && codePoint <= 0xfe4f || codePoint >= 0xff00 && codePoint <= 0xff60
                || codePoint >= 0xffe0 && codePoint <= 0xffe6 || codePoint >= 0x20000);
        return wide ? 2 : 1;
    }

    /** Splits text into pieces no wider than {@code width} (at least one code point each). */
    static java.util.List<String> wrap(String text, int width) {
        java.util.List<String> pieces = new java.util.ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int used = 0;
        for (int codePoint : text.codePoints().toArray()) {
            int w = ofCodePoint(codePoint);
            if (used + w > width && piece.length() > 0) {
                pieces.add(piece.toString());
                piece.setLength(0);
                used = 0;
            }
            piece.appendCodePoint(codePoint);
            used += w;
        }
        if (piece.length() > 0 || pieces.isEmpty()) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - of(text)));
    }
}
