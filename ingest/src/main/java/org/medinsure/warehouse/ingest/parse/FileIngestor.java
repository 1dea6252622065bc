package org.medinsure.warehouse.ingest.parse;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import java.util.Set;
import org.medinsure.warehouse.ingest.office.WordRenderer;
import org.medinsure.warehouse.ingest.office.WorkbookRenderer;
import org.medinsure.warehouse.ingest.pdf.PdfTextRenderer;
import org.medinsure.warehouse.ingest.model.DocumentProfile;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.model.ParsedDocument;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.html.HtmlPageRenderer;
import org.medinsure.warehouse.ingest.knowledge.IngestKnowledge;
import org.medinsure.warehouse.ingest.text.CleanText;
import org.medinsure.warehouse.ingest.text.RenderedFile;
import org.medinsure.warehouse.ingest.text.DecodedText;
import org.medinsure.warehouse.ingest.text.TextCleaner;
import org.medinsure.warehouse.ingest.text.TextDecoder;

/**
 * Reads one file's bytes into an {@link IngestedFile}. Formats it cannot read yet, empty files and
 * files that fail in an unexpected way are still returned, with an error problem, so that every
 * input appears in {@code documents}.
 */
public final class FileIngestor {
    private static final Logger LOG = LogManager.getLogger(FileIngestor.class);
    private static final Set<String> TEXT_FORMATS = Set.of("txt", "text", "md", "csv", "tsv");
    private static final Set<String> WORKBOOK_FORMATS = Set.of("xlsx", "xlsm", "xls");
    private static final Set<String> WORD_FORMATS = Set.of("docx", "doc");
    private static final Set<String> HTML_FORMATS = Set.of("html", "htm", "xhtml", "shtml", "mht");
    /** The problems of a file whose reading was stopped at a limit: they say how busy the run was, not what the file holds. */
    public static final String TIME_LIMIT = "time_limit";
    public static final String MEMORY_LIMIT = "memory_limit";
    /** The doc_id of a file with no bytes read: empty, or one that cannot be opened. */
    public static final String NO_BYTES_DOC_ID = sha256(new byte[0]);
    private final DocumentParser parser;
    private final Limits limits;
    /** Reads one file at a time, so that a file past its time limit can be left behind. */
    private ExecutorService reader = newReader();

    /**
     * What one file may take: a pathological file (a PDF of ten thousand pages, a table that makes a
     * reader go round) is stopped and listed, and the run goes on.
     *
     * @param time longest a file may be read for
     * @param maxBytes largest file read
     */
    public record Limits(Duration time, long maxBytes) implements java.io.Serializable {
        public static final Limits DEFAULT = new Limits(Duration.ofMinutes(2), 200L * 1024 * 1024);

        public Limits {
            Objects.requireNonNull(time, "time is null");
        }
    }

    public FileIngestor() {
        this(IngestKnowledge.bundled());
    }

    /** An ingestor reading with the bundled vocabularies extended by the user's. */
    public FileIngestor(IngestKnowledge knowledge) {
        this(knowledge, Limits.DEFAULT);
    }

    public FileIngestor(IngestKnowledge knowledge, Limits limits) {
        this.parser = new DocumentParser(Objects.requireNonNull(knowledge, "knowledge is null"));
        this.limits = Objects.requireNonNull(limits, "limits is null");
    }

