package org.medinsure.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.parse.FileIngestor;
import picocli.CommandLine;

/** What one file may take is the user's to set, on the command line. */
class InputOptionsTest {
    private static InputOptions parse(String... arguments) {
        InputOptions options = new InputOptions();
        new CommandLine(options).parseArgs(arguments);
        return options;
    }

    @Test
    void theLimitsDefaultToTheIngestorsAndFollowTheOptions() {
        assertThat(parse().limits()).isEqualTo(FileIngestor.Limits.DEFAULT);
        FileIngestor.Limits limits = parse("--file-time-limit", "15", "--max-file-size", "8").limits();
        assertThat(limits.time()).isEqualTo(Duration.ofSeconds(15));
        assertThat(limits.maxBytes()).isEqualTo(8L * 1024 * 1024);
    }

    @Test
    void aLimitThatIsNotPositiveIsRefusedByName() {
        assertThatThrownBy(() -> parse("--file-time-limit", "0").limits())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--file-time-limit");
    }
}
