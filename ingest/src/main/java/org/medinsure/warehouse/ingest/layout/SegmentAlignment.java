package org.medinsure.warehouse.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import org.medinsure.warehouse.ingest.layout.AlignedTextReader.Segment;
import org.medinsure.warehouse.ingest.text.SourceLine;

/**
 * Lines up the text runs of a space-aligned block before its columns are measured: later pages
 * moved onto the first, and right-aligned figures widened to their column's extent. Both correct
 * where the printer put text, not what the text says.
 */
final class SegmentAlignment {
    /** A continued page is printed at most this many columns off the first. */
    private static final int MAX_PAGE_SHIFT = 12;

    private SegmentAlignment() {
    }

    /** The segments of a block's lines, pages shifted onto the first and figures widened to their column. */
    static List<List<Segment>> align(List<SourceLine> lines, List<List<Segment>> segments) {
        return figureColumns(onePage(lines, segments));
    }

    /**
     * The segments with every page moved onto the first: a table continued over a page break is
     * often printed a few columns left or right of where it began. Each later page is shifted by the
     * offset at which most of its cells start or end where cells of the first page do.
     */
    private static List<List<Segment>> onePage(List<SourceLine> lines, List<List<Segment>> segments) {
        List<List<Segment>> shifted = new ArrayList<>(segments);
        List<List<Segment>> reference = null;
        int pageStart = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String text = i == lines.size() ? "" : lines.get(i).text();
            boolean pageEnd = i == lines.size() || text.indexOf('\f') >= 0;
            if (!pageEnd) {
                continue;
            }
            // a form feed glued to the start of a line (as pdftotext prints it) opens the next page with that line
            boolean opensPage = i < lines.size() && !text.replace('\f', ' ').isBlank();
            List<List<Segment>> page = segments.subList(pageStart, i);
            if (reference == null) {
                if (multiLines(page) >= 2) {
                    reference = page;
                }
            } else {
                int offset = offset(reference, page);
                for (int k = pageStart; k < i && offset != 0; k++) {
                    List<Segment> moved = new ArrayList<>();
                    for (Segment segment : segments.get(k)) {
                        moved.add(new Segment(segment.text(), Math.max(0, segment.start() - offset),
                                Math.max(1, segment.end() - offset)));
                    }
                    shifted.set(k, moved);
                }
            }
            pageStart = opensPage ? i : i + 1;
        }
        return shifted;
    }

    /**
     * Figures right-aligned in a column end where the column ends, however many digits they print:
     * a column of mostly {@code 0} with a few {@code 18,285,736} would otherwise show a gutter
     * inside itself. Each figure whose right edge it shares with another figure is widened to the
     * widest figure of that edge (never into the cell before it on its line), so the column is
     * measured by its whole extent.
     */
    private static List<List<Segment>> figureColumns(List<List<Segment>> segments) {
        java.util.Map<Integer, Integer> widest = new java.util.HashMap<>(); // right edge → leftmost start
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (List<Segment> line : segments) {
            if (line.size() < 2) {
                continue;
            }
            for (Segment segment : line) {
                if (looksFigure(segment.text())) {
                    widest.merge(segment.end(), segment.start(), Math::min);
                    counts.merge(segment.end(), 1, Integer::sum);
                }
            }
        }
        List<List<Segment>> widened = new ArrayList<>(segments.size());
        for (List<Segment> line : segments) {
            if (line.size() < 2) {
                widened.add(line);
                continue;
            }
            List<Segment> moved = new ArrayList<>(line.size());
            int previousEnd = 0;
            for (Segment segment : line) {
                Segment placed = segment;
                if (looksFigure(segment.text()) && counts.get(segment.end()) >= 2) {
                    int start = Math.max(widest.get(segment.end()), previousEnd + 2);
                    placed = new Segment(segment.text(), Math.min(start, segment.start()), segment.end());
                }
                moved.add(placed);
                previousEnd = segment.end();
            }
            widened.add(moved);
        }
        return widened;
    }

    /** An amount as tables print it: digits with separators, a sign or a decimal point, nothing else. */
    static boolean looksFigure(String text) {
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (",.-%".indexOf(c) < 0) {
                return false;
            }
        }
        return digit;
    }

    /** The shift of a page against the reference page that lines up most cell edges. */
    private static int offset(List<List<Segment>> reference, List<List<Segment>> page) {
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        java.util.Set<Integer> ends = new java.util.HashSet<>();
        for (List<Segment> line : reference) {
            if (line.size() >= 2) {
                line.forEach(segment -> {
                    starts.add(segment.start());
                    ends.add(segment.end());
                });
            }
        }
        int best = 0;
        int bestScore = -1;
        for (int offset = 0; Math.abs(offset) <= MAX_PAGE_SHIFT; offset = offset > 0 ? -offset : -offset + 1) {
            int score = 0;
            for (List<Segment> line : page) {
                if (line.size() < 2) {
                    continue;
                }
                for (Segment segment : line) {
                    score += near(starts, segment.start() - offset) || near(ends, segment.end() - offset) ? 1 : 0;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = offset;
            }
        }
        return best;
    }

    private static boolean near(java.util.Set<Integer> positions, int position) {
        return positions.contains(position) || positions.contains(position - 1) || positions.contains(position + 1);
    }

    private static int multiLines(List<List<Segment>> segments) {
        int count = 0;
        for (List<Segment> line : segments) {
            count += line.size() >= 2 ? 1 : 0;
        }
        return count;
    }
}
