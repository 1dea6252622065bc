package org.medinsure.warehouse.ingest.office;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.text.RenderedFile;

/**
 * What the Office readers share: their result, the limits that refuse a hostile file (a zip bomb
 * is refused by POI's {@link ZipSecureFile} before it is inflated; POI parses the XML parts with
 * external entities off), and the problem a refused file gets.
 */
public final class OfficeFiles {
    /** An entry of an Office file larger than this is refused: no budget workbook comes near it. */
    private static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;
    /** Compression ratios beyond this (1:100) are a zip bomb, not a document. */
    private static final double MIN_INFLATE_RATIO = 0.01;
    private static final Pattern QUOTED_UNIT = Pattern.compile("\"([^\"]*(?:元|人|%)[^\"]*)\"");

    private OfficeFiles() {
    }

    static void limitZip() {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    /** A file POI refused or could not open, named with the reason. */
    static RenderedFile refused(String sourcePath, String kind, Exception e) {
        String message = String.valueOf(e.getMessage());
        boolean bomb = message.contains("Zip bomb") || message.contains("zip bomb") || message.contains("exceed");
        return RenderedFile.refused(Problem.error(0, bomb ? "refused_file" : "unreadable_office_file",
                sourcePath + ": cannot read the " + kind + (bomb ? ", refused as a possible zip bomb: " : ": ")
                        + e.getClass().getSimpleName() + ": " + message));
    }

    /** A unit a number format prints after the figure ({@code 0.00"万元"} → 万元), or "". */
    static String formatUnit(String format) {
        if (format == null) {
            return "";
        }
        Matcher matcher = QUOTED_UNIT.matcher(format);
        return matcher.find() ? matcher.group(1).strip() : "";
    }
}
