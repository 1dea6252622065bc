package org.medinsure.warehouse.ingest.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.medinsure.warehouse.ingest.text.SourceLine;

/**
 * The lines of one budget table, found by its title: title as printed, table number (公开01表) when
 * printed, the unit as a factor to yuan, and the body (header and rows; pages of a table that is
 * continued under a repeated title are appended, and the title, unit and department lines are left
 * out).
 *
 * @param unitFound false when no 单位 line was found and 万元 was assumed
 */
public record TableBlock(String title, String tableNumber, int titleLine, BigDecimal yuanPerUnit, boolean unitFound,
                         List<SourceLine> body) {
    public TableBlock {
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(yuanPerUnit, "yuanPerUnit is null");
        body = List.copyOf(body);
    }

    public String bodyText() {
        StringBuilder text = new StringBuilder();
        body.forEach(line -> text.append(line.text()).append('\n'));
        return text.toString();
    }
}
