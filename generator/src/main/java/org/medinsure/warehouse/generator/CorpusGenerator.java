package org.medinsure.warehouse.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a deterministic corpus: for each county and year, the documents its bureau publishes, in
 * the layout families and with the noise of real files, under {@code out/corpus/<province>/}; and
 * beside it {@code out/gold.jsonl}, every fact of every file. The same seed, counties and years
 * give the same bytes. Counties are generated in parallel; nothing proportional to the corpus is
 * held in memory.
 */
public final class CorpusGenerator {
    /** Share of prefecture-years with an allocation notice, and the programmes notices allocate. */
    static final double ALLOCATION_RATE = 0.4;
    private static final List<String> ALLOCATED_PROGRAMMES = List.of("resident_insurance_subsidy", "medical_assistance");

    private final long seed;
    private final CountyYearPlanner planner;
    private final DocumentComposer composer;
    private final DocumentWriter writer;

    /** What was written. */
    public record Summary(int counties, int documents, long bytes, Map<String, Integer> byType,
                          Map<String, Integer> byFamily, long goldFacts) {
    }

    public CorpusGenerator(long seed) {
        this(seed, DocumentWriter.Rates.REALISTIC);
    }

    CorpusGenerator(long seed, DocumentWriter.Rates rates) {
        this.seed = seed;
        this.planner = new CountyYearPlanner(seed, NationalStandards.bundled());
        this.composer = new DocumentComposer(seed, Classification.bundled());
        this.writer = new DocumentWriter(seed, rates);
    }

