package org.medinsure.warehouse.ingest.budget;

import java.util.ArrayList;
import java.util.List;
import org.medinsure.warehouse.ingest.budget.BudgetVocabulary.Entry;
import org.medinsure.warehouse.ingest.budget.TableHeader.Column;
import org.medinsure.warehouse.ingest.budget.TableHeader.Side;
import org.medinsure.warehouse.ingest.layout.Cell;
import org.medinsure.warehouse.ingest.layout.GridRow;

/**
 * Header of a table in space-aligned PDF text. Cells wrap and lose their columns, so the header is
 * read as one run of text: known labels are found in it left to right (longest first, so that
 * 项目支出 is not read as 项目), the column-number row says how many amount columns each side has
 * (栏次 1 | 栏次 2 3 4), and when more labels than columns are found the surplus are group labels,
 * rebuilt as {@code 本年支出-小计}: a 小计 run belongs to the earlier label it shares most
 * characters with at either end.
 */
final class SpaceHeaderReader {
    private SpaceHeaderReader() {
    }

    private record Found(String kind, String label, String value) {
    }

    static TableHeader read(BudgetVocabulary vocabulary, List<GridRow> header, int headerRows, boolean economic) {
        StringBuilder text = new StringBuilder();
        List<Integer> sideCounts = new ArrayList<>();
        for (GridRow row : header) {
            for (Cell cell : row.cells()) {
                if (HeaderReader.isColumnNumber(cell.text())) {
                    if (sideCounts.isEmpty()) {
                        sideCounts.add(0);
                    }
                    sideCounts.set(sideCounts.size() - 1, sideCounts.get(sideCounts.size() - 1) + 1);
                } else {
                    String squeezed = BudgetVocabulary.squeeze(cell.text());
                    if (squeezed.contains("栏次") && !sideCounts.isEmpty()) {
                        sideCounts.add(0); // a second 栏次 opens the second side
                    }
                    text.append(squeezed);
                }
            }
        }
        sideCounts.removeIf(n -> n == 0);
        List<Found> found = scan(vocabulary, text.toString());
        boolean pairTable = found.stream().filter(f -> f.kind().equals("pair_group")).map(Found::value)
                .distinct().count() >= 2;
        if (!pairTable) {
            // 决算数 alone (or on both sides of a summary table) is an ordinary amount column
            found = found.stream().map(f -> f.kind().equals("pair_group") ? new Found("column", f.label(), "other") : f)
                    .toList();
        }
        boolean hasCodes = found.stream().anyMatch(f -> f.kind().equals("code_header"));
        List<String> pairGroups = found.stream().filter(f -> f.kind().equals("pair_group")).map(Found::label).toList();
        boolean rowNumber = found.stream().anyMatch(f -> f.kind().equals("row_number"));
        List<String> sideNames = found.stream().filter(f -> f.kind().equals("side")).map(Found::value).toList();

        int sideCount = pairGroups.size() >= 2 ? pairGroups.size() : Math.max(1, sideCounts.size());
        List<List<String>> labelsPerSide = new ArrayList<>();
        List<String> amountLabels = found.stream().filter(f -> f.kind().equals("column")).map(Found::label).toList();
        if (pairGroups.size() >= 2 || sideCount == 1) {
            labelsPerSide.add(new ArrayList<>(amountLabels));
        } else {
            // two-sided summary tables: each label header (项目) opens a side
            for (Found f : found) {
                if (f.kind().equals("label_header")) {
                    labelsPerSide.add(new ArrayList<>());
                } else if (f.kind().equals("column") && !labelsPerSide.isEmpty()) {
                    labelsPerSide.get(labelsPerSide.size() - 1).add(f.label());
                }
            }
        }
        List<Side> sides = new ArrayList<>();
        if (pairGroups.size() >= 2) {
            int columnsPerGroup = sideCounts.isEmpty() ? -1 : sideCounts.get(0) / pairGroups.size();
            List<List<String>> perGroup = splitPairLabels(labelsPerSide.get(0), pairGroups.size());
            for (int g = 0; g < pairGroups.size(); g++) {
                List<String> names = GroupRebuilder.rebuild(perGroup.get(g), columnsPerGroup);
                sides.add(new Side(pairGroups.get(g), -1, columns(vocabulary, names), false));
            }
        } else {
            for (int s = 0; s < labelsPerSide.size(); s++) {
                int count = s < sideCounts.size() ? sideCounts.get(s) : -1;
                List<String> names = GroupRebuilder.rebuild(labelsPerSide.get(s), count);
                String name = labelsPerSide.size() > 1 && s < sideNames.size() ? sideNames.get(s) : null;
                sides.add(new Side(name, -1, columns(vocabulary, names), rowNumber));
            }
        }
        return new TableHeader(sides, hasCodes, List.of(), economic, pairGroups.size() >= 2 ? pairGroups : List.of(),
                headerRows);
    }

    private static List<Column> columns(BudgetVocabulary vocabulary, List<String> names) {
        List<Column> columns = new ArrayList<>();
        for (String name : names) {
            columns.add(HeaderReader.column(vocabulary, name, -1));
        }
        return columns;
    }

    /**
     * Labels of a budget-against-final header: first the top-level labels of every group in turn,
     * then the 小计 runs of every group in turn. Returns each group's top labels followed by its run.
     */
    private static List<List<String>> splitPairLabels(List<String> labels, int groups) {
        int firstSubtotal = labels.indexOf("小计");
        List<String> top = firstSubtotal < 0 ? labels : labels.subList(0, firstSubtotal);
        List<String> subs = firstSubtotal < 0 ? List.of() : labels.subList(firstSubtotal, labels.size());
        List<List<String>> result = new ArrayList<>();
        int topPer = top.size() / groups;
        int subPer = subs.size() / groups;
        for (int g = 0; g < groups; g++) {
            List<String> mine = new ArrayList<>(top.subList(g * topPer, (g + 1) * topPer));
            mine.addAll(subs.subList(g * subPer, (g + 1) * subPer));
            result.add(mine);
        }
        return result;
    }

    private static List<Found> scan(BudgetVocabulary vocabulary, String text) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Entry match = null;
            // only labels starting with this character can match here; they keep the longest-first order
            for (Entry entry : vocabulary.headerLabelsStartingWith(text.charAt(i))) {
                if (text.startsWith(entry.label(), i)) {
                    match = entry;
                    break;
                }
            }
            if (match == null) {
                i++;
            } else {
                found.add(new Found(match.kind(), match.label(), match.value()));
                i += match.label().length();
            }
        }
        return found;
    }
}
