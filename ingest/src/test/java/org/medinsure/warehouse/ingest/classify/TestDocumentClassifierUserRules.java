package org.medinsure.warehouse.ingest.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medinsure.warehouse.ingest.knowledge.IngestKnowledge;
import org.medinsure.warehouse.ingest.model.DocumentType;

/** A user rule in document-types.csv decides the combination it names, ahead of the bundled rules. */
class TestDocumentClassifierUserRules {
    @TempDir
    Path folder;

    @Test
    void aUserRuleCanDecideACombination() throws IOException {
        // a province whose notices attach target forms wants them filed as allocations
        Files.writeString(folder.resolve("document-types.csv"),
                "kind,label,target,rank\nrule,allocation+declaration,allocation,\n");
        DocumentClassifier classifier = DocumentClassifier.load(IngestKnowledge.withUserFolder(folder));
        assertThat(classifier.decide(DocumentType.UNKNOWN, Set.of(DocumentType.ALLOCATION, DocumentType.DECLARATION)))
                .isEqualTo(DocumentType.ALLOCATION);
    }
}
