package org.medinsure.warehouse.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The classification lines of {@code generator/classification.csv}, and budget tables built on them. */
final class Classification {
    private final Map<String, String> names;
    private final Map<String, String> codeByProgramme;

    private Classification(Map<String, String> names, Map<String, String> codeByProgramme) {
        this.names = names;
        this.codeByProgramme = codeByProgramme;
    }

    static Classification bundled() {
        try (InputStream in = Classification.class.getResourceAsStream("/generator/classification.csv")) {
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, String> byProgramme = new HashMap<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("code,")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                names.put(cells[0], cells[1]);
                if (!cells[2].isEmpty()) {
                    byProgramme.put(cells[2], cells[0]);
                }
            }
            return new Classification(names, byProgramme);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read generator/classification.csv", e);
        }
    }

    String name(String code) {
        String name = names.get(code);
        if (name == null) {
            throw new IllegalArgumentException("no classification line " + code);
        }
        return name;
    }

    String codeOf(String programme) {
        String code = codeByProgramme.get(programme);
        if (code == null) {
            throw new IllegalArgumentException("no classification line funds programme " + programme);
        }
        return code;
    }

    /**
     * The 项 lines with their 款 and 类 sums, in code order (a 类 before its 款 before its 项), and
     * the table's 合计; with {@code itemsOnly} the table prints its 项 lines alone.
     */
    BudgetTable table(String title, List<BudgetLine> items, boolean itemsOnly) {
        TreeMap<String, double[]> sums = new TreeMap<>();
        for (BudgetLine item : items) {
            for (String code : List.of(item.code().substring(0, 3), item.code().substring(0, 5), item.code())) {
                if (itemsOnly && code.length() < 7) {
                    continue;
                }
                double[] sum = sums.computeIfAbsent(code, c -> new double[3]);
                sum[0] += item.totalWan();
                sum[1] += item.basicWan();
                sum[2] += item.projectWan();
            }
        }
        List<BudgetLine> lines = new ArrayList<>();
        sums.forEach((code, sum) -> lines.add(new BudgetLine(code, name(code), Money.round2(sum[0]),
                Money.round2(sum[1]), Money.round2(sum[2]))));
        double total = items.stream().mapToDouble(BudgetLine::totalWan).sum();
        double basic = items.stream().mapToDouble(BudgetLine::basicWan).sum();
        double project = items.stream().mapToDouble(BudgetLine::projectWan).sum();
        return new BudgetTable(title, lines, Money.round2(total), Money.round2(basic), Money.round2(project));
    }
}
