package org.medinsure.warehouse.transform.value;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medinsure.warehouse.ingest.knowledge.KnowledgeFile;

/**
 * The units of the one unit table, {@code vocabulary/units.csv} (bundled with ingest, which reads
 * money with it): canonical names, spellings, conversion to base units, and the scale words
 * printed between a number and its unit (万, 亿, 千).
 */
public final class Units implements Serializable {
    private static final String BUNDLED = "/vocabulary/units.csv";
    private static final String[] COLUMNS = {"unit", "aliases", "dimension", "base", "factor"};
    private static final String SCALE = "scale";

    private final Map<String, Unit> byName;
    private final Map<String, Unit> bySpelling;
    private final Map<String, Double> scales;
    private final List<String> spellingsLongestFirst;

    private Units(Map<String, Unit> byName, Map<String, Unit> bySpelling, Map<String, Double> scales) {
        this.byName = Map.copyOf(byName);
        this.bySpelling = Map.copyOf(bySpelling);
        this.scales = Map.copyOf(scales);
        this.spellingsLongestFirst = bySpelling.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    public static Units bundled() {
        return load(List.of());
    }

    /** The bundled units, extended (or, for an existing unit name, replaced) by user files of the same shape. */
    public static Units load(List<Path> extraFiles) {
        List<KnowledgeFile> files = new ArrayList<>();
        files.add(KnowledgeFile.bundled(BUNDLED, COLUMNS));
        for (Path path : extraFiles) {
            files.add(KnowledgeFile.file(path, COLUMNS));
        }
        Map<String, Unit> byName = new LinkedHashMap<>();
        Map<String, Double> scales = new LinkedHashMap<>();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (KnowledgeFile file : files) {
            for (KnowledgeFile.Row row : file.rows()) {
                double factor;
                try {
                    factor = Double.parseDouble(row.get("factor"));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Cannot read the factor of unit " + row.get("unit") + " at " + row.where()
                            + ": " + row.get("factor"), e);
                }
                if (row.get("dimension").equals(SCALE)) {
                    scales.put(row.get("unit"), factor);
                    continue;
                }
                Unit unit = new Unit(row.get("unit"), row.get("dimension"), row.get("base"), factor);
                byName.put(unit.name(), unit);
                aliases.put(unit.name(), row.list("aliases"));
            }
        }
        Map<String, Unit> bySpelling = new LinkedHashMap<>();
        for (Unit unit : byName.values()) {
            bySpelling.put(unit.name(), unit);
            for (String alias : aliases.get(unit.name())) {
                bySpelling.put(alias, unit);
            }
        }
        return new Units(byName, bySpelling, scales);
    }

    public Optional<Unit> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name));
    }

    /** The unit a spelling stands for ({@code 名} → {@code 人}). */
    public Optional<Unit> bySpelling(String spelling) {
        return spelling == null ? Optional.empty() : Optional.ofNullable(bySpelling.get(spelling));
    }

    /** The scale words (万 → 10000) a number may carry before its unit. */
    public Map<String, Double> scales() {
        return scales;
    }

    /** Every spelling, longest first, so that {@code 万人次} is tried before {@code 万人} and {@code 人}. */
    public List<String> spellingsLongestFirst() {
        return spellingsLongestFirst;
    }

    /**
     * The unit of the same dimension that is {@code scale} base units: 万 (10000) of persons → 万人, of
     * money → 万元; empty when the table has no such unit (万 of percent).
     */
    public Optional<Unit> scaled(Unit unit, double scale) {
        double wanted = scale;
        return byName.values().stream()
                .filter(candidate -> candidate.dimension().equals(unit.dimension()))
                .filter(candidate -> Math.abs(candidate.factor() - wanted) < 1e-9 * wanted)
                .findFirst();
    }
}
