package org.medinsure.warehouse.ingest.parse;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.medinsure.warehouse.ingest.model.DocumentProfile;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.model.ParsedDocument;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.text.DecodedText;
import org.medinsure.warehouse.ingest.text.TextDecoder;

/**
 * Reads one file's bytes into an {@link IngestedFile}. Formats it cannot read yet, empty files and
 * files that fail in an unexpected way are still returned, with an error problem, so that every
 * input appears in {@code documents}.
 */
public final class FileIngestor {
    private static final Set<String> TEXT_FORMATS = Set.of("txt", "text", "md", "csv", "tsv");
    private final DocumentParser parser = new DocumentParser();

    public IngestedFile ingest(String sourcePath, byte[] bytes) {
        Objects.requireNonNull(sourcePath, "sourcePath is null");
        Objects.requireNonNull(bytes, "bytes is null");
        String docId = sha256(bytes);
        String format = format(sourcePath);
        if (bytes.length == 0) {
            return rejected(docId, sourcePath, format, null, 0, Problem.error(0, "empty_file", sourcePath + ": the file is empty"));
        }
        if (!TEXT_FORMATS.contains(format)) {
            return rejected(docId, sourcePath, format, null, bytes.length, Problem.error(0, "unsupported_format",
                    sourcePath + ": format '" + format + "' is not read yet; convert it to text to load it"));
        }
        DecodedText decoded = TextDecoder.decode(bytes);
        long lineCount = lineCount(decoded.text());
        try {
            return new IngestedFile(docId, sourcePath, format, decoded.encoding(), bytes.length, lineCount,
                    parser.parse(sourcePath, decoded.text()));
        } catch (RuntimeException e) {
            return rejected(docId, sourcePath, format, decoded.encoding(), bytes.length,
                    Problem.error(0, "parser_failed", sourcePath + ": " + e));
        }
    }

    /** As {@code text.lines().count()}, without making a string per line. */
    static long lineCount(String text) {
        long count = 0;
        int length = text.length();
        if (text.indexOf('\r') < 0) {
            // only \n ends lines: let indexOf find them
            for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', end + 1)) {
                count++;
            }
            return length == 0 || text.charAt(length - 1) == '\n' ? count : count + 1;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                count++;
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
            }
        }
        // a last line without a terminator still counts
        char last = length == 0 ? '\n' : text.charAt(length - 1);
        return last == '\n' || last == '\r' ? count : count + 1;
    }

    static String format(String sourcePath) {
        String name = sourcePath.substring(sourcePath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static IngestedFile rejected(String docId, String sourcePath, String format, String encoding, long size, Problem problem) {
        ParsedDocument empty = new ParsedDocument(new DocumentProfile(DocumentType.UNKNOWN, null, null, null),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(problem));
        return new IngestedFile(docId, sourcePath, format, encoding, size, 0, empty);
    }
}
