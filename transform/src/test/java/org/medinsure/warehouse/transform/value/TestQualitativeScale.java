package org.medinsure.warehouse.transform.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestQualitativeScale {
    private static final QualitativeScale SCALE = QualitativeScale.bundled();

    @Test
    void ranksWordsOnOneOrdinalScale() {
        assertThat(SCALE.rank("显著")).isGreaterThan(SCALE.rank("良好"));
        assertThat(SCALE.rank("良好")).isGreaterThan(SCALE.rank("逐步提高"));
        assertThat(SCALE.rank("逐步提高")).isGreaterThan(SCALE.rank("基本达到"));
        assertThat(SCALE.rank("基本达到")).isGreaterThan(SCALE.rank("较差"));
        assertThat(SCALE.rank("有效")).isEqualTo(SCALE.rank("及时")).isEqualTo(SCALE.rank("健全")).isEqualTo(4);
    }

    @Test
    void ranksAShortValueByTheLongestWordInsideIt() {
        assertThat(SCALE.rank("效果显著")).isEqualTo(5);
        assertThat(SCALE.rank("稳定性")).isEqualTo(4);
        assertThat(SCALE.rank(" 良 好 ")).isEqualTo(4);
    }

    @Test
    void leavesStatementsAndUnknownWordsUnranked() {
        assertThat(SCALE.rank("提高医疗救助扶贫对象医疗待遇，减轻困难群众医疗负担")).isNull();
        assertThat(SCALE.rank("每季度展开")).isNull();
        assertThat(SCALE.rank(null)).isNull();
    }

    @Test
    void userFileAddsAndReplacesWords(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("qualitative.csv");
        Files.writeString(file, "word,rank,meaning\n卓越,5,excellent\n良好,3,good (lowered)\n", StandardCharsets.UTF_8);
        QualitativeScale scale = QualitativeScale.load(List.of(file));
        assertThat(scale.rank("卓越")).isEqualTo(5);
        assertThat(scale.rank("良好")).isEqualTo(3);
    }

    @Test
    void rejectsARankOffTheScale(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("qualitative.csv");
        Files.writeString(file, "word,rank\n超好,9\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> QualitativeScale.load(List.of(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Rank must be 1 to 5")
                .hasMessageContaining("9");
    }
}
