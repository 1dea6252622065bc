package org.medinsure.warehouse.ingest.text;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * Where each rendered line of a paged document (a PDF) is printed: its page and its line within
 * that page, for lineage a person can open the file at. Lines are numbered through the whole
 * rendered document; line 0 (the whole file) has no page.
 */
public final class PageLines implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int[] pages;
    private final int[] linesOnPage;

    public PageLines(int[] pages, int[] linesOnPage) {
        Objects.requireNonNull(pages, "pages is null");
        Objects.requireNonNull(linesOnPage, "linesOnPage is null");
        if (pages.length != linesOnPage.length) {
            throw new IllegalArgumentException("Cannot map " + pages.length + " lines to " + linesOnPage.length
                    + " lines on pages");
        }
        this.pages = pages.clone();
        this.linesOnPage = linesOnPage.clone();
    }

    /** The page of a rendered line (from 1), null for line 0 or a line beyond the document. */
    public Integer page(long line) {
        return line < 1 || line > pages.length ? null : pages[(int) line - 1];
    }

    /** The last page that prints a line: the document's page count, short of trailing blank pages. */
    public int lastPage() {
        int last = 0;
        for (int page : pages) {
            last = Math.max(last, page);
        }
        return last;
    }

    /** The line's position on its page (from 1), null where {@link #page} is. */
    public Integer lineOnPage(long line) {
        return line < 1 || line > linesOnPage.length ? null : linesOnPage[(int) line - 1];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PageLines lines && Arrays.equals(pages, lines.pages)
                && Arrays.equals(linesOnPage, lines.linesOnPage);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(pages) + Arrays.hashCode(linesOnPage);
    }
}
