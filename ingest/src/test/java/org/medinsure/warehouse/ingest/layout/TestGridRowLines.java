package org.medinsure.warehouse.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestGridRowLines {
    @Test
    void theFirstLineOfARowIsItsEarliestLineWhicheverCellHoldsIt() {
        // an aligned row whose first column was printed on the row's second line
        GridRow row = new GridRow(List.of(Cell.of("效益指标", 6), Cell.of("社会效益指标", 5),
                new Cell(List.of("参保群众个人医疗费用负担", "下降比例"), List.of(5, 6)), Cell.of("≥5%", 5)));

        assertThat(row.line()).isEqualTo(5);
        assertThat(row.lastLine()).isEqualTo(6);
    }
}
