package org.medinsure.warehouse.transform.taxonomy;

import org.medinsure.warehouse.ingest.knowledge.KnowledgeFile;
import java.io.Serializable;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Classifies a project into a programme category by the rules of {@code taxonomy/programmes.csv}:
 * the highest-priority rule whose name pattern occurs in the project name, else the highest-priority
 * rule whose indicator pattern occurs in one of its indicator names, else none.
 */
public final class ProgrammeClassifier implements Serializable {
    private static final String BUNDLED = "/taxonomy/programmes.csv";
    private static final String[] COLUMNS = {"code", "label", "priority", "name_patterns", "indicator_patterns"};
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<Rule> rules;

    private ProgrammeClassifier(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static ProgrammeClassifier bundled() {
        return load(List.of());
    }

    public static ProgrammeClassifier load(List<Path> extraFiles) {
        Objects.requireNonNull(extraFiles, "extraFiles is null");
        List<KnowledgeFile> files = new ArrayList<>();
        files.add(KnowledgeFile.bundled(BUNDLED, COLUMNS));
        for (Path path : extraFiles) {
            files.add(KnowledgeFile.file(path, COLUMNS));
        }
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (KnowledgeFile file : files) {
            for (KnowledgeFile.Row row : file.rows()) {
                int priority;
                try {
                    priority = Integer.parseInt(row.get("priority"));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Cannot read the priority of programme " + row.get("code") + " at "
                            + row.where() + ": " + row.get("priority"), e);
                }
                Programme programme = new Programme(row.get("code"), row.get("label"), priority);
                rules.put(programme.code(), new Rule(programme, compile(row, "name_patterns"), compile(row, "indicator_patterns")));
            }
        }
        List<Rule> ordered = new ArrayList<>(rules.values());
        ordered.sort(Comparator.comparingInt((Rule rule) -> rule.programme().priority()).reversed());
        return new ProgrammeClassifier(ordered);
    }

    private static List<Pattern> compile(KnowledgeFile.Row row, String column) {
        List<Pattern> patterns = new ArrayList<>();
        for (String written : row.list(column)) {
            try {
                patterns.add(Pattern.compile(written, Pattern.CASE_INSENSITIVE));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("Cannot compile " + column + " of programme " + row.get("code") + " at "
                        + row.where() + ": " + written, e);
            }
        }
        return patterns;
    }

    public List<Programme> programmes() {
        return rules.stream().map(Rule::programme).toList();
    }

    public Optional<Programme> classify(String projectName, List<String> indicatorNames) {
        Objects.requireNonNull(indicatorNames, "indicatorNames is null");
        String name = compact(projectName);
        for (Rule rule : rules) {
            if (rule.namePatterns().stream().anyMatch(pattern -> pattern.matcher(name).find())) {
                return Optional.of(rule.programme());
            }
        }
        List<String> indicators = indicatorNames.stream().map(ProgrammeClassifier::compact).toList();
        for (Rule rule : rules) {
            for (Pattern pattern : rule.indicatorPatterns()) {
                if (indicators.stream().anyMatch(indicator -> pattern.matcher(indicator).find())) {
                    return Optional.of(rule.programme());
                }
            }
        }
        return Optional.empty();
    }

    private static String compact(String text) {
        return text == null ? "" : SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    }

    private record Rule(Programme programme, List<Pattern> namePatterns, List<Pattern> indicatorPatterns)
            implements Serializable {
    }
}
