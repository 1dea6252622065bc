package org.medinsure.warehouse.ingest.text;

import java.util.Objects;

/** A file's text and the encoding it was read with (UTF-8, UTF-16LE/BE or GB18030). */
public record DecodedText(String text, String encoding) {
    public DecodedText {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(encoding, "encoding is null");
    }
}
