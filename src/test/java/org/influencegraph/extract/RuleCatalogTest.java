package org.influencegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule catalog is read and checked at start: a fault stops it with the file and the line. */
class RuleCatalogTest {

    private static final String DEFINITIONS = """
            define NEGATION = /^not$/
            define MODAL = /^will$/
            define INTENT = /^plan$/
            define OF_STATE = /^official$/
            define SAY = /^say$/
            define MEET = /^meet$/
            """;

    private static final String GOOD = """
            # a comment
            rule meeting.met
              fact       MEETING
              semgrex    {lemma:${MEET}}=trigger >nsubj {}=a >obj {}=b
              role       a PARTICIPANT
              role       b PARTICIPANT
              confidence 0.8
              example    Erdogan met Putin.
            """;

    private static RuleCatalog parse(String rules) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("extract/rules/definitions.rules", DEFINITIONS);
        files.put("extract/rules/test.rules", rules);
        return RuleCatalog.parse(files);
    }

    @Test
    void a_good_file_gives_its_rules_with_macros_expanded() {
        RuleCatalog catalog = parse(GOOD);
        assertThat(catalog.rules()).hasSize(1);
        RuleCatalog.Rule rule = catalog.rules().get(0);
        assertThat(rule.id()).isEqualTo("meeting.met");
        assertThat(rule.line()).isEqualTo(2);
        assertThat(rule.source()).isEqualTo("{lemma:/^meet$/}=trigger >nsubj {}=a >obj {}=b");
        assertThat(rule.roles()).extracting(RuleCatalog.RoleSpec::node).containsExactly("a", "b");
        assertThat(rule.examples()).containsExactly("Erdogan met Putin.");
    }

    @Test
    void only_a_sentence_with_a_trigger_lemma_needs_the_parse() {
        RuleCatalog catalog = parse(GOOD);
        assertThat(catalog.mayMatch(java.util.List.of("Erdogan", "meet", "Putin")))
                .isTrue();
        assertThat(catalog.mayMatch(java.util.List.of("Erdogan", "visit", "Moscow")))
                .isFalse();
        assertThat(parse(GOOD.replace("{lemma:${MEET}}=trigger", "{}=trigger")).mayMatch(java.util.List.of("visit")))
                .isTrue();
    }

    @Test
    void a_lemma_that_is_optional_negated_or_an_alternative_is_not_required() {
        assertThat(RuleCatalog.requiredLemma("{lemma:call;tag:/VB.*/}=t >nsubj {}=a")
                        .pattern())
                .isEqualTo("\\Qcall\\E");
        assertThat(RuleCatalog.requiredLemma("{}=v >nsubj {}=a >obj ({lemma:/^talk$/} >nmod {}=b)")
                        .pattern())
                .isEqualTo("^talk$");
        assertThat(RuleCatalog.requiredLemma("{}=v >/^nsubj(?::pass)?$/ {}=a >/^obl:(?:in|at)$/ ({lemma:/^call$/}=t)")
                        .pattern())
                .isEqualTo("^call$");
        assertThat(RuleCatalog.requiredLemma("{}=v ?>obj {lemma:/^talk$/}")).isNull();
        assertThat(RuleCatalog.requiredLemma("{}=v ?>/^obj|obl$/ {lemma:/^talk$/}"))
                .isNull();
        assertThat(RuleCatalog.requiredLemma("{}=v !>advmod {lemma:not}")).isNull();
        assertThat(RuleCatalog.requiredLemma("{}=v [>obj {lemma:talk} | >obl {}=b]"))
                .isNull();
    }

    @Test
    void an_unknown_macro_names_file_and_line() {
        assertThatThrownBy(() -> parse(GOOD.replace("${MEET}", "${GREET}")))
                .hasMessage("extract/rules/test.rules:4: unknown macro ${GREET}");
    }

    @Test
    void a_role_whose_node_the_pattern_does_not_name_is_refused() {
        assertThatThrownBy(() -> parse(GOOD.replace("role       b PARTICIPANT", "role       c PARTICIPANT")))
                .hasMessage("extract/rules/test.rules:6: rule meeting.met: role 'c' is no named node of its pattern"
                        + " (line 4)");
    }

    @Test
    void a_duplicate_id_names_both_places() {
        assertThatThrownBy(() -> parse(GOOD + "\n" + GOOD))
                .hasMessage("extract/rules/test.rules:11: duplicate rule id 'meeting.met' (first at "
                        + "extract/rules/test.rules:2)");
    }

    @Test
    void a_pattern_that_does_not_compile_is_refused() {
        assertThatThrownBy(() -> parse(GOOD.replace(">obj {}=b", ">obj {}=b (")))
                .hasMessageStartingWith("extract/rules/test.rules:4: the pattern does not compile: ");
    }

    @Test
    void an_unknown_role_fact_or_key_is_refused() {
        assertThatThrownBy(() -> parse(GOOD.replace("b PARTICIPANT", "b WITNESS")))
                .hasMessage("extract/rules/test.rules:6: unknown role 'WITNESS'");
        assertThatThrownBy(() -> parse(GOOD.replace("fact       MEETING", "fact       PICNIC")))
                .hasMessage("extract/rules/test.rules:3: unknown fact type 'PICNIC'");
        assertThatThrownBy(() -> parse(GOOD.replace("confidence 0.8", "confidance 0.8")))
                .hasMessageStartingWith("extract/rules/test.rules:7: unknown key 'confidance'");
    }

    @Test
    void a_rule_without_a_confidence_or_an_example_is_refused() {
        assertThatThrownBy(() -> parse(GOOD.replace("  confidence 0.8\n", "")))
                .hasMessage("extract/rules/test.rules:2: rule meeting.met: has no 'confidence'");
        assertThatThrownBy(() -> parse(GOOD.replace("  example    Erdogan met Putin.\n", "")))
                .hasMessage("extract/rules/test.rules:2: rule meeting.met: has no 'example' sentence");
    }

    private static final String TIE = """
            rule leads.head-of
              fact       leads
              semgrex    {}=p >appos ({lemma:head}=trigger >/^nmod:of$/ {}=body)
              role       body TO ORGANIZATION
              role       p FROM PERSON
              confidence 0.85
              example    Stoltenberg, the head of NATO, spoke.
            """;

    @Test
    void a_tie_rule_reads_from_and_to_whatever_their_order() {
        RuleCatalog.Rule rule = parse(TIE).rules().get(0);
        assertThat(rule.tie()).isEqualTo(org.influencegraph.model.TieType.LEADS);
        assertThat(rule.fact()).isNull();
        assertThat(rule.code()).isEqualTo("leads");
        assertThat(rule.roles()).extracting(RuleCatalog.RoleSpec::node).containsExactly("p", "body");
    }

    @Test
    void a_tie_rule_has_exactly_a_from_and_a_to() {
        assertThatThrownBy(() -> parse(TIE.replace("role       p FROM PERSON", "role       p PARTICIPANT")))
                .hasMessage("extract/rules/test.rules:1: rule leads.head-of: a tie has two roles, FROM and TO, and no"
                        + " other");
        assertThatThrownBy(() -> parse(GOOD.replace("b PARTICIPANT", "b TO")))
                .hasMessage(
                        "extract/rules/test.rules:2: rule meeting.met: FROM and TO are a tie's roles, not an event's");
    }

    @Test
    void the_definitions_the_matcher_needs_must_be_there() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("extract/rules/test.rules", "define MEET = /^meet$/\n" + GOOD);
        assertThatThrownBy(() -> RuleCatalog.parse(files))
                .hasMessage("extract/rules: the matcher needs a definition of 'NEGATION'");
    }

    @Test
    void the_shipped_catalog_loads() {
        assertThat(RuleCatalog.shipped().rules())
                .extracting(RuleCatalog.Rule::id)
                .contains("mediation.demonym-brokered", "meeting.subjects-met", "appeal.appealed-to-clause");
    }
}
