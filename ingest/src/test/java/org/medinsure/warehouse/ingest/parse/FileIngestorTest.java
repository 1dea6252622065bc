package org.medinsure.warehouse.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.knowledge.IngestKnowledge;
import org.medinsure.warehouse.ingest.model.DocumentType;

class FileIngestorTest {
    private final FileIngestor ingestor = new FileIngestor();

    @Test
    void identifiesFilesByContentHash() {
        byte[] bytes = "预算绩效目标申报表\n(2020 年度)\n".getBytes(StandardCharsets.UTF_8);
        IngestedFile first = ingestor.ingest("a/x.txt", bytes);
        IngestedFile copy = ingestor.ingest("b/y.txt", bytes.clone());
        assertThat(first.docId()).hasSize(64).isEqualTo(copy.docId());
        assertThat(first.document().profile().docType()).isEqualTo(DocumentType.DECLARATION);
        assertThat(first.lineCount()).isEqualTo(2);
    }

    @Test
    void emptyFileIsRejectedWithAProblem() {
        IngestedFile file = ingestor.ingest("bad/empty.txt", new byte[0]);
        assertThat(DocumentStatus.of(file.document())).isEqualTo(DocumentStatus.REJECTED);
        assertThat(file.document().problems()).singleElement()
                .satisfies(problem -> assertThat(problem.detail()).contains("bad/empty.txt").contains("empty"));
    }

    @Test
    void unsupportedFormatIsRejectedButListed() {
        IngestedFile file = ingestor.ingest("scans/form.ofd", new byte[] {'P', 'K', 3, 4});
        assertThat(file.format()).isEqualTo("ofd");
        assertThat(DocumentStatus.of(file.document())).isEqualTo(DocumentStatus.REJECTED);
        assertThat(file.document().problems()).singleElement()
                .satisfies(problem -> assertThat(problem.check()).isEqualTo("unsupported_format"));
    }

    @Test
    void aBrokenPdfIsRejectedWithWhatWentWrong() {
        IngestedFile file = ingestor.ingest("scans/form.pdf", new byte[] {'%', 'P', 'D', 'F'});
        assertThat(file.format()).isEqualTo("pdf");
        assertThat(DocumentStatus.of(file.document())).isEqualTo(DocumentStatus.REJECTED);
        assertThat(file.document().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.check()).isEqualTo("unreadable_pdf");
            assertThat(problem.detail()).contains("scans/form.pdf");
        });
    }

    @Test
    void aFileOverTheLimitsIsListedAndTheNextFileIsStillRead() {
        FileIngestor limited = new FileIngestor(IngestKnowledge.bundled(),
                new FileIngestor.Limits(java.time.Duration.ofMillis(1), 1_000_000));
        String form = "项目名称\t城乡医疗救助\n".repeat(20_000); // ~ 800 kB of lines: far more than a millisecond to read

        IngestedFile slow = limited.ingest("slow.txt", form.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        IngestedFile large = limited.ingest("large.txt", new byte[1_000_001]);
        IngestedFile next = new FileIngestor(IngestKnowledge.bundled(), new FileIngestor.Limits(java.time.Duration.ofMinutes(1),
                1_000_000)).ingest("next.txt", "项目名称\t城乡医疗救助\n资金总额\t100万元\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(slow.document().problems()).extracting(problem -> problem.check()).containsExactly("time_limit");
        assertThat(DocumentStatus.of(slow.document())).isEqualTo(DocumentStatus.REJECTED);
        assertThat(large.document().problems()).extracting(problem -> problem.check()).containsExactly("file_too_large");
        assertThat(DocumentStatus.of(next.document())).isNotEqualTo(DocumentStatus.REJECTED);
    }
}
