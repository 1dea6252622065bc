package org.medinsure.warehouse.cli.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading gold lines: exact decimals, the three states of a field, and messages naming the line. */
class TestGoldFileReading {
    @Test
    void readsDecimalsExactlyAndKeepsAbsentApartFromNull() {
        GoldRecord record = GoldFile.parse("seeds.jsonl", List.of("{\"kind\": \"total\", \"file\": \"a/001.txt\", "
                + "\"table\": \"t\", \"label\": \"合计\", \"wan\": 7764.9, \"column\": null}")).records().get(0);
        assertThat(record.decimal("wan")).isEqualByComparingTo(new BigDecimal("7764.9"));
        assertThat(Differences.toYuan(record.decimal("wan"))).isEqualTo(new BigDecimal("77649000.00"));
        assertThat(record.file()).isEqualTo("001.txt");
        assertThat(record.has("column")).isTrue();
        assertThat(record.hasValue("column")).isFalse();
        assertThat(record.has("side")).isFalse();
        assertThat(record.location()).isEqualTo("seeds.jsonl:1");
    }

    @Test
    void namesTheLineOfABadRecord() {
        assertThatThrownBy(() -> GoldFile.parse("seeds.jsonl", List.of("", "{\"kind\": \"project\"")))
                .hasMessageContaining("seeds.jsonl:2").hasMessageContaining("not JSON");
        assertThatThrownBy(() -> GoldFile.parse("seeds.jsonl", List.of("{\"kind\": \"project\", \"form_index\": 1}")))
                .hasMessage("Cannot read gold record seeds.jsonl:1: it has no 'file'");
        GoldRecord record = GoldFile.record("seeds.jsonl", 7, "{\"kind\": \"project\", \"file\": \"f\", "
                + "\"budget_wan\": \"350万元\"}");
        assertThatThrownBy(() -> record.decimal("budget_wan"))
                .hasMessage("Cannot read gold record seeds.jsonl:7: 'budget_wan' is \"350万元\", not a number");
    }

    @Test
    void missingGoldFileIsNamed() {
        assertThatThrownBy(() -> GoldFile.read(java.nio.file.Path.of("no/such/gold.jsonl")))
                .hasMessage("Cannot find the gold file no/such/gold.jsonl");
    }
}
