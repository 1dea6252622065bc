package org.medinsure.warehouse.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** Each year's national resident-insurance subsidy standard, from {@code generator/national-standards.csv}. */
final class NationalStandards {
    private final TreeMap<Integer, Integer> yuanByYear;

    private NationalStandards(TreeMap<Integer, Integer> yuanByYear) {
        this.yuanByYear = yuanByYear;
    }

    static NationalStandards bundled() {
        try (InputStream in = NationalStandards.class.getResourceAsStream("/generator/national-standards.csv")) {
            TreeMap<Integer, Integer> byYear = new TreeMap<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("year")) {
                    continue;
                }
                String[] cells = line.split(",");
                byYear.put(Integer.parseInt(cells[0].strip()), Integer.parseInt(cells[1].strip()));
            }
            return new NationalStandards(byYear);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read generator/national-standards.csv", e);
        }
    }

    /** The standard of the year, or of the nearest year listed. */
    int residentSubsidyYuan(int year) {
        Map.Entry<Integer, Integer> entry = yuanByYear.floorEntry(year);
        return (entry != null ? entry : yuanByYear.firstEntry()).getValue();
    }
}
