package org.medinsure.warehouse.ingest.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TestKnowledgeFile {
    private static KnowledgeFile read(String text, String... columns) {
        return KnowledgeFile.read("test.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), columns);
    }

    @Test
    void readsVersionCommentsQuotesAndColumnsByName() {
        KnowledgeFile file = read("\uFEFF# a comment\n# version: 7\n\nb,a\n\"x,y\",\"say \"\"hi\"\"\"\n 2 ,1;;3 \n", "a", "b");
        assertThat(file.version()).isEqualTo("7");
        assertThat(file.rows()).hasSize(2);
        assertThat(file.rows().get(0).get("b")).isEqualTo("x,y");
        assertThat(file.rows().get(0).get("a")).isEqualTo("say \"hi\"");
        assertThat(file.rows().get(1).list("a")).containsExactly("1", "3");
        assertThat(file.rows().get(1).get("missing")).isEmpty();
        assertThat(file.rows().get(1).where()).isEqualTo("test.csv:6");
    }

    @Test
    void rejectsAMissingColumnAndAnOpenQuote() {
        assertThatThrownBy(() -> read("a\n1\n", "a", "b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot find column 'b' in the header of test.csv");
        assertThatThrownBy(() -> read("a\n\"1\n", "a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.csv:2: unterminated quote");
    }
}
