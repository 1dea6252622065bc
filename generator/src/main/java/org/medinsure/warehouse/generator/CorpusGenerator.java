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
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        int documents = byType.values().stream().mapToInt(Integer::intValue).sum();
        return new Summary(counties.size(), documents, totals[0], new LinkedHashMap<>(byType), byFamily, totals[1]);
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
