package org.medinsure.warehouse.exports.report;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The report's charts as inline SVG: no script, no external file, and greys, dashes and shapes
 * rather than colours, so that they print and read in greyscale.
 */
final class SvgCharts {
    private static final int WIDTH = 720;
    private static final int LABEL_WIDTH = 120;

    /** A bar: a county's label, its value and the value as printed beside the bar. */
    record Bar(String label, double value, String valueText) {
    }

    /** A heat-map cell; {@code value} null where no figure is known. */
    record Cell(String row, String column, Double value, String text, boolean flagged) {
    }

    /** A dot of a distribution strip; {@code marked} dots are drawn as open squares. */
    record Dot(double value, boolean marked, String title) {
    }

    private SvgCharts() {
    }

    /** Horizontal bars, one per county, with the province median as a dashed line across them. */
    static Element barsAgainstMedian(String title, List<Bar> bars, double median, String medianText) {
        int rowHeight = 22;
        int top = 24;
        int valueWidth = 100;
        double plot = WIDTH - LABEL_WIDTH - valueWidth;
        double max = Math.max(median, bars.stream().mapToDouble(Bar::value).max().orElse(0));
        double scale = max > 0 ? plot / max : 0;
        int height = top + rowHeight * bars.size() + 8;
        Element svg = svg(title, height, "chart bars");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = top + i * rowHeight;
            text(svg, LABEL_WIDTH - 6, y + 15, bar.label()).attr("text-anchor", "end");
            double width = Math.max(bar.value() * scale, 1);
            svg.appendElement("rect").attr("x", number(LABEL_WIDTH)).attr("y", number(y + 4))
                    .attr("width", number(width)).attr("height", "14").attr("stroke", "#000").attr("stroke-width", "0.5")
                    .attr("fill", bar.value() >= median ? "#555" : "#bbb")
                    .appendElement("title").text(bar.label() + " " + bar.valueText());
            text(svg, LABEL_WIDTH + width + 4, y + 15, bar.valueText());
        }
        double x = LABEL_WIDTH + median * scale;
        svg.appendElement("line").attr("class", "median").attr("x1", number(x)).attr("x2", number(x))
                .attr("y1", number(top - 4)).attr("y2", number(height - 4)).attr("stroke", "#000")
                .attr("stroke-width", "1.5").attr("stroke-dasharray", "6 3");
        text(svg, x, top - 8, medianText).attr("text-anchor", "middle");
        return svg;
    }

    /**
     * Rows against columns, each cell shaded by how far its value lies from {@code centre}: light
     * within [{@code low}, {@code high}], dark outside, with the value printed in the cell and a
     * heavy border on flagged cells, so the shading is never the only cue.
     */
    static Element heatMap(String title, List<String> rows, List<String> columns, List<Cell> cells, double centre,
                           double low, double high, String missingText, String flaggedText) {
        int cellWidth = 76;
        int cellHeight = 26;
        int top = 28;
        Map<String, Cell> byPosition = new HashMap<>();
        cells.forEach(cell -> byPosition.put(cell.row() + "\u0000" + cell.column(), cell));
        int height = top + cellHeight * rows.size() + 40;
        Element svg = svg(title, height, "chart heatmap");
        for (int c = 0; c < columns.size(); c++) {
            text(svg, LABEL_WIDTH + c * cellWidth + cellWidth / 2.0, top - 10, columns.get(c)).attr("text-anchor", "middle");
        }
        for (int r = 0; r < rows.size(); r++) {
            double y = top + r * cellHeight;
            text(svg, LABEL_WIDTH - 6, y + 17, rows.get(r)).attr("text-anchor", "end");
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = byPosition.get(rows.get(r) + "\u0000" + columns.get(c));
                double x = LABEL_WIDTH + c * cellWidth;
                String shade = cell == null || cell.value() == null ? "#fff" : shade(cell.value(), centre, low, high);
                boolean flagged = cell != null && cell.flagged();
                Element rect = svg.appendElement("rect").attr("class", "cell").attr("x", number(x)).attr("y", number(y))
                        .attr("width", number(cellWidth)).attr("height", number(cellHeight)).attr("fill", shade)
                        .attr("stroke", "#000").attr("stroke-width", flagged ? "2.5" : "0.5");
                String printed = cell == null || cell.value() == null ? "—" : cell.text();
                rect.appendElement("title").text(rows.get(r) + " " + columns.get(c) + " " + printed);
                text(svg, x + cellWidth / 2.0, y + 17, printed).attr("text-anchor", "middle")
                        .attr("fill", isDark(shade) ? "#fff" : "#000");
            }
        }
        double legendY = top + cellHeight * rows.size() + 14;
        legend(svg, LABEL_WIDTH, legendY, "#fff", "0.5", missingText);
        legend(svg, LABEL_WIDTH + 120, legendY, shade(low - 0.2, centre, low, high), "2.5", flaggedText);
        return svg;
    }

    /** One dot per value along an axis, with a solid line at the floor and a dashed one at the median. */
    static Element strip(String title, List<Dot> dots, double floor, Double median, String floorText, String medianText) {
        int height = 120;
        double axisY = 86;
        double min = Math.min(floor, dots.stream().mapToDouble(Dot::value).min().orElse(floor));
        double max = Math.max(100, dots.stream().mapToDouble(Dot::value).max().orElse(100));
        double from = Math.floor(min) - 1;
        double to = Math.ceil(max);
        double plot = WIDTH - 2 * 30.0;
        double scale = plot / (to - from);
        Element svg = svg(title, height, "chart strip");
        svg.appendElement("line").attr("x1", "30").attr("x2", number(30 + plot)).attr("y1", number(axisY))
                .attr("y2", number(axisY)).attr("stroke", "#000");
        double step = to - from > 40 ? 10 : to - from > 16 ? 5 : to - from > 8 ? 2 : 1;
        for (double tick = Math.ceil(from / step) * step; tick <= to; tick += step) {
            double x = 30 + (tick - from) * scale;
            svg.appendElement("line").attr("x1", number(x)).attr("x2", number(x)).attr("y1", number(axisY))
                    .attr("y2", number(axisY + 5)).attr("stroke", "#000");
            text(svg, x, axisY + 18, number(tick) + "%").attr("text-anchor", "middle");
        }
        Map<Long, Integer> stacked = new HashMap<>();
        for (Dot dot : dots) {
            double x = 30 + (dot.value() - from) * scale;
            int level = stacked.merge(Math.round(dot.value() * 10), 1, Integer::sum) - 1;
            double y = axisY - 10 - Math.min(level, 6) * 9;
            Element mark = dot.marked()
                    ? svg.appendElement("rect").attr("class", "dot below").attr("x", number(x - 4)).attr("y", number(y - 4))
                            .attr("width", "8").attr("height", "8").attr("fill", "#fff").attr("stroke", "#000")
                            .attr("stroke-width", "1.5")
                    : svg.appendElement("circle").attr("class", "dot").attr("cx", number(x)).attr("cy", number(y))
                            .attr("r", "4").attr("fill", "#000").attr("fill-opacity", "0.55");
            mark.appendElement("title").text(dot.title());
        }
        double floorX = 30 + (floor - from) * scale;
        svg.appendElement("line").attr("class", "floor").attr("x1", number(floorX)).attr("x2", number(floorX))
                .attr("y1", "14").attr("y2", number(axisY)).attr("stroke", "#000").attr("stroke-width", "1.5");
        text(svg, floorX, 10, floorText).attr("text-anchor", "middle");
        if (median != null) {
            double medianX = 30 + (median - from) * scale;
            svg.appendElement("line").attr("class", "median").attr("x1", number(medianX)).attr("x2", number(medianX))
                    .attr("y1", "26").attr("y2", number(axisY)).attr("stroke", "#000").attr("stroke-dasharray", "5 3");
            text(svg, medianX, 22, medianText).attr("text-anchor", "middle");
        }
        return svg;
    }

    /** Grey by distance from the centre: #f2f2f2 to #c8c8c8 within the bounds, #8c8c8c to #262626 outside. */
    static String shade(double value, double centre, double low, double high) {
        double distance = Math.abs(value - centre);
        boolean outside = value < low || value > high;
        double bound = value < centre ? centre - low : high - centre;
        int grey;
        if (!outside) {
            grey = (int) Math.round(242 - 42 * (bound > 0 ? distance / bound : 0));
        } else {
            double beyond = Math.min(1, (distance - bound) / 0.4);
            grey = (int) Math.round(140 - 102 * beyond);
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x", grey, grey, grey);
    }

    private static boolean isDark(String shade) {
        return shade.length() == 7 && Integer.parseInt(shade.substring(1, 3), 16) < 128;
    }

    private static void legend(Element svg, double x, double y, String fill, String strokeWidth, String label) {
        svg.appendElement("rect").attr("x", number(x)).attr("y", number(y)).attr("width", "18").attr("height", "12")
                .attr("fill", fill).attr("stroke", "#000").attr("stroke-width", strokeWidth);
        text(svg, x + 24, y + 10, label);
    }

    private static Element svg(String title, int height, String cssClass) {
        Element svg = new Element("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("class", cssClass)
                .attr("viewBox", "0 0 " + WIDTH + " " + height).attr("width", String.valueOf(WIDTH))
                .attr("height", String.valueOf(height)).attr("role", "img").attr("aria-label", title)
                .attr("font-size", "12");
        svg.appendElement("title").text(title);
        return svg;
    }

    private static Element text(Element svg, double x, double y, String content) {
        return svg.appendElement("text").attr("x", number(x)).attr("y", number(y)).text(content == null ? "—" : content);
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
