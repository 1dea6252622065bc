package org.medinsure.warehouse.ingest.check;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.medinsure.warehouse.ingest.budget.BudgetVocabulary;
import org.medinsure.warehouse.ingest.knowledge.IngestKnowledge;
import org.medinsure.warehouse.ingest.knowledge.KnowledgeFile;
import org.medinsure.warehouse.ingest.model.TableTotal;

/**
 * The checks of {@code vocabulary/check-rules.csv} that compare a document's printed totals with
 * each other: a whole against the sum of its parts (基本支出 = 人员经费 + 公用经费, the 三公 total =
 * its three parts), and the totals of different tables that must agree (the expenditure total of
 * 收支总表 and of 支出总表). A rule whose totals the document does not print is not checked.
 */
final class TotalRules implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FILE = "check-rules.csv";
    private static final String SUBTOTAL = "小计";
    private static final String[] COLUMNS = {"check", "role", "title_contains", "title_excludes", "side", "leaves"};

    /** One row of the file: which totals play one role in one check. */
    record Rule(String check, String role, List<String> titleContains, List<String> titleExcludes, String side,
                List<List<String>> leaves) implements Serializable {
        boolean coversTable(String title) {
            return (titleContains.isEmpty() || titleContains.stream().anyMatch(title::contains))
                    && titleExcludes.stream().noneMatch(title::contains);
        }

        /** Whether a total is the one named by {@code leaf}, on this rule's side. */
        boolean names(TableTotal total, String leaf) {
            String label = normalise(total.label());
            boolean named = label.equals(leaf) || total.column() != null && columnNames(total.column(), leaf);
            boolean sided = side.isEmpty() || side.equals(total.side()) || total.side() == null && label.contains(side);
            return named && sided && coversTable(total.tableName());
        }
    }

    /** The column is the leaf, or the 小计 of a group named so (公务用车购置及运行费-小计). */
    private static boolean columnNames(String column, String leaf) {
        String[] levels = column.split("-");
        String last = normalise(levels[levels.length - 1]);
        return last.equals(leaf) || levels.length > 1 && SUBTOTAL.equals(last) && normalise(levels[levels.length - 2]).equals(leaf);
    }

    /** A comparison to be judged by the check's tolerance. */
    record Comparison(int line, String check, String scope, BigDecimal expected, BigDecimal found) {
    }

    private final Map<String, List<Rule>> rulesByCheck;

    private TotalRules(Map<String, List<Rule>> rulesByCheck) {
        this.rulesByCheck = Map.copyOf(rulesByCheck);
    }

    static TotalRules load(IngestKnowledge knowledge) {
        Objects.requireNonNull(knowledge, "knowledge is null");
        Map<String, List<Rule>> rules = new LinkedHashMap<>();
        for (KnowledgeFile file : knowledge.files(FILE, COLUMNS)) {
            Map<String, List<Rule>> fromFile = new LinkedHashMap<>();
            for (KnowledgeFile.Row row : file.rows()) {
                String role = row.get("role");
                if (!Set.of("part", "whole_in_table", "whole_anywhere", "member").contains(role)) {
                    throw new IllegalArgumentException("Unknown role at " + row.where() + ": " + role
                            + " (part, whole_in_table, whole_anywhere or member)");
                }
                List<List<String>> leaves = alternatives(row.get("leaves")).stream()
                        .map(alternative -> Arrays.stream(alternative.split("\\+")).map(TotalRules::normalise).toList())
                        .toList();
                fromFile.computeIfAbsent(row.get("check"), check -> new ArrayList<>()).add(new Rule(row.get("check"), role,
                        alternatives(row.get("title_contains")), alternatives(row.get("title_excludes")),
                        row.get("side").strip(), leaves));
            }
            rules.putAll(fromFile); // a check in a later (user) file takes all its rows from there
        }
        rules.replaceAll((check, list) -> List.copyOf(list));
        return new TotalRules(rules);
    }

    /** The comparisons of every check in {@code enabled} that this file has rules for. */
    List<Comparison> run(List<TableTotal> totals, Predicate<String> enabled) {
        List<Comparison> comparisons = new ArrayList<>();
        rulesByCheck.forEach((check, rules) -> {
            if (!enabled.test(check)) {
                return;
            }
            if (rules.stream().anyMatch(rule -> rule.role().equals("member"))) {
                agreement(check, rules, totals, comparisons);
            } else {
                parts(check, rules, totals, comparisons);
            }
        });
        return comparisons;
    }

    /** In each table that prints every part, the sum of the parts against the printed whole nearest it. */
    private static void parts(String check, List<Rule> rules, List<TableTotal> totals, List<Comparison> comparisons) {
        List<Rule> parts = rules.stream().filter(rule -> rule.role().equals("part")).toList();
        if (parts.isEmpty()) {
            return;
        }
        Set<String> tables = new LinkedHashSet<>();
        totals.forEach(total -> tables.add(total.tableName()));
        for (String table : tables) {
            List<TableTotal> inTable = totals.stream().filter(total -> total.tableName().equals(table)).toList();
            List<List<TableTotal>> found = new ArrayList<>();
            for (Rule part : parts) {
                resolve(part, inTable).ifPresent(found::add);
            }
            if (found.size() < parts.size() || found.stream().flatMap(List::stream).allMatch(t -> t.amountYuan() == null)) {
                continue;
            }
            BigDecimal sum = found.stream().flatMap(List::stream).map(TableTotal::amountYuan).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            TableTotal whole = null;
            for (Rule rule : rules) {
                List<TableTotal> candidates = rule.role().equals("whole_in_table") ? inTable
                        : rule.role().equals("whole_anywhere") ? totals : List.of();
                for (TableTotal candidate : candidates) {
                    if (candidate.amountYuan() != null && rule.leaves().stream().anyMatch(leaf -> leaf.size() == 1
                            && rule.names(candidate, leaf.get(0)))
                            && (whole == null || distance(candidate, sum).compareTo(distance(whole, sum)) < 0)) {
                        whole = candidate;
                    }
                }
            }
            if (whole == null) {
                continue;
            }
            String scope = table + " " + String.join(" + ", found.stream()
                    .map(pieces -> String.join("+", pieces.stream().map(TotalRules::name).toList())).toList())
                    + " = " + whole.tableName() + " " + name(whole);
            comparisons.add(new Comparison(found.get(0).get(0).sourceLine(), check, scope, sum, whole.amountYuan()));
        }
    }

    /** The first alternative of a part whose every piece the table prints. */
    private static Optional<List<TableTotal>> resolve(Rule part, List<TableTotal> inTable) {
        for (List<String> pieces : part.leaves()) {
            List<TableTotal> resolved = new ArrayList<>();
            for (String piece : pieces) {
                inTable.stream().filter(total -> part.names(total, piece)).findFirst().ifPresent(resolved::add);
            }
            if (resolved.size() == pieces.size()) {
                return Optional.of(resolved);
            }
        }
        return Optional.empty();
    }

    /** Each member found against the first found. */
    private static void agreement(String check, List<Rule> rules, List<TableTotal> totals, List<Comparison> comparisons) {
        List<TableTotal> members = new ArrayList<>();
        for (Rule rule : rules) {
            first(rule, totals).ifPresent(members::add);
        }
        for (int m = 1; m < members.size(); m++) {
            TableTotal reference = members.get(0);
            TableTotal member = members.get(m);
            comparisons.add(new Comparison(member.sourceLine(), check, member.tableName() + " " + name(member) + " = "
                    + reference.tableName() + " " + name(reference), reference.amountYuan(), member.amountYuan()));
        }
    }

    /** The total a member rule names: its leaves tried in order, each over the document's totals. */
    private static Optional<TableTotal> first(Rule rule, List<TableTotal> totals) {
        for (List<String> leaf : rule.leaves()) {
            for (TableTotal total : totals) {
                if (total.amountYuan() != null && leaf.size() == 1 && rule.names(total, leaf.get(0))) {
                    return Optional.of(total);
                }
            }
        }
        return Optional.empty();
    }

    private static String name(TableTotal total) {
        return total.column() == null || normalise(total.label()).equals(normalise(leafOf(total.column())))
                ? total.label() : total.label() + " " + leafOf(total.column());
    }

    private static BigDecimal distance(TableTotal total, BigDecimal sum) {
        return total.amountYuan().subtract(sum).abs();
    }

    /** The column's lowest header; a 小计 with its group (公务用车购置及运行费-小计). */
    private static String leafOf(String column) {
        String[] levels = column.split("-");
        String last = levels[levels.length - 1];
        return levels.length > 1 && SUBTOTAL.equals(normalise(last)) ? levels[levels.length - 2] + "-" + last : last;
    }

    /** Without spaces, ASCII brackets as full-width ones: 因公出国(境)费 is 因公出国（境）费. */
    static String normalise(String text) {
        return BudgetVocabulary.squeeze(text).replace('(', '（').replace(')', '）');
    }

    private static List<String> alternatives(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split("\\|")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
