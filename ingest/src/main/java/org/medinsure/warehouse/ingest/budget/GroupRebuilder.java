package org.medinsure.warehouse.ingest.budget;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds two-level column names from a flat label list read out of PDF text, where the group
 * label (本年支出, 公务用车购置及运行费) is printed above its sub-columns (小计, 基本支出, 项目支出)
 * and so comes before them in the text. Every run that starts with 小计 belongs to the earlier label
 * that shares the most characters with the run's labels at either end; that label is replaced by
 * {@code group-sub} names in its place.
 */
final class GroupRebuilder {
    private GroupRebuilder() {
    }

    /** @param expected number of columns the numbering row shows, or -1 when unknown */
    static List<String> rebuild(List<String> labels, int expected) {
        if (expected < 0 || labels.size() <= expected) {
            return List.copyOf(labels);
        }
        int start = labels.indexOf("小计");
        if (start <= 0) {
            return List.copyOf(labels.subList(0, expected));
        }
        List<String> top = new ArrayList<>(labels.subList(0, start));
        List<String> run = labels.subList(start, labels.size());
        int best = -1;
        int bestScore = -1;
        for (int i = 0; i < top.size(); i++) {
            int score = 0;
            for (String sub : run) {
                score = Math.max(score, commonPrefix(top.get(i), sub) + commonSuffix(top.get(i), sub));
            }
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        List<String> result = new ArrayList<>();
        if (top.size() == 1) {
            return List.copyOf(run); // a group over every column only restates the table (本年支出 over all)
        }
        for (int i = 0; i < top.size(); i++) {
            if (i == best) {
                for (String sub : run) {
                    result.add(top.get(i) + "-" + sub);
                }
            } else {
                result.add(top.get(i));
            }
        }
        return result;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }
}
