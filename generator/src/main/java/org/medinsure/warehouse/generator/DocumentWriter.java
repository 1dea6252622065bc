package org.medinsure.warehouse.generator;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a document as a file in one layout family, with the noise real files carry: page footers,
 * GB18030 for a share of files, a page re-served in traditional characters, CRLF line ends, and a
 * share of files cut off part-way (a failed download). Returns what the gold needs to know.
 */
final class DocumentWriter {
    private static final List<LayoutFamily> FAMILIES = List.of(LayoutFamily.values());

    private final long seed;
    private final Rates rates;

    /** How often each kind of noise occurs, as shares of files. */
    record Rates(double gb18030, double traditional, double truncated, double crlf) {
        static final Rates REALISTIC = new Rates(0.15, 0.03, 0.02, 0.2);
    }

    /** A written file: its path under the corpus root, and how many of the document's forms it prints whole. */
    record Written(GeneratedDocument document, String path, LayoutFamily family, Charset charset, boolean traditional,
                   boolean truncated, int wholeForms) {
    }

    DocumentWriter(long seed, Rates rates) {
        this.seed = seed;
        this.rates = Objects.requireNonNull(rates, "rates is null");
    }

    Written write(GeneratedDocument document, Path root) throws IOException {
        CountyYear year = document.countyYear();
        Dice dice = Dice.of(seed, "layout", year.county().code(), year.year(), document.type());
        LayoutFamily family = dice.pick(FAMILIES);
        Charset charset = dice.chance(rates.gb18030()) ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        boolean traditional = family != LayoutFamily.HTML && dice.chance(rates.traditional());
        boolean truncated = dice.chance(rates.truncated());
        String lineEnd = dice.chance(rates.crlf()) ? "\r\n" : "\n";

        LayoutRenderer renderer = new LayoutRenderer(family, dice, charset == StandardCharsets.UTF_8 ? "UTF-8" : "gb18030");
        List<String> lines = new ArrayList<>(renderer.begin(document.title()));
        List<Integer> blockEnds = new ArrayList<>();
        boolean footers = family == LayoutFamily.FIXED_WIDTH || family == LayoutFamily.SPACE_JOINED
                || family == LayoutFamily.TAB_ROWS;
        int page = dice.integer(1, 5);
        int sinceFooter = 0;
        for (Block block : document.blocks()) {
            List<String> printed = renderer.block(block);
            lines.addAll(printed);
            sinceFooter += printed.size();
            blockEnds.add(lines.size());
            if (footers && sinceFooter >= 45) {
                lines.add("");
                lines.add((dice.chance(0.3) ? "\f" : "") + "— " + page++ + " —");
                lines.add("");
                sinceFooter = 0;
            }
        }
        lines.addAll(renderer.end());

        int wholeForms = document.forms().size();
        if (truncated) {
            int cut = (int) Math.round(lines.size() * dice.between(0.4, 0.9));
            String half = lines.get(cut).substring(0, lines.get(cut).length() / 2);
            lines = new ArrayList<>(lines.subList(0, cut));
            lines.add(half);
            wholeForms = 0;
            for (int form = 0; form < document.formBlocks().size(); form++) {
                if (blockEnds.get(document.formBlocks().get(form)) <= cut) {
                    wholeForms = form + 1;
                }
            }
        }
        String text = String.join(lineEnd, lines) + (truncated ? "" : lineEnd);
        if (traditional) {
            text = ZhConverterUtil.toTraditional(text);
        }
        String name = year.county().code() + "_" + year.county().name() + "_" + year.year() + "_"
                + document.type().title() + "." + family.extension();
        String path = year.county().province() + "/" + name;
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(charset));
        return new Written(document, path, family, charset, traditional, truncated, wholeForms);
    }
}
