package org.influencegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.influencegraph.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example sentence of the rule catalog gives a fact by its rule (or a candidate, for a rule that holds its
 * facts for review); every counter-example gives no fact by it.
 */
class RuleExamplesTest {

    static Stream<Arguments> examples() {
        return RuleCatalog.shipped().rules().stream()
                .flatMap(rule -> Stream.concat(
                        rule.examples().stream().map(s -> Arguments.of(rule.id(), true, s)),
                        rule.counters().stream().map(s -> Arguments.of(rule.id(), false, s))));
    }

    /** The rules whose facts (and, with {@code candidates}, whose candidates) the sentence gives. */
    static List<String> rulesFound(String sentence, boolean candidates) {
        var x = ArticleExtractor.extract(
                new Article("article-rule", "rule.txt", "Rule", "Test Wire", null, "2024-03-05", null, sentence));
        return Stream.of(
                        x.participations().stream().map(p -> p.provenance().producer()),
                        x.ties().stream().map(t -> t.provenance().producer()),
                        x.candidates().stream().filter(c -> candidates).map(c -> c.provenance()
                                .producer()))
                .flatMap(s -> s)
                .map(p -> p.replaceAll("^extractor/rules-\\d+:", "").replaceAll("\\+.*$", ""))
                .distinct()
                .toList();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("examples")
    void the_rule_reads_its_examples_and_not_its_counter_examples(String rule, boolean example, String sentence) {
        if (example) {
            assertThat(rulesFound(sentence, true)).contains(rule);
        } else {
            assertThat(rulesFound(sentence, false)).doesNotContain(rule);
        }
    }
}
