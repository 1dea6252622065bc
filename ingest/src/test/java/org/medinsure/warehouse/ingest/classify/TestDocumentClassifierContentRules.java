package org.medinsure.warehouse.ingest.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.medinsure.warehouse.ingest.model.DocumentType;
import org.medinsure.warehouse.ingest.text.TextCleaner;

/**
 * The type of a document from the kinds of content read in it, by the rule rows of
 * document-types.csv (first matching row wins); the family words decide only when nothing was read.
 */
class TestDocumentClassifierContentRules {
    private final DocumentClassifier classifier = DocumentClassifier.standard();

    @Test
    void aSelfEvaluationReadIsASelfEvaluationWhateverItsWordsSay() {
        assertThat(classifier.decide(DocumentType.BUDGET, Set.of(DocumentType.SELF_EVALUATION)))
                .isEqualTo(DocumentType.SELF_EVALUATION);
    }

    @Test
    void aNoticeWithFormsIsMixed() {
        assertThat(classifier.decide(DocumentType.ALLOCATION, Set.of(DocumentType.ALLOCATION, DocumentType.DECLARATION)))
                .isEqualTo(DocumentType.MIXED);
        assertThat(classifier.decide(DocumentType.ALLOCATION,
                Set.of(DocumentType.ALLOCATION, DocumentType.SELF_EVALUATION))).isEqualTo(DocumentType.MIXED);
        assertThat(classifier.decide(DocumentType.ALLOCATION, Set.of(DocumentType.ALLOCATION)))
                .isEqualTo(DocumentType.ALLOCATION);
    }

    @Test
    void declarationsAndSelfEvaluationsTogetherAreMixed() {
        assertThat(classifier.decide(DocumentType.DECLARATION,
                Set.of(DocumentType.DECLARATION, DocumentType.SELF_EVALUATION))).isEqualTo(DocumentType.MIXED);
    }

    @Test
    void aBudgetOrFinalAccountsPublicationStaysOneWhateverItAttaches() {
        assertThat(classifier.decide(DocumentType.BUDGET, Set.of(DocumentType.BUDGET, DocumentType.DECLARATION)))
                .isEqualTo(DocumentType.BUDGET);
        assertThat(classifier.decide(DocumentType.FINAL_ACCOUNTS,
                Set.of(DocumentType.FINAL_ACCOUNTS, DocumentType.SELF_EVALUATION, DocumentType.BUDGET)))
                .isEqualTo(DocumentType.FINAL_ACCOUNTS);
    }

    @Test
    void theWordsDecideWhenNothingWasRead() {
        assertThat(classifier.decide(DocumentType.SELF_EVALUATION, Set.of())).isEqualTo(DocumentType.SELF_EVALUATION);
        assertThat(classifier.decide(DocumentType.UNKNOWN, Set.of())).isEqualTo(DocumentType.UNKNOWN);
    }

    @Test
    void allocationWordsAloneMakeAnAllocation() {
        String text = "关于下达2024年城乡医疗救助补助资金的通知\n附件：城乡医疗救助补助资金分配表.xlsx\n";

        assertThat(classifier.classify(TextCleaner.clean("notice.txt", text)).docType())
                .isEqualTo(DocumentType.ALLOCATION);
    }
}
