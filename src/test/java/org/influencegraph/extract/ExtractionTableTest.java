package org.influencegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.influencegraph.Resources;
import org.influencegraph.model.Article;
import org.influencegraph.model.EntityRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader's behaviours as a table ({@code extract/table.txt}): a sentence, then the exact facts it gives, one
 * a line after "=", or "= nothing"; a backslash and n in a sentence is a line break. Facts are "type: role=name,
 * ..." for events and "from TYPE to" for ties; a candidate held for review is "candidate type: ...".
 */
class ExtractionTableTest {

    static Stream<Arguments> rows() {
        List<Arguments> rows = new ArrayList<>();
        String sentence = null;
        List<String> expected = new ArrayList<>();
        int line = 0;
        int at = 0;
        for (String raw : Resources.read("extract/table.txt").split("\n")) {
            line++;
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            if (raw.startsWith("  = ")) {
                String fact = raw.substring(4).strip();
                if (!fact.equals("nothing")) {
                    expected.add(fact);
                }
                continue;
            }
            if (sentence != null) {
                rows.add(Arguments.of(at, sentence, List.copyOf(expected)));
            }
            sentence = raw.strip().replace("\\n", "\n");
            at = line;
            expected.clear();
        }
        if (sentence != null) {
            rows.add(Arguments.of(at, sentence, List.copyOf(expected)));
        }
        return rows.stream();
    }

    /** The facts and candidates of a text, sorted, in the table's words. */
    static List<String> facts(String text) {
        var x = ArticleExtractor.extract(
                new Article("article-table", "table.txt", "Table", "Test Wire", null, "2024-03-05", null, text));
        Map<String, String> names =
                x.entities().stream().collect(Collectors.toMap(EntityRecord::id, EntityRecord::name));
        Function<String, String> name = id -> names.getOrDefault(id, id);
        TreeSet<String> out = new TreeSet<>();
        x.events()
                .forEach(e -> out.add(e.type().code() + ": "
                        + x.participations().stream()
                                .filter(p -> p.event().equals(e.id()))
                                .map(p -> p.role().code() + "=" + name.apply(p.entity()))
                                .collect(Collectors.joining(", "))));
        x.ties().forEach(t -> out.add(name.apply(t.from()) + " " + t.type() + " " + name.apply(t.to())));
        x.candidates().stream()
                .filter(c -> c.event() != null)
                .forEach(c -> out.add("candidate " + c.event().type().code() + ": "
                        + c.participations().stream()
                                .map(p -> p.role().code() + "=" + name.apply(p.entity()))
                                .collect(Collectors.joining(", "))));
        return new ArrayList<>(out);
    }

    @ParameterizedTest(name = "line {0}: {1}")
    @MethodSource("rows")
    void the_sentence_gives_exactly_its_facts(int line, String sentence, List<String> expected) {
        assertThat(facts(sentence))
                .as("extract/table.txt line " + line)
                .containsExactlyElementsOf(new TreeSet<>(expected));
    }
}