    public IngestedFile ingest(String sourcePath, byte[] bytes) {
        Objects.requireNonNull(sourcePath, "sourcePath is null");
        Objects.requireNonNull(bytes, "bytes is null");
        String docId = sha256(bytes);
        String format = format(sourcePath);
        if (bytes.length == 0) {
            return rejected(docId, sourcePath, format, null, 0, Problem.error(0, "empty_file", sourcePath + ": the file is empty"));
        }
        if (bytes.length > limits.maxBytes()) {
            return tooLarge(sourcePath, docId, bytes.length);
        }
        Future<IngestedFile> reading = reader.submit(() -> read(sourcePath, bytes, docId, format));
        try {
            return reading.get(limits.time().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true);
            reader.shutdownNow();
            reader = newReader(); // the stuck reader is left to end on its own
            return rejected(docId, sourcePath, format, null, bytes.length, Problem.error(0, TIME_LIMIT,
                    sourcePath + ": not read within " + limits.time().toSeconds() + " s; stopped so that the run goes on"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading " + sourcePath, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError) {
                LOG.error("Out of memory while reading {}", sourcePath, e.getCause());
                return rejected(docId, sourcePath, format, null, bytes.length, Problem.error(0, MEMORY_LIMIT,
                        sourcePath + ": reading it took more memory than the run has; stopped so that the run goes on"));
            }
            throw new IllegalStateException("Cannot read " + sourcePath + ": " + e.getCause(), e.getCause());
        }
    }

    /** A listed file that cannot be opened (a broken link, no permission, gone since it was listed): rejected, with no bytes. */
    public IngestedFile unreadable(String sourcePath, String reason) {
        return rejected(NO_BYTES_DOC_ID, sourcePath, format(sourcePath), null, 0, Problem.error(0, "unreadable_file",
                sourcePath + ": cannot be opened (" + reason + ")"));
    }

    /** Whether a problem says the file's reading was stopped at a limit ({@link #TIME_LIMIT}, {@link #MEMORY_LIMIT}). */
    public static boolean stoppedAtLimit(Object check) {
        return TIME_LIMIT.equals(check) || MEMORY_LIMIT.equals(check);
    }

    /** A file longer than the limit, rejected without its bytes being held. */
    public IngestedFile tooLarge(String sourcePath, String docId, long length) {
        return rejected(docId, sourcePath, format(sourcePath), null, length, Problem.error(0, "file_too_large",
                sourcePath + ": " + length + " bytes, more than the " + limits.maxBytes() + " a file may have"));
    }

    private static ExecutorService newReader() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "file-reader");
            thread.setDaemon(true);
            return thread;
        });
    }

    private IngestedFile read(String sourcePath, byte[] bytes, String docId, String format) {
        if (format.equals("pdf") || WORKBOOK_FORMATS.contains(format) || WORD_FORMATS.contains(format)) {
            return binary(docId, sourcePath, format, bytes);
        }
        boolean html = HTML_FORMATS.contains(format);
        if (!html && !TEXT_FORMATS.contains(format)) {
            return rejected(docId, sourcePath, format, null, bytes.length, Problem.error(0, "unsupported_format",
                    sourcePath + ": format '" + format + "' is not read yet; convert it to text to load it"));
        }
        DecodedText decoded = html ? TextDecoder.decodeHtml(bytes) : TextDecoder.decode(bytes);
        long lineCount = lineCount(decoded.text());
        try {
            // a page saved under a text name is still a page
            CleanText text = html || HtmlPageRenderer.holdsTable(decoded.text())
                    ? HtmlPageRenderer.render(sourcePath, decoded.text())
                    : TextCleaner.clean(sourcePath, decoded.text());
            ParsedDocument parsed = parser.parse(text).withSourceLines(text.origins()::sourceLine);
            List<Problem> decoding = decodingProblems(sourcePath, decoded);
            if (!decoding.isEmpty()) {
                parsed = parsed.withLeadingProblems(decoding);
            }
            return new IngestedFile(docId, sourcePath, format, decoded.encoding(), bytes.length, lineCount, parsed);
        } catch (RuntimeException e) {
            // the one bulkhead per document: a bug costs this file, never the run, and is never taken
            // for a bad document
            LOG.error("Internal error while reading {}", sourcePath, e);
            return rejected(docId, sourcePath, format, decoded.encoding(), bytes.length, internalError(sourcePath, e));
        }
    }

    /**
     * A PDF (its text layer, rendered as aligned lines), a Word document or an Excel workbook
     * (rendered into lines whose tables keep their cells), read like any other text.
     */
    private IngestedFile binary(String docId, String sourcePath, String format, byte[] bytes) {
        try {
            RenderedFile rendered = format.equals("pdf") ? PdfTextRenderer.render(sourcePath, bytes)
                    : WORKBOOK_FORMATS.contains(format) ? WorkbookRenderer.render(sourcePath, bytes)
                    : WordRenderer.render(sourcePath, bytes, format.equals("doc"));
            if (rendered.unreadable()) {
                return rejected(docId, sourcePath, format, null, bytes.length, rendered.problems().get(0));
            }
            CleanText text = rendered.text();
            ParsedDocument parsed = parser.parse(text).withSourceLines(text.origins()::sourceLine);
            if (!rendered.problems().isEmpty()) {
                parsed = parsed.withLeadingProblems(rendered.problems());
            }
            return new IngestedFile(docId, sourcePath, format, null, bytes.length, text.size(), parsed, rendered.pages());
        } catch (RuntimeException e) {
            LOG.error("Internal error while reading {}", sourcePath, e);
            return rejected(docId, sourcePath, format, null, bytes.length, internalError(sourcePath, e));
        }
    }

    private static Problem internalError(String sourcePath, RuntimeException e) {
        return Problem.error(0, "internal_error", sourcePath + ": internal error while reading the file, a bug to"
                + " report with the file (the log has the stack trace): " + e);
    }

    /** Bytes that could not be decoded, and a page whose bytes contradict the charset it declares. */
    private static List<Problem> decodingProblems(String sourcePath, DecodedText decoded) {
        List<Problem> problems = new ArrayList<>();
        int undecodable = TextDecoder.replacementCount(decoded.text());
        if (undecodable > 0) {
            problems.add(Problem.warning(0, "undecodable_bytes",
                    sourcePath + ": " + undecodable + " characters could not be decoded"));
        }
        if (decoded.contradictsDeclaration()) {
            problems.add(Problem.warning(0, "declared_encoding_mismatch", sourcePath + ": the page declares charset "
                    + decoded.declaredCharset() + " but its bytes are not valid in it; read as " + decoded.encoding()));
        }
        return problems;
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
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** The SHA-256 of a stream's bytes, read to its end without holding them. */
    public static String sha256(java.io.InputStream in) throws java.io.IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[64 * 1024];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            digest.update(buffer, 0, read);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
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
