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

/** Comparator words are data: a user file of the same shape teaches the value parser a new word. */
class TestComparatorsFile {
    @TempDir
    Path folder;

    @Test
    void aUserWordIsReadWithoutRecompiling() throws IOException {
        // without the word, 起码 is a label before the number and the value reads as equal to it
        assertThat(ValueParser.bundled().parse("起码90%").comparator()).isEqualTo("=");

        Path file = folder.resolve("comparators.csv");
        Files.writeString(file, "word,comparator,position\n起码,>=,prefix\n达标及以上,>=,suffix\n", StandardCharsets.UTF_8);
        ValueParser extended = new ValueParser(Units.bundled(), QualitativeScale.bundled(), Comparators.load(List.of(file)));

        ParsedValue floor = extended.parse("起码90%");
        assertThat(floor.comparator()).isEqualTo(">=");
        assertThat(floor.number()).isEqualTo(90.0);
        assertThat(floor.unit()).isEqualTo("%");
        assertThat(extended.parse("95%达标及以上").comparator()).isEqualTo(">=");
    }

    @Test
    void aRowWithAnUnknownPositionNamesTheFileLineAndValue() throws IOException {
        Path file = folder.resolve("comparators.csv");
        Files.writeString(file, "word,comparator,position\n起码,>=,before\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Comparators.load(List.of(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("comparators.csv:2")
                .hasMessageContaining("before");
    }
}
