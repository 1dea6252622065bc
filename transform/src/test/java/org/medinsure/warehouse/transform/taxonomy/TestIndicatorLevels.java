package org.medinsure.warehouse.transform.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestIndicatorLevels {
    private static final IndicatorLevels LEVELS = IndicatorLevels.bundled();

    @ParameterizedTest(name = "{0} / {1} → {2} / {3}")
    @CsvSource(nullValues = "NULL", value = {
            "产出指标, 数量指标, 产出指标, 数量指标",
            "产出目标, 数量, 产出指标, 数量指标",
            "产出指标, 成本指标（万元）, 产出指标, 成本指标",
            "效果目标, 社会效益, 效益指标, 社会效益指标",
            "效果目标, 满意度, 满意度指标, 服务对象满意度指标",
            "效益指标, 社会公众或服务对象满意度指标, 满意度指标, 服务对象满意度指标",
            "满意度指标, 服务对象 满意度指标 (必填), 满意度指标, 服务对象满意度指标",
            "效益指标, 社会效益 指标 (必填), 效益指标, 社会效益指标",
            "产出指标, 数量指标 (必填硬性指标), 产出指标, 数量指标",
            "影响力目标, 长效管理, 效益指标, 可持续影响指标",
            "投入与目标管理, 财务管理, 投入管理指标, 财务管理指标",
            "NULL, 社会效益指标, 效益指标, 社会效益指标",
            "NULL, 满意度, 满意度指标, 服务对象满意度指标",
            "一、产出指标, NULL, 产出指标, NULL",
    })
    void mapsPrintedHeadingsToCanonicalOnes(String level1, String level2, String canonical1, String canonical2) {
        CanonicalLevels levels = LEVELS.canonicalise(level1, level2);
        assertThat(levels.level1()).isEqualTo(canonical1);
        assertThat(levels.level2()).isEqualTo(canonical2);
        assertThat(levels.unknownLevel1()).isFalse();
        assertThat(levels.unknownLevel2()).isFalse();
    }

    @Test
    void levelOneHeadingInTheLevelTwoCellLeavesLevelTwoOpen() {
        // 湘潭县 表4 prints 产出指标 in the level-2 column of its 人次 rows
        CanonicalLevels levels = LEVELS.canonicalise("产出指标", "产出指标");
        assertThat(levels.level1()).isEqualTo("产出指标");
        assertThat(levels.level2()).isNull();
        assertThat(levels.unknownLevel2()).isFalse();
    }

    @Test
    void flagsHeadingsItDoesNotKnow() {
        CanonicalLevels levels = LEVELS.canonicalise("绩效目标", "环境效益");
        assertThat(levels.level1()).isNull();
        assertThat(levels.level2()).isNull();
        assertThat(levels.unknownLevel1()).isTrue();
        assertThat(levels.unknownLevel2()).isTrue();
    }

    @Test
    void knowsTheParentOfEachCanonicalLevelTwo() {
        assertThat(LEVELS.parentOf("数量指标")).isEqualTo("产出指标");
        assertThat(LEVELS.parentOf("服务对象满意度指标")).isEqualTo("满意度指标");
        assertThat(LEVELS.parentOf("可持续影响指标")).isEqualTo("效益指标");
        assertThat(LEVELS.parentOf(null)).isNull();
    }

    @Test
    void userFileAddsHeadings(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("levels.csv");
        Files.writeString(file, "level,printed,canonical,parent\n2,环境效益,生态效益指标,效益指标\n", StandardCharsets.UTF_8);
        CanonicalLevels levels = IndicatorLevels.load(List.of(file)).canonicalise(null, "环境效益");
        assertThat(levels.level1()).isEqualTo("效益指标");
        assertThat(levels.level2()).isEqualTo("生态效益指标");
    }
}
