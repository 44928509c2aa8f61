package org.influencegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImportGuidePhrasingsTest {

    @Test
    void the_import_guide_lists_the_phrasings_of_the_shipped_catalog() throws Exception {
        String guide = Files.readString(Path.of("docs/IMPORT.md"));
        assertThat(ImportGuidePhrasings.current(guide))
                .as("docs/IMPORT.md is out of date with the rule catalog: run " + ImportGuidePhrasings.COMMAND)
                .isEqualTo(RuleCatalog.shipped().phrasings());
    }

    @Test
    void every_rule_is_a_row_with_all_its_examples() {
        String table = RuleCatalog.shipped().phrasings();
        for (RuleCatalog.Rule rule : RuleCatalog.shipped().rules()) {
            assertThat(table).contains("| " + rule.code() + " | `" + rule.id() + "` | ");
            rule.examples().forEach(e -> assertThat(table).contains(e.replace("|", "\\|")));
        }
    }

    @Test
    void regenerating_replaces_only_what_lies_between_the_markers() {
        String guide =
                "# Guide\n" + ImportGuidePhrasings.START + "\n\nold table\n" + ImportGuidePhrasings.END + "\nafter\n";
        String updated = ImportGuidePhrasings.regenerate(guide, "| new |\n");
        assertThat(updated)
                .isEqualTo("# Guide\n" + ImportGuidePhrasings.START + "\n\n| new |\n\n" + ImportGuidePhrasings.END
                        + "\nafter\n");
        assertThat(ImportGuidePhrasings.current(updated)).isEqualTo("| new |\n");
        assertThat(ImportGuidePhrasings.regenerate(updated, "| new |\n")).isEqualTo(updated);
    }

    @Test
    void a_guide_without_its_markers_is_refused() {
        assertThatThrownBy(() -> ImportGuidePhrasings.regenerate("# Guide\n", "| new |\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("docs/IMPORT.md: the markers '<!-- phrasings:");
    }
}
