package org.medinsure.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A user's --config folder extends the bundled knowledge without recompiling. */
class KnowledgeOptionsTest {
    @TempDir
    Path config;

    @Test
    void userIndicatorFileAddsAConcept() throws Exception {
        Files.writeString(config.resolve("indicators.csv"), """
                # a county's own concept
                code,label,level2,unit,role,synonyms,patterns
                count.publicity_sessions,宣讲场次,数量指标,次,,政策宣讲场次;医保政策宣讲次数,
                """, StandardCharsets.UTF_8);
        KnowledgeOptions knowledge = options(config);
        assertThat(knowledge.taxonomy().match("指标3: 医保政策宣讲次数", "数量指标").code())
                .isEqualTo("count.publicity_sessions");
        assertThat(options(null).taxonomy().match("指标3: 医保政策宣讲次数", "数量指标").code())
                .isNotEqualTo("count.publicity_sessions");

        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out));
        assertThat(commandLine.execute("taxonomy", "--config", config.toString())).isZero();
        assertThat(out.toString()).contains("count.publicity_sessions  宣讲场次  [次]");
    }

    @Test
    void userAliasFileNamesARegion() throws Exception {
        Files.writeString(config.resolve("region-aliases.csv"), "alias,code\n沙坡头新区,640502\n", StandardCharsets.UTF_8);
        assertThat(options(config).gazetteer().resolve("沙坡头新区医保中心", null, null).region().code()).isEqualTo("640502");
    }

    @Test
    void userThresholdsOverrideTheFloor() throws Exception {
        Files.writeString(config.resolve("thresholds.properties"), "satisfaction.floor.pct=95\n", StandardCharsets.UTF_8);
        assertThat(options(config).thresholds().value("satisfaction.floor.pct")).isEqualTo(95.0);
        assertThat(options(config).thresholds().value("execution.low")).isEqualTo(0.9);
    }

    @Test
    void missingConfigFolderIsNamed() {
        assertThatThrownBy(() -> options(config.resolve("nowhere")).taxonomy())
                .hasMessageContaining("Cannot find the --config folder").hasMessageContaining("nowhere");
    }

    private static KnowledgeOptions options(Path folder) {
        KnowledgeOptions knowledge = new KnowledgeOptions();
        knowledge.config = folder;
        return knowledge;
    }
}