    /**
     * Up to {@code count} counties (all when null) of the given provinces (all when empty), taken in
     * turn from each province so that a few counties still give several per province; in code order.
     */
    public List<County> select(List<County> all, Integer count, Set<String> provinces) {
        Map<String, List<County>> byProvince = new TreeMap<>();
        for (County county : all) {
            if (provinces.isEmpty() || provinces.contains(county.province())) {
                byProvince.computeIfAbsent(county.province(), p -> new ArrayList<>()).add(county);
            }
        }
        if (!provinces.isEmpty() && byProvince.size() < provinces.size()) {
            List<String> unknown = provinces.stream().filter(p -> !byProvince.containsKey(p)).sorted().toList();
            throw new IllegalArgumentException("No county of " + unknown + " in the region table");
        }
        List<List<County>> queues = new ArrayList<>();
        for (List<County> counties : byProvince.values()) {
            List<County> shuffled = new ArrayList<>(counties);
            shuffled.sort(Comparator.comparingDouble(county -> Dice.of(seed, "pick", county.code()).between(0.0, 1.0)));
            queues.add(shuffled);
        }
        int limit = count == null ? Integer.MAX_VALUE : count;
        List<County> chosen = new ArrayList<>();
        for (int round = 0; chosen.size() < limit; round++) {
            boolean any = false;
            for (List<County> queue : queues) {
                if (round < queue.size() && chosen.size() < limit) {
                    chosen.add(queue.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        chosen.sort(Comparator.comparing(County::code));
        return chosen;
    }

    public Summary generate(List<County> counties, int fromYear, int toYear, Path out) throws IOException {
        Objects.requireNonNull(counties, "counties is null");
        if (fromYear > toYear) {
            throw new IllegalArgumentException("years " + fromYear + "-" + toYear + ": the first is after the last");
        }
        Path root = out.resolve("corpus");
        Files.createDirectories(root);
        Map<String, Integer> byType = new TreeMap<>();
        Map<String, Integer> byFamily = new TreeMap<>();
        long[] totals = new long[2];
        try (BufferedWriter gold = Files.newBufferedWriter(out.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            counties.parallelStream().map(county -> county(county, fromYear, toYear, root)).forEachOrdered(result -> {
                try {
                    gold.write(result.gold());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                result.written().forEach(written -> {
                    byType.merge(written.document().type().code(), 1, Integer::sum);
                    byFamily.merge(written.family().name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
                });
                totals[0] += result.bytes();
                totals[1] += result.gold().chars().filter(c -> c == '\n').count();
            });
            for (DocumentWriter.Written written : allocations(counties, fromYear, toYear, root)) {
                GoldWriter goldWriter = new GoldWriter(gold);
                goldWriter.write(written);
                byType.merge(written.document().type().code(), 1, Integer::sum);
                byFamily.merge(written.family().name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
                totals[0] += Files.size(root.resolve(written.path()));
                totals[1] += 1 + written.document().totals().size() + written.document().allocations().size();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        int documents = byType.values().stream().mapToInt(Integer::intValue).sum();
        return new Summary(counties.size(), documents, totals[0], new LinkedHashMap<>(byType), byFamily, totals[1]);
    }

    /**
     * The allocation notices of the prefectures of the chosen counties: in some years a prefecture
     * allocates a share of one programme's funds to those of its counties that declare the
     * programme that year (a county's allocation is a share of its declared amount, part of it
     * allocated earlier). Counties administered by their province have no prefecture to allocate.
     */
    private List<DocumentWriter.Written> allocations(List<County> counties, int fromYear, int toYear, Path root)
            throws IOException {
        Map<String, List<County>> byPrefecture = new TreeMap<>();
        for (County county : counties) {
            if (county.prefecture() != null) {
                byPrefecture.computeIfAbsent(county.code().substring(0, 4) + "00", code -> new ArrayList<>()).add(county);
            }
        }
        List<DocumentWriter.Written> written = new ArrayList<>();
        for (Map.Entry<String, List<County>> prefecture : byPrefecture.entrySet()) {
            County first = prefecture.getValue().get(0);
            County issuer = new County(prefecture.getKey(), first.prefecture(), first.prefecture(), first.province());
            for (int year = fromYear; year <= toYear; year++) {
                Dice dice = Dice.of(seed, "allocation", prefecture.getKey(), year);
                if (!dice.chance(ALLOCATION_RATE)) {
                    continue;
                }
                String programme = dice.pick(ALLOCATED_PROGRAMMES);
                double share = dice.between(0.3, 0.8);
                double early = dice.between(0.6, 0.85);
                List<Allocation> rows = new ArrayList<>();
                for (County county : prefecture.getValue()) {
                    for (ProjectForm form : planner.plan(county, year).declarations()) {
                        if (form.programme().equals(programme)) {
                            double amount = Money.round2(form.budgetWan() * share);
                            double already = Money.round2(amount * early);
                            rows.add(new Allocation(county.name(), composer.codeOf(programme), amount, already,
                                    Money.round2(amount - already)));
                            break;
                        }
                    }
                }
                if (rows.isEmpty()) {
                    continue;
                }
                String department = first.prefecture() + "财政局";
                CountyYear notice = new CountyYear(issuer, year, department, 0, List.of(), List.of(), Map.of());
                written.add(writer.write(composer.allocation(notice, programme, rows, dice), root));
            }
        }
        return written;
    }

    private record CountyResult(List<DocumentWriter.Written> written, String gold, long bytes) {
    }

    private CountyResult county(County county, int fromYear, int toYear, Path root) {
        try {
            StringWriter gold = new StringWriter();
            GoldWriter goldWriter = new GoldWriter(gold);
            List<DocumentWriter.Written> written = new ArrayList<>();
            long bytes = 0;
            for (int year = fromYear; year <= toYear; year++) {
                for (GeneratedDocument document : composer.compose(planner.plan(county, year))) {
                    DocumentWriter.Written file = writer.write(document, root);
                    goldWriter.write(file);
                    bytes += Files.size(root.resolve(file.path()));
                    written.add(file);
                }
            }
            return new CountyResult(written, gold.toString(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the documents of " + county.name() + " (" + county.code() + ")", e);
        }
    }
}
