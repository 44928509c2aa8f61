package org.influencegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scores the extraction benchmark reports, on a curated data set and an extraction made up for the test. */
class ExtractionQualityTest {

    @TempDir
    Path dir;

    private ExtractionQuality.Gold gold() throws Exception {
        Files.writeString(dir.resolve("entities.csv"), """
                entity,type,name,aliases,kind,country,description,note,source,quote
                alexander-lukashenko,person,Alexander Lukashenko,Lukashenko|Lukashenka,,BY,,,s1,Alexander Lukashenko met Vladimir Putin in Minsk
                vladimir-putin,person,Vladimir Putin,Putin,,RU,,,s1,Alexander Lukashenko met Vladimir Putin in Minsk
                minsk,place,Minsk,,city,BY,,,s1,Alexander Lukashenko met Vladimir Putin in Minsk
                vladimir-putin,person,Vladimir Putin,Putin,,RU,,,s2,Putin spoke at length on Friday
                """);
        Files.writeString(dir.resolve("events.csv"), """
                event,type,date,end_date,cameo,title,description,source,quote,producer,confidence
                m1,meeting,2024-01-01,,,Meeting,,s1,Alexander Lukashenko met Vladimir Putin in Minsk,,
                a1,arrest,,,,Arrest,,s1,Lukashenko was arrested in Minsk by nobody at all,,
                x1,statement,,,,Statement,,s1,Alexander Lukashenko met Vladimir Putin in Minsk,,
                """);
        Files.writeString(dir.resolve("participants.csv"), """
                event,entity,role,detail,source,quote,producer,confidence
                m1,vladimir-putin,host,,s1,q,,
                m1,alexander-lukashenko,participant,,s1,q,,
                m1,minsk,location,,s1,q,,
                a1,alexander-lukashenko,target,,s1,q,,
                a1,minsk,location,,s1,q,,
                """);
        Files.writeString(dir.resolve("ties.csv"), """
                from,type,to,role,start,end,source,quote,producer,confidence
                alexander-lukashenko,ally-of,vladimir-putin,,,,s1,Alexander Lukashenko met Vladimir Putin in Minsk,,
                vladimir-putin,supports,alexander-lukashenko,,,,s1,q,,
                vladimir-putin,controls,minsk,,,,s1,q,,
                """);
        return ExtractionQuality.readGold(dir);
    }

