package org.medinsure.warehouse.ingest.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.medinsure.warehouse.ingest.model.Problem;
import org.medinsure.warehouse.ingest.money.Money;
import org.medinsure.warehouse.ingest.money.MoneyUnit;
import org.medinsure.warehouse.ingest.model.StatedTotal;
import org.medinsure.warehouse.ingest.model.TableTotal;
import org.medinsure.warehouse.ingest.text.CleanText;
import org.medinsure.warehouse.ingest.text.SourceLine;

/**
 * Reads the totals a budget or final-accounts narrative states (收入总计7764.9万元, 本年支出合计
 * 2233.95 万元) and checks each against the document's table totals: a stated total that no
 * table prints is a warning, since one of the two is then wrong or the narrative counts differently.
 * Changes (收入总计增加了486.6万元) are not totals and are skipped: the amount must follow the label.
 */
public final class StatedTotalReader {
    // amounts in 万元 are printed to two decimals at most: within one fen of 万元 they agree
    private static final BigDecimal TOLERANCE_YUAN = new BigDecimal("100");

    private final Money money;
    private final Pattern stated;

    /** Totals read with the bundled unit table. */
    public StatedTotalReader() {
        this(Money.bundled());
    }

    public StatedTotalReader(Money money) {
        this.money = Objects.requireNonNull(money, "money is null");
        String units = money.spellingsLongestFirst().stream().map(Pattern::quote).collect(Collectors.joining("|"));
        this.stated = Pattern.compile("((?:本年)?(?:收入|支出|收支)(?:总计|合计))\\s*(?:为|是|共)?\\s*"
                + "([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(" + units + ")");
    }

    /** The stated totals and a problem for each one that no table total prints. */
    public record Result(List<StatedTotal> totals, List<Problem> problems) {
        public Result {
            totals = List.copyOf(totals);
            problems = List.copyOf(problems);
        }
    }

    public Result read(CleanText text, List<TableTotal> tableTotals) {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(tableTotals, "tableTotals is null");
        List<StatedTotal> totals = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (SourceLine line : text.lines()) {
            if (line.text().indexOf('计') < 0) {
                continue;
            }
            Matcher matcher = stated.matcher(line.text());
            while (matcher.find()) {
                BigDecimal yuan = yuan(matcher.group(2), matcher.group(3));
                Boolean matches = tableTotals.isEmpty() ? null : tableTotals.stream()
                        .anyMatch(total -> total.amountYuan() != null
                                && total.amountYuan().subtract(yuan).abs().compareTo(TOLERANCE_YUAN) <= 0);
                totals.add(new StatedTotal(line.number(), matcher.group(1), yuan, matches));
                if (Boolean.FALSE.equals(matches)) {
                    problems.add(Problem.warning(line.number(), "stated_total_mismatch", text.sourcePath() + ":"
                            + line.number() + ": the narrative states " + matcher.group(1) + " " + matcher.group(2)
                            + matcher.group(3) + ", which no table total of the document prints"));
                }
            }
        }
        return new Result(totals, problems);
    }

    private BigDecimal yuan(String number, String unit) {
        BigDecimal value = new BigDecimal(number.replace(",", ""));
        BigDecimal factor = money.unit(unit).map(MoneyUnit::factor).orElseThrow(() -> new IllegalStateException(
                "Cannot find the money unit " + unit + " in the unit table"));
        return value.multiply(factor).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
