package org.medinsure.warehouse.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
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
}
