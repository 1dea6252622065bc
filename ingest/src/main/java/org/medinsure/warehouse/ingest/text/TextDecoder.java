package org.medinsure.warehouse.ingest.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes document bytes. Strict UTF-8 first (with or without BOM), UTF-16 when a BOM says so,
 * otherwise GB18030, which is a superset of GBK and GB2312 and so reads every legacy file of the
 * mainland offices. Never throws: bytes that fit no encoding are read as GB18030 with
 * replacement characters, which {@link #replacementCount(String)} lets the caller report.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** The charset a page declares: {@code <meta charset="gbk">} or {@code content="text/html; charset=gb2312"}. */
    private static final Pattern DECLARED_CHARSET = Pattern.compile("<meta[^>]*charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)",
            Pattern.CASE_INSENSITIVE);
    /** A page declares its charset within its first bytes; reading further would only find quoted markup. */
    private static final int DECLARATION_WINDOW = 4096;

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

    /**
     * Decodes a web page: a BOM first, then valid UTF-8 (whatever the page declares, since GBK text
     * is practically never valid UTF-8), then the charset the page declares in a {@code <meta>}
     * tag (GB2312 and GBK read as their superset GB18030; Big5 for pages from Taiwan and Hong
     * Kong), then GB18030. {@link DecodedText#declaredCharset()} keeps the declaration so that a
     * page whose bytes contradict it can be reported.
     */
    public static DecodedText decodeHtml(byte[] bytes) {
        Optional<String> declared = declaredCharset(bytes);
        DecodedText text = decode(bytes);
        if (!text.encoding().equals("GB18030") || declared.isEmpty()) {
            return text.declaring(declared.orElse(null));
        }
        Optional<Charset> charset = charset(declared.get());
        if (charset.isPresent() && !charset.get().equals(StandardCharsets.UTF_8) && !charset.get().equals(GB18030)) {
            try {
                return new DecodedText(strict(charset.get(), bytes), charset.get().name()).declaring(declared.get());
            } catch (CharacterCodingException contradicted) {
                // the bytes are not in the declared charset either: GB18030 reads the most of them
            }
        }
        return text.declaring(declared.get());
    }

    /** The charset named in the page's first bytes, if any. */
    static Optional<String> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher matcher = DECLARED_CHARSET.matcher(head);
        return matcher.find() ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** A declared charset as Java knows it, the GB family widened to GB18030. */
    private static Optional<Charset> charset(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("gb2312") || lower.equals("gbk") || lower.equals("gb18030") || lower.equals("x-gbk")
                || lower.equals("cp936")) {
            return Optional.of(GB18030);
        }
        try {
            return Optional.of(Charset.forName(lower.equals("big5") ? "Big5-HKSCS" : name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
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
