package org.medinsure.warehouse.exports.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.medinsure.warehouse.exports.WarehouseDigest;
import org.medinsure.warehouse.ingest.lake.Fingerprint;

/**
 * What the reports of a warehouse are made of, kept beside them ({@code .report-digests}), so that
 * the next writing re-renders only the provinces whose documents changed. A province's reports read
 * only its own documents' facts and the marts computed from them; with the same lake generation
 * and fingerprint (the warehouse's {@code lake_state}), the same thresholds, words and code, and the
 * same documents no province or year could be given (which every report lists), the same documents
 * rows of a province make the same reports, but for the run they name.
 *
 * @param runId     the run the reports name
 * @param global    the digest of what every report depends on
 * @param provinces each province's digest of its documents rows
 */
record ReportDigests(String runId, String global, Map<String, String> provinces) {
    static final String FILE = ".report-digests";

    ReportDigests {
        Objects.requireNonNull(runId, "runId is null");
        Objects.requireNonNull(global, "global is null");
        provinces = java.util.Collections.unmodifiableMap(new TreeMap<>(provinces));
    }

    /**
     * @param unplaced the documents no province or year could be given, which every report lists
     * @param settings what the reports are written with beyond the warehouse: thresholds, the
     *     digest of the user's knowledge files
     */
    static ReportDigests of(Connection connection, String runId, List<String> unplaced, String settings)
            throws SQLException {
        String lakeState = WarehouseDigest.lakeState(connection).orElse(null);
        Map<String, String> provinces = WarehouseDigest.rowsBy(connection, "documents", "province");
        String global = lakeState == null ? Fingerprint.unique()
                : Fingerprint.of(ReportDigests.class, lakeState, settings, String.join("\n", unplaced));
        return new ReportDigests(runId, global, provinces);
    }

    /** The provinces whose reports written with {@code last} may be kept: every province when nothing changed. */
    Set<String> unchangedSince(ReportDigests last) {
        if (!global.equals(last.global())) {
            return Set.of();
        }
        return provinces.entrySet().stream().filter(entry -> entry.getValue().equals(last.provinces().get(entry.getKey())))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** The digests of the reports in {@code folder}; empty when there are none, or none this code wrote. */
    static Optional<ReportDigests> read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String runId = null;
            String global = null;
            Map<String, String> provinces = new TreeMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t", -1);
                if (fields.length != 3) {
                    return Optional.empty();
                }
                switch (fields[0]) {
                    case "run" -> runId = fields[2];
                    case "global" -> global = fields[2];
                    case "province" -> provinces.put(fields[1], fields[2]);
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            return runId == null || global == null ? Optional.empty()
                    : Optional.of(new ReportDigests(runId, global, provinces));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    void write(Path folder) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("run\t\t").append(runId).append('\n');
        text.append("global\t\t").append(global).append('\n');
        provinces.forEach((province, digest) -> text.append("province\t").append(province).append('\t').append(digest)
                .append('\n'));
        Files.writeString(folder.resolve(FILE), text.toString(), StandardCharsets.UTF_8);
    }
}
