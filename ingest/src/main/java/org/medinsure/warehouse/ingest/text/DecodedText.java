package org.medinsure.warehouse.ingest.text;

import java.util.Objects;

/**
 * A file's text, the encoding it was read with (UTF-8, UTF-16LE/BE, GB18030, Big5-HKSCS …) and,
 * for a web page, the charset the page declares (null when it declares none).
 */
public record DecodedText(String text, String encoding, String declaredCharset) {
    public DecodedText {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(encoding, "encoding is null");
    }

    public DecodedText(String text, String encoding) {
        this(text, encoding, null);
    }

    DecodedText declaring(String charset) {
        return new DecodedText(text, encoding, charset);
    }

    /** True when the page declares UTF-8 but its bytes are not UTF-8. */
    public boolean contradictsDeclaration() {
        return declaredCharset != null && declaredCharset.replace("-", "").equalsIgnoreCase("utf8")
                && !encoding.startsWith("UTF");
    }
}