    private static Map<String, Set<String>> names(String... idAndNames) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String s : idAndNames) {
            String[] parts = s.split("=");
            out.put(parts[0], new LinkedHashSet<>(List.of(parts[1].split("\\|"))));
        }
        return out;
    }

    @Test
    void an_article_is_known_by_its_quotes() throws Exception {
        var gold = gold();
        assertThat(ExtractionQuality.sourceOf(gold, "Yesterday Alexander   Lukashenko met Vladimir Putin in Minsk."))
                .isEqualTo("s1");
        assertThat(ExtractionQuality.sourceOf(gold, "Nothing curated here at all."))
                .isNull();
    }

    @Test
    void entities_are_right_by_any_curated_name_once_each() throws Exception {
        var found = new ExtractionQuality.Extracted(
                names("lukashenko=Lukashenko", "alexander-lukashenko=Alexander " + "Lukashenko", "nobody=Nobody Known"),
                Map.of(),
                Map.of(),
                Map.of(),
                Set.of());
        var tally = new ExtractionQuality.Tally();
        ExtractionQuality.scoreEntities(gold(), "s1", found, tally);
        // Lukashenko right; the same person again and an unknown one wrong; Putin and Minsk missed.
        assertThat(tally.right).hasSize(1);
        assertThat(tally.wrong).hasSize(2);
        assertThat(tally.precision()).isEqualTo(1.0 / 3);
        assertThat(tally.recall()).isEqualTo(1.0 / 3);
    }

    @Test
    void events_need_their_type_and_roles_and_a_place_is_not_an_actor() throws Exception {
        Map<String, Set<String>> events = new LinkedHashMap<>();
        events.put("e1", Set.of("participant putin", "participant luka"));
        events.put("e2", Set.of("target luka"));
        events.put("e3", Set.of("target putin"));
        var found = new ExtractionQuality.Extracted(
                names("luka=Lukashenka", "putin=Putin"),
                Map.of(),
                events,
                Map.of("e1", "meeting", "e2", "arrest", "e3", "arrest"),
                Set.of());
        var tally = new ExtractionQuality.Tally();
        Map<String, Integer> others = new TreeMap<>();
        ExtractionQuality.scoreEvents(gold(), "s1", found, tally, others);
        // The host counts as a participant; the arrest needs only its target (Minsk is a place); Putin was not
        // arrested.
        assertThat(tally.right).hasSize(2);
        assertThat(tally.wrong).containsExactly("s1: arrest [target vladimir-putin]");
        assertThat(tally.found).isEqualTo(2);
        assertThat(tally.missed).isEmpty();
        assertThat(others).containsExactly(Map.entry("statement", 1));
    }

    @Test
    void ties_are_right_either_way_when_symmetric_and_recall_counts_the_types_read() throws Exception {
        var found = new ExtractionQuality.Extracted(
                names("luka=Lukashenko", "putin=Putin"),
                Map.of(),
                Map.of(),
                Map.of(),
                new LinkedHashSet<>(List.of("putin ally-of luka", "luka leads putin")));
        var tally = new ExtractionQuality.Tally();
        ExtractionQuality.scoreTies(gold(), "s1", found, tally);
        assertThat(tally.right).containsExactly("s1: vladimir-putin ally-of alexander-lukashenko");
        assertThat(tally.wrong).containsExactly("s1: alexander-lukashenko leads vladimir-putin");
        // "controls" is not a type the extractor reads: neither found nor missed.
        assertThat(tally.missed).containsExactly("s1: vladimir-putin supports alexander-lukashenko");
        assertThat(tally.recall()).isEqualTo(0.5);
    }

    @Test
    void ties_are_tallied_by_the_rule_that_found_them() throws Exception {
        var found = new ExtractionQuality.Extracted(
                names("luka=Lukashenko", "putin=Putin"),
                Map.of(),
                Map.of(),
                Map.of(),
                new LinkedHashSet<>(List.of("putin ally-of luka", "luka leads putin")),
                Map.of(
                        "putin ally-of luka",
                        "extractor/rules-3:patterns.ally-of-1+m",
                        "luka leads putin",
                        "extractor/rules-3:patterns.leads-2+m"));
        var tally = new ExtractionQuality.Tally();
        Map<String, ExtractionQuality.Tally> byRule = new TreeMap<>();
        ExtractionQuality.scoreTies(gold(), "s1", found, tally, byRule);
        assertThat(byRule)
                .containsOnlyKeys("extractor/rules-3:patterns.ally-of-1+m", "extractor/rules-3:patterns.leads-2+m");
        assertThat(byRule.get("extractor/rules-3:patterns.ally-of-1+m").right)
                .containsExactly("s1: vladimir-putin ally-of alexander-lukashenko");
        assertThat(byRule.get("extractor/rules-3:patterns.ally-of-1+m").wrong).isEmpty();
        assertThat(byRule.get("extractor/rules-3:patterns.leads-2+m").wrong)
                .containsExactly("s1: alexander-lukashenko leads vladimir-putin");
    }

    @Test
    void a_call_without_direction_fits_either_end_but_a_reversed_one_does_not() {
        Set<String> gold = Set.of("initiator erdogan", "target putin");
        assertThat(ExtractionQuality.fits("phone-call", "participant putin", gold))
                .isTrue();
        assertThat(ExtractionQuality.fits("phone-call", "participant erdogan", gold))
                .isTrue();
        assertThat(ExtractionQuality.fits("phone-call", "initiator putin", gold))
                .isFalse();
        assertThat(ExtractionQuality.fits("phone-call", "initiator erdogan", Set.of("participant erdogan")))
                .isTrue();
        // Only calls: an arrest's direction is always the text's.
        assertThat(ExtractionQuality.fits("arrest", "participant putin", gold)).isFalse();
    }

    @Test
    void a_city_is_the_curated_city_before_a_state_that_has_its_name_as_an_alias() throws Exception {
        Files.writeString(dir.resolve("entities.csv"), """
                entity,type,name,aliases,kind,country,description,note,source,quote
                russia,organization,Russia,Moscow|Kremlin,state,RU,,,s1,Bennett flew to Moscow on Saturday
                moscow,place,Moscow,,city,RU,,,s1,Bennett flew to Moscow on Saturday
                """);
        Files.writeString(
                dir.resolve("events.csv"),
                "event,type,date,end_date,cameo,title,description,source,quote," + "producer,confidence\n");
        Files.writeString(
                dir.resolve("participants.csv"), "event,entity,role,detail,source,quote,producer," + "confidence\n");
        Files.writeString(dir.resolve("ties.csv"), "from,type,to,role,start,end,source,quote,producer,confidence\n");
        var gold = ExtractionQuality.readGold(dir);
        assertThat(ExtractionQuality.goldId(gold, "s1", Set.of("Moscow"))).isEqualTo("moscow");
        assertThat(ExtractionQuality.goldId(gold, "s1", Set.of("Kremlin"))).isEqualTo("russia");
    }
}
