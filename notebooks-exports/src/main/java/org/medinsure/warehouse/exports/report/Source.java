package org.medinsure.warehouse.exports.report;

import java.util.Objects;

/** Where a figure was printed: a file, its line, and for a PDF its page. */
public record Source(String path, long line, Integer page, Integer pageLine) implements Comparable<Source> {
    public Source {
        Objects.requireNonNull(path, "path is null");
    }

    /** {@code path 第12行}, or {@code path 第3页第12行} for a PDF. */
    public String label(ReportText text) {
        return page == null || pageLine == null ? text.get("source.line", path, line)
                : text.get("source.page_line", path, page, pageLine);
    }

    @Override
    public int compareTo(Source other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : Long.compare(line, other.line);
    }
}
