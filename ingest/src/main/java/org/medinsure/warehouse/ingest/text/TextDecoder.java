package org.medinsure.warehouse.ingest.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes document bytes. Strict UTF-8 first (with or without BOM), UTF-16 when a BOM says so,
 * otherwise GB18030, which is a superset of GBK and GB2312 and so reads every legacy file of the
 * mainland offices. Never throws: bytes that fit no encoding are read as GB18030 with
 * replacement characters, which {@link #replacementCount(String)} lets the caller report.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        try {
            return new DecodedText(strict(StandardCharsets.UTF_8, bytes), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return new DecodedText(new String(bytes, GB18030), "GB18030");
        }
    }

    /** Number of U+FFFD characters: bytes that could not be decoded. */
    public static int replacementCount(String text) {
        if (text.indexOf('\uFFFD') < 0) {
            return 0; // the common case, found by a fast indexOf rather than a char loop
        }
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\uFFFD') {
                count++;
            }
        }
        return count;
    }

    private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // the JDK's String decoder is much faster than a CharsetDecoder and replaces every
            // malformed sequence with U+FFFD, so without any U+FFFD in its result the bytes were
            // valid UTF-8 and the strict decoder would have returned the same text
            String lenient = new String(bytes, StandardCharsets.UTF_8);
            if (lenient.indexOf('\uFFFD') < 0) {
                return lenient;
            }
        }
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
