package org.medinsure.warehouse.ingest.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medinsure.warehouse.ingest.knowledge.IngestKnowledge;

/** Money units come from the one unit table, and a user's units.csv extends them. */
class TestMoneyUnitTable {
    private static final Money MONEY = Money.bundled();

    @TempDir
    Path folder;

    @Test
    void theUnitAfterANumberIsItsUnitAndABareScaleWordIsMoney() {
        assertThat(MONEY.valueUnit("350 万元")).map(MoneyUnit::printed).contains("万元");
        assertThat(MONEY.valueUnit("3359.62万")).map(MoneyUnit::printed).contains("万元");
        assertThat(MONEY.valueUnit("231000元")).map(MoneyUnit::printed).contains("元");
        assertThat(MONEY.valueUnit("1.2亿元")).map(MoneyUnit::printed).contains("亿元");
        assertThat(MONEY.valueUnit("1,200")).isEmpty();
        assertThat(MONEY.valueUnit("1.2亿元").orElseThrow().toYuan(new BigDecimal("1.2")))
                .isEqualByComparingTo("120000000");
    }

    @Test
    void aLabelOrAUnitLineNamesTheUnitOfItsFigures() {
        assertThat(MONEY.labelUnit("年度财政拨款（万元）")).map(MoneyUnit::printed).contains("万元");
        assertThat(MONEY.labelUnit("金额单位：元")).map(MoneyUnit::printed).contains("元");
        assertThat(MONEY.labelUnit("单位: 亿元")).map(MoneyUnit::printed).contains("亿元");
        // 单位：万 with its 元 wrapped away is still 万元
        assertThat(MONEY.labelUnit("单位：万")).map(MoneyUnit::printed).contains("万元");
        assertThat(MONEY.labelUnit("参保人数（人）")).isEmpty();
        assertThat(MONEY.withoutLeadingLabel("（万元） 350")).isEqualTo("350");
    }

    @Test
    void theAssumedUnitIsTheOneTheTableMarks() {
        assertThat(MONEY.assumed().printed()).isEqualTo("万元");
        assertThat(MONEY.assumed().factor()).isEqualByComparingTo("10000");
    }

    @Test
    void aUserUnitIsReadWithoutRecompiling() throws IOException {
        assertThat(MONEY.unit("千万元")).isEmpty();
        Files.writeString(folder.resolve("units.csv"), "unit,aliases,dimension,base,factor,assumed\n"
                + "千万元,,money,元,10000000,\n", StandardCharsets.UTF_8);

        Money extended = Money.load(IngestKnowledge.withUserFolder(folder));

        assertThat(extended.valueUnit("1.5千万元")).map(MoneyUnit::printed).contains("千万元");
        assertThat(extended.labelUnit("单位：千万元")).map(MoneyUnit::factor).contains(new BigDecimal("10000000"));
        assertThat(extended.assumed().printed()).isEqualTo("万元");
    }
}
