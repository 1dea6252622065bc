package org.medinsure.warehouse.transform.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestBeneficiaryCounter {
    private static final BeneficiaryCounter COUNTER = new BeneficiaryCounter();

    @Test
    void oneHeadCountIndicator() {
        assertThat(COUNTER.count(List.of(new BeneficiaryCounter.Candidate(658090, "=")), null))
                .hasValue(new HeadCount(658090, HeadCount.INDICATOR, "="));
    }

    @Test
    void aBoundIsRecordedAsItsNumber() {
        assertThat(COUNTER.count(List.of(new BeneficiaryCounter.Candidate(17900, ">=")), null))
                .hasValue(new HeadCount(17900, HeadCount.INDICATOR, ">="));
    }

    @Test
    void equalFiguresAreOneHeadCount() {
        assertThat(COUNTER.count(List.of(new BeneficiaryCounter.Candidate(4200, ">="),
                new BeneficiaryCounter.Candidate(4200, ">=")), null)).hasValue(new HeadCount(4200, HeadCount.INDICATOR, ">="));
    }

    @Test
    void separateSubGroupsWithNoTotalGiveNone() {
        assertThat(COUNTER.count(List.of(new BeneficiaryCounter.Candidate(39, "="), new BeneficiaryCounter.Candidate(406, "=")),
                null)).isEmpty();
    }

    @Test
    void formulaOfTheBasisWhenNoIndicatorCounts() {
        String basis = "政府补助标准 550 元/人, 省 495 元、市 23 元、县 32 元。约 658090 人, 财政补贴需 21058880 元, "
                + "其中县级财政补贴: 658090 人×32 元=21058880 元。";
        assertThat(COUNTER.count(List.of(), basis)).hasValue(new HeadCount(658090, HeadCount.BASIS, "="));
        assertThat(COUNTER.count(List.of(), "55596 人 × 15 元 = 833940.00 元; 55596 人 × 5 元 = 277980.00 元"))
                .hasValue(new HeadCount(55596, HeadCount.BASIS, "="));
    }

    @Test
    void formulaWithTwoDifferentFiguresGivesNone() {
        assertThat(COUNTER.count(List.of(), "1203人×400元, 9411人×300元")).isEmpty();
        assertThat(COUNTER.count(List.of(), "阳医保发【2019】6 号《关于…》等文件")).isEmpty();
        assertThat(COUNTER.count(List.of(), null)).isEmpty();
    }
}
