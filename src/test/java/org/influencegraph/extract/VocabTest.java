package org.influencegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class VocabTest {

    @Test
    void the_shipped_lists_read() {
        assertThat(Vocab.words("honorifics.txt"))
                .contains("Sheikh", "Dr", "Dr.", "Grand Ayatollah")
                .doesNotHaveDuplicates()
                .noneMatch(w -> w.startsWith("#"));
        assertThat(Vocab.pairs("relatives.txt", List.of("male", "female")))
                .containsEntry("husband", "male")
                .containsEntry("niece", "female")
                .hasSize(12);
    }

    @Test
    void an_alternation_prefers_the_longer_form_and_quotes_its_dots() {
        Pattern p = Pattern.compile(
                "^(?:" + Vocab.alternation(List.of("Dr", "Dr.", "Ayatollah", "Grand Ayatollah")) + ")\\s+");
        assertThat(p.matcher("Dr. Roe").replaceFirst("")).isEqualTo("Roe");
        assertThat(p.matcher("Dr Roe").replaceFirst("")).isEqualTo("Roe");
        assertThat(p.matcher("Grand Ayatollah Sistani").replaceFirst("")).isEqualTo("Sistani");
        // The dot is a dot, not any character.
        assertThat(p.matcher("Drx Roe").replaceFirst("")).isEqualTo("Drx Roe");
    }

    @Test
    void a_line_that_does_not_read_names_its_file_and_line() {
        assertThatThrownBy(() -> Vocab.pairs(
                        "relatives.txt", "# kin\nhusband = male\nwife = woman\n", List.of("male", "female")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("extract/vocab/relatives.txt:3: expected 'WORD = male|female'");
    }
}
