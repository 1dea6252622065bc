package org.medinsure.warehouse.generator;

/**
 * The layout families documents reach us in, each as its description says a publishing tool or a
 * text extraction prints a table. The renderers are written from these descriptions.
 */
public enum LayoutFamily {
    /** Word or Excel copied as text: one row a line, cells separated by TAB, merged cells left empty. */
    TAB_ROWS("txt"),
    /** Markdown converted from Word: {@code | a | b |} rows, a {@code |---|} line under the first. */
    PIPE_TABLE("md"),
    /** An HTML page: {@code <table>} with {@code colspan}, paragraphs in {@code <p>}. */
    HTML("html"),
    /** pdftotext -layout: columns aligned with runs of spaces, long cells wrapped within their column. */
    FIXED_WIDTH("txt"),
    /** pdftotext -raw: the cells of a row joined by single spaces, empty cells gone. */
    SPACE_JOINED("txt"),
    /** Extraction that puts every cell on a line of its own, an empty cell as an empty line. */
    ONE_CELL_PER_LINE("txt"),
    /** Form fields as {@code 标签：值} lines, the indicator table below them as a markdown table. */
    LABEL_VALUE("md");

    private final String extension;

    LayoutFamily(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
