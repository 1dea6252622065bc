package org.medinsure.warehouse.ingest.budget;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one document's tables have already shown about a code: whether its 基本支出 / 项目支出 are
 * zero or not. 支出决算表 and 政府性基金 tables print the same codes, so a split read with certainty
 * in one table is evidence for a row whose columns must be inferred in another.
 */
final class SplitMemory {
    private final Map<String, Set<String>> zero = new HashMap<>();
    private final Map<String, Set<String>> nonZero = new HashMap<>();

    void remember(String code, String role, boolean isZero) {
        if (code == null || !(role.equals("basic") || role.equals("project"))) {
            return;
        }
        (isZero ? zero : nonZero).computeIfAbsent(code, k -> new HashSet<>()).add(role);
    }

    /** +1 for an amount where the code is known to spend, -2 where it is known to spend nothing. */
    int score(String code, String role) {
        if (code == null) {
            return 0;
        }
        if (zero.getOrDefault(code, Set.of()).contains(role)) {
            return -2;
        }
        return nonZero.getOrDefault(code, Set.of()).contains(role) ? 1 : 0;
    }

    boolean knownZero(String code, String role) {
        return code != null && zero.getOrDefault(code, Set.of()).contains(role);
    }
}
