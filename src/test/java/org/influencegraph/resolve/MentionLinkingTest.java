package org.influencegraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.influencegraph.TestNeo4j;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.GraphWriter;
import org.influencegraph.importer.SampleData;
import org.influencegraph.model.EntityRecord;
import org.influencegraph.model.EntityType;
import org.influencegraph.model.Provenance;
import org.influencegraph.names.NameKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Article mentions linked to what the whole graph knows (the sample data), before anything is created. */
class MentionLinkingTest {

    private Graph graph;
    private EntityMatcher matcher;

    @BeforeEach
    void setUp() {
        graph = TestNeo4j.clean();
        SampleData.loadIfEmpty(graph);
        matcher = new EntityMatcher(graph);
    }

    /** A mention as the article extractor makes it: its id the slug of its name, one sentence quoted. */
    private static EntityRecord mention(EntityType type, String name, String quote, String... aliases) {
        return new EntityRecord(
                NameKeys.slug(name),
                type,
                name,
                List.of(aliases),
                null,
                null,
                null,
                null,
                new Provenance("test-article", quote, "extractor/test", 0.9, Map.of("sentence", 0)),
                new EntityRecord.Extras(Map.of(), List.of(), true));
    }

    /** A place as the extractor makes it when it counted how its article names it: mostly as an actor or not. */
    private static EntityRecord place(String name, String quote, boolean acting) {
        return new EntityRecord(
                NameKeys.slug(name),
                EntityType.PLACE,
                name,
                List.of(),
                null,
                null,
                null,
                null,
                new Provenance("test-article", quote, "extractor/test", 0.9, Map.of("sentence", 0, "acting", acting)),
                new EntityRecord.Extras(Map.of(), List.of(), true));
    }

    /** An article's mention of a person in a given article, written as the importer writes a new one. */
    private void written(String source, EntityRecord e) {
        new GraphWriter(graph)
                .prepareSources(List.of(
                        new org.influencegraph.model.SourceRecord(source, source, null, null, null, null, "article")))
                .write();
        new GraphWriter(graph).prepareEntities(List.of(e)).write();
    }

    private static EntityRecord in(String source, EntityRecord e) {
        Provenance p = e.mention();
        return new EntityRecord(
                e.id(),
                e.type(),
                e.name(),
                e.aliases(),
                null,
                null,
                null,
                null,
                new Provenance(source, p.quote(), p.producer(), p.confidence(), p.details()),
                e.extras());
    }

    private Map<String, String> match(EntityRecord... records) {
        return matcher.match(List.of(records), Set.of());
    }

    @Test
    void a_surname_an_acronym_with_or_without_dots_and_a_short_form_link_to_the_one_entity_they_name() {
        Map<String, String> found = match(
                mention(EntityType.PERSON, "Lukashenko", "Exiles plot a new take on Lukashenko"),
                mention(EntityType.ORGANIZATION, "U.N.", "The U.N. said it would keep working."),
                mention(EntityType.ORGANIZATION, "UN", "The UN welcomed the deal."),
                mention(EntityType.ORGANIZATION, "EU", "She urged the EU to act."),
                mention(EntityType.PERSON, "Prigozhin", "Prigozhin said nothing."),
                mention(EntityType.PERSON, "Lukashenka", "Lukashenka has one thing left to sell."));

        assertThat(found)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "lukashenko", "alexander-lukashenko",
                        "u-n", "united-nations",
                        "un", "united-nations",
                        "eu", "european-union",
                        "prigozhin", "yevgeny-prigozhin",
                        "lukashenka", "alexander-lukashenko"));
        assertThat(matcher.takeReferences()).isEmpty();
    }

    @Test
    void a_name_the_model_tagged_as_a_person_links_to_the_organization_whose_alias_it_is() {
        assertThat(match(mention(EntityType.PERSON, "Wagner", "the Wagner fighters now camped near Asipovichy")))
                .containsExactlyEntriesOf(Map.of("wagner", "wagner-group"));
    }

    @Test
    void a_place_tagged_state_links_to_the_state_and_a_capital_tagged_organization_to_its_state() {
        Map<String, String> found = match(
                mention(EntityType.PLACE, "Belarus", "Prigozhin has arrived in Belarus."),
                mention(EntityType.ORGANIZATION, "Minsk", "Minsk answered within hours."),
                mention(EntityType.ORGANIZATION, "Brussels", "asked Brussels to open a channel"));
        // "Belarus" is the id of the sample's state, "Minsk" the place's: such mentions are written into them.
        Map<String, String> place = new EntityMatcher(graph)
                .match(List.of(mention(EntityType.PLACE, "Minsk", "at a ceremony in Minsk")), Set.of());

        assertThat(found)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "minsk", "belarus",
                        "brussels", "european-union"));
        assertThat(place).isEmpty();
        assertThat(graph.read("MATCH (e:Entity {id: 'belarus'}) RETURN labels(e) AS l", Map.of(), r -> r.get("l")
                        .asList(v -> v.asString())))
                .containsExactly(List.of("Entity", "Organization"));
    }

    @Test
    void on_a_graph_without_them_states_bodies_and_capitals_come_from_the_reference_list() {
        graph = TestNeo4j.clean();
        matcher = new EntityMatcher(graph);

        Map<String, String> found = match(
                mention(EntityType.PLACE, "Türkiye", "when Putin visits Türkiye in August"),
                mention(EntityType.ORGANIZATION, "UAE", "Zelensky thanked the UAE."),
                mention(EntityType.ORGANIZATION, "Emirati", "The Emirati side said so."),
                mention(EntityType.ORGANIZATION, "Abu Dhabi", "Abu Dhabi has kept open lines to the Kremlin."),
                mention(EntityType.PLACE, "Doha", "met Zelensky in Doha in November"),
                mention(EntityType.ORGANIZATION, "U.N.", "The U.N. would keep working."));

        assertThat(found)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "turkiye", "turkey",
                        "uae", "united-arab-emirates",
                        "emirati", "united-arab-emirates",
                        "abu-dhabi", "united-arab-emirates",
                        "doha", "doha",
                        "u-n", "united-nations"));
        List<EntityRecord> references = matcher.takeReferences();
        assertThat(references)
                .extracting(EntityRecord::id)
                .containsExactlyInAnyOrder(
                        "turkey",
                        "united-arab-emirates",
                        "united-arab-emirates",
                        "united-arab-emirates",
                        "doha",
                        "united-nations");
        EntityRecord turkey = references.stream()
                .filter(r -> r.id().equals("turkey"))
                .findFirst()
                .orElseThrow();
        assertThat(turkey.name()).isEqualTo("Turkey");
        assertThat(turkey.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(turkey.kind()).isEqualTo("state");
        assertThat(turkey.aliases()).contains("Türkiye", "Turkish");
        assertThat(references.stream()
                        .filter(r -> r.id().equals("doha"))
                        .findFirst()
                        .orElseThrow()
                        .type())
                .isEqualTo(EntityType.PLACE);
    }

    @Test
    void a_surname_two_people_share_is_decided_by_the_article_or_held_for_review_never_made_a_node() {
        Map<String, String> alone = match(mention(EntityType.PERSON, "Oreshkin", "Oreshkin said the vote was stolen."));

        assertThat(alone).isEmpty();
        assertThat(matcher.held("oreshkin")).isTrue();
        assertThat(graph.read(
                        "MATCH (c:Candidate {kind: 'mention'}) RETURN c.mention + ' ' + c.status + ' ' "
                                + "+ reduce(s = '', a IN c.actors | s + a + ';') AS c",
                        Map.of(),
                        r -> r.get("c").asString()))
                .containsExactly("Oreshkin open andrei-oreshkin;dmitry-oreshkin;");

        // A Russian political scientist, in an article that names Russia: the sample's Dmitry Oreshkin.
        var other = new EntityMatcher(graph);
        Map<String, String> decided = other.match(
                List.of(
                        mention(EntityType.ORGANIZATION, "Russia", "Russia denied it."),
                        mention(EntityType.PERSON, "Oreshkin", "Oreshkin, a political scientist, said so.")),
                Set.of());
        assertThat(decided).containsEntry("oreshkin", "dmitry-oreshkin");
        assertThat(other.held("oreshkin")).isFalse();
    }

    @Test
    void a_name_without_its_middle_names_or_with_its_surname_first_links_to_the_full_name() {
        new GraphWriter(graph)
                .prepareEntities(List.of(
                        new EntityRecord(
                                "recep-tayyip-erdogan",
                                EntityType.PERSON,
                                "Recep Tayyip Erdogan",
                                List.of(),
                                null,
                                "TR",
                                "President of Turkey",
                                null,
                                null),
                        new EntityRecord(
                                "xi-jinping",
                                EntityType.PERSON,
                                "Xi Jinping",
                                List.of(),
                                null,
                                "CN",
                                "President of China",
                                null,
                                null),
                        new EntityRecord(
                                "joe-biden",
                                EntityType.PERSON,
                                "Joe Biden",
                                List.of(),
                                null,
                                "US",
                                "President of the United States",
                                null,
                                null)))
                .write();

        Map<String, String> found = match(
                mention(EntityType.PERSON, "Tayyip Erdogan", "Tayyip Erdogan agreed on Monday."),
                mention(EntityType.PERSON, "Xi", "Al-Aiban thanked Xi for his support."),
                mention(EntityType.PERSON, "Biden", "Biden administration officials said so."),
                mention(EntityType.PERSON, "Jinping", "Jinping is no surname."),
                mention(EntityType.PERSON, "Joe", "Joe is no surname either."));

        assertThat(found)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "tayyip-erdogan", "recep-tayyip-erdogan",
                        "xi", "xi-jinping",
                        "biden", "joe-biden"));
    }

    @Test
    void a_query_by_name_finds_a_person_without_the_middle_initial_in_upper_case_or_by_a_surname_written_first() {
        graph = TestNeo4j.clean();
        new GraphWriter(graph)
                .prepareEntities(List.of(
                        new EntityRecord(
                                "trump-1",
                                EntityType.PERSON,
                                "DONALD J. TRUMP",
                                List.of(),
                                null,
                                null,
                                null,
                                null,
                                null),
                        new EntityRecord(
                                "donald-trump-jr",
                                EntityType.PERSON,
                                "DONALD J. TRUMP JR.",
                                List.of(),
                                null,
                                null,
                                null,
                                null,
                                null),
                        new EntityRecord(
                                "xi-jinping", EntityType.PERSON, "Xi Jinping", List.of(), null, null, null, null, null),
                        new EntityRecord(
                                "ivanka", EntityType.PERSON, "Ivanka Trump", List.of(), null, null, null, null, null)))
                .write();
        ActorResolver resolver = new ActorResolver(graph);

        assertThat(resolver.resolve("Donald Trump").id()).isEqualTo("trump-1");
        assertThat(resolver.resolve("donald trump").id()).isEqualTo("trump-1");
        assertThat(resolver.resolve("Xi").id()).isEqualTo("xi-jinping");
        assertThat(resolver.resolve("Trump").found()).isFalse();
    }

    @Test
    void the_reference_list_loads_with_the_native_importer_into_the_sample_entities_and_twice_changes_nothing() {
        long before = graph.counts().nodes();
        List<String> ids = org.influencegraph.Resources.read(ReferenceList.ENTITIES)
                .lines()
                .skip(1)
                .map(line -> line.substring(0, line.indexOf(',')))
                .distinct()
                .toList();
        long known = graph.read(
                        "MATCH (e:Entity) WHERE e.id IN $ids RETURN count(e) AS n", Map.of("ids", ids), r -> r.get("n")
                                .asLong())
                .get(0);
        var inputs = org.influencegraph.Resources.list("import/reference").stream()
                .map(org.influencegraph.importer.ImportInput::ofResource)
                .toList();

        var first = new org.influencegraph.importer.NativeImporter(graph)
                .run(
                        inputs,
                        org.influencegraph.importer.ImportOptions.DEFAULT,
                        org.influencegraph.importer.Importer.Progress.NONE);
        String after = TestNeo4j.fingerprint(graph);
        var second = new org.influencegraph.importer.NativeImporter(graph)
                .run(
                        inputs,
                        org.influencegraph.importer.ImportOptions.DEFAULT,
                        org.influencegraph.importer.Importer.Progress.NONE);

        assertThat(first.problems()).isEmpty();
        assertThat(second.total().created() + second.total().updated()).isZero();
        assertThat(TestNeo4j.fingerprint(graph)).isEqualTo(after);
        // The sample's states, bodies and capitals are the list's: one node each.
        assertThat(graph.read(
                        "MATCH (e:Entity) WHERE e.name IN ['Russia', 'Belarus', 'United Nations', "
                                + "'European Union', 'International Criminal Court', 'Minsk', 'Moscow'] RETURN count(e) AS n",
                        Map.of(),
                        r -> r.get("n").asLong()))
                .containsExactly(7L);
        assertThat(graph.read(
                        "MATCH (:Entity {id: 'minsk'})-[t:LOCATED_IN {role: 'capital'}]->(s:Entity) "
                                + "RETURN s.id AS id",
                        Map.of(),
                        r -> r.get("id").asString()))
                .containsExactly("belarus");
        // Every entry the sample lacks is one node more, and the list's source one.
        assertThat(graph.counts().nodes() - before).isEqualTo(ids.size() - known + 1);
        assertThat(known).isGreaterThanOrEqualTo(10);
    }

    @Test
    void a_generic_body_is_the_one_of_the_country_its_sentence_names_never_one_node_for_all_countries() {
        Map<String, String> china = new EntityMatcher(graph)
                .match(
                        List.of(mention(
                                EntityType.ORGANIZATION,
                                "Foreign Ministry",
                                "China's Foreign Ministry said Beijing had acted as a mediator.")),
                        Set.of());
        Map<String, String> turkey = new EntityMatcher(graph)
                .match(
                        List.of(mention(
                                EntityType.ORGANIZATION,
                                "Foreign Ministry",
                                "Turkey's Foreign Ministry said Ankara remained in contact.")),
                        Set.of());
        EntityMatcher unsaid = new EntityMatcher(graph);
        Map<String, String> nowhere = unsaid.match(
                List.of(mention(
                        EntityType.ORGANIZATION,
                        "Defence Ministry",
                        "Fighters may sign contracts with the Defence Ministry.")),
                Set.of());

        assertThat(china).containsExactlyEntriesOf(Map.of("foreign-ministry", "china-ministry-of-foreign-affairs"));
        assertThat(turkey).containsExactlyEntriesOf(Map.of("foreign-ministry", "turkey-ministry-of-foreign-affairs"));
        assertThat(nowhere).isEmpty();
        assertThat(unsaid.held("defence-ministry")).isTrue();
    }

    @Test
    void a_data_sets_one_word_record_is_its_own_statement_not_linked_by_surname() {
        EntityRecord curated = new EntityRecord(
                "lukashenko-2",
                EntityType.PERSON,
                "Lukashenko",
                List.of(),
                null,
                null,
                null,
                null,
                new Provenance("test-data", null, Provenance.CURATED, 1.0));

        assertThat(match(curated)).isEmpty();
        assertThat(matcher.held("lukashenko-2")).isFalse();
    }

    @Test
    void a_city_is_an_actor_or_a_place_as_its_sentence_names_it_and_the_byline_says_neither() {
        assertThat(PlaceUse.acting("Minsk answered within hours.", "Minsk")).isTrue();
        assertThat(PlaceUse.acting("Asked whether he would keep sending weapons to Kyiv, he said no.", "Kyiv"))
                .isTrue();
        assertThat(PlaceUse.acting("The alliance sent a clear message to Moscow and Minsk.", "Minsk"))
                .isTrue();
        assertThat(PlaceUse.acting("Exporters want talks with both Moscow and Kyiv.", "Kyiv"))
                .isTrue();
        assertThat(PlaceUse.acting("The EU imposed sanctions on Moscow again.", "Moscow"))
                .isTrue();
        assertThat(PlaceUse.acting("messages between Washington and Tehran", "Tehran"))
                .isTrue();
        assertThat(PlaceUse.acting("The letter carried a warning from Moscow.", "Moscow"))
                .isTrue();
        assertThat(PlaceUse.acting("It was a thinly veiled jab at Washington.", "Washington"))
                .isTrue();
        assertThat(PlaceUse.acting("Zelensky flew to Kyiv on Monday.", "Kyiv")).isFalse();
        assertThat(PlaceUse.acting("He returned from Moscow and spoke at Kyiv airport.", "Moscow"))
                .isFalse();
        assertThat(PlaceUse.acting("The talks took place at Doha's Sheraton.", "Doha"))
                .isFalse();
        assertThat(PlaceUse.acting("four days after an armed march on Moscow", "Moscow"))
                .isFalse();
        assertThat(PlaceUse.acting("told officers at a ceremony in Minsk that", "Minsk"))
                .isFalse();
        assertThat(PlaceUse.acting("on the eve of the Vilnius summit", "Vilnius"))
                .isFalse();
        assertThat(PlaceUse.acting("Vilnius summit talks ended late.", "Vilnius"))
                .isFalse();
        assertThat(PlaceUse.dateline("By Pavel Sorokin in Riga June 27, 2023")).isTrue();
        assertThat(PlaceUse.dateline("Riga said it would act.")).isFalse();
    }

    @Test
    void a_capital_is_its_state_where_most_of_its_articles_sentences_name_it_as_an_actor() {
        // The first sentence names it as a place, most of the article as an actor: the extractor's count decides.
        Map<String, String> found = match(
                place("Moscow", "an armed march on Moscow under a deal", true),
                place("Kyiv", "sending weapons to Kyiv", false));

        assertThat(found).containsExactlyEntriesOf(Map.of("moscow", "russia"));
        assertThat(matcher.held("moscow")).isTrue();
        assertThat(matcher.takeReferences()).extracting(EntityRecord::id).containsExactly("russia");
    }

    @Test
    void a_person_an_article_made_under_a_short_name_takes_the_fuller_name_a_later_article_gives() {
        EntityRecord first = in("article-1", mention(EntityType.PERSON, "Tayyip Erdogan", "Tayyip Erdogan agreed."));
        assertThat(match(first)).isEmpty();
        written("article-1", first);

        Map<String, String> found = new EntityMatcher(graph)
                .match(
                        List.of(
                                in(
                                        "article-2",
                                        mention(
                                                EntityType.PERSON,
                                                "Recep Tayyip Erdogan",
                                                "Recep Tayyip Erdogan said so.")),
                                in(
                                        "article-2",
                                        mention(
                                                EntityType.PERSON,
                                                "Vladimir Vladimirovich Putin",
                                                "Vladimir Vladimirovich " + "Putin said so."))),
                        Set.of());

        assertThat(found)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "recep-tayyip-erdogan", "tayyip-erdogan",
                        "vladimir-vladimirovich-putin", "vladimir-putin"));
        assertThat(graph.read(
                        "MATCH (e:Person) WHERE e.id IN ['tayyip-erdogan', 'vladimir-putin'] "
                                + "RETURN e.id + ': ' + e.name + ' ' + ('Tayyip Erdogan' IN e.aliases) AS e ORDER BY e",
                        Map.of(),
                        r -> r.get("e").asString()))
                .containsExactly(
                        "tayyip-erdogan: Recep Tayyip Erdogan true",
                        // The sample data names him: its name stays.
                        "vladimir-putin: Vladimir Putin false");
    }

    @Test
    void a_persons_given_name_the_model_took_for_a_place_is_that_person_of_the_article_not_a_place() {
        Map<String, String> found = match(
                mention(
                        EntityType.PERSON,
                        "Tamim bin Hamad Al Thani",
                        "Qatar's emir, Sheikh Tamim bin Hamad Al Thani, " + "met Zelensky in Doha in November."),
                mention(EntityType.PLACE, "Tamim", "Officials say Sheikh Tamim has offered to expand the programme."));

        assertThat(found).containsExactlyEntriesOf(Map.of("tamim", "tamim-bin-hamad-al-thani"));
        assertThat(matcher.held("tamim")).isTrue();
        List<EntityRecord> references = matcher.takeReferences();
        assertThat(references)
                .extracting(EntityRecord::id, EntityRecord::type, EntityRecord::aliases)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "tamim-bin-hamad-al-thani", EntityType.PERSON, List.of("Tamim")));
    }

    @Test
    void a_ministry_named_with_its_states_demonym_or_after_a_body_of_that_state_is_that_states() {
        Map<String, String> found = match(
                mention(
                        EntityType.ORGANIZATION,
                        "Belarusian Foreign Ministry",
                        "The Belarusian Foreign Ministry " + "summoned the envoy."),
                mention(
                        EntityType.ORGANIZATION,
                        "Belarusian Defence Ministry",
                        "The Belarusian Defence Ministry " + "said so."));
        String quote = "The Kremlin says Wagner fighters may sign contracts with the Defence Ministry.";
        EntityMatcher other = new EntityMatcher(graph);
        Map<String, String> kremlin = other.match(
                List.of(
                        mention(EntityType.ORGANIZATION, "Kremlin", quote),
                        mention(EntityType.ORGANIZATION, "Defence Ministry", quote)),
                Set.of());

        assertThat(found)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "belarusian-foreign-ministry", "belarus-ministry-of-foreign-affairs",
                        // The sample's.
                        "belarusian-defence-ministry", "belarus-ministry-of-defence"));
        assertThat(matcher.takeReferences())
                .extracting(EntityRecord::name)
                .containsExactly("Ministry of Foreign Affairs of Belarus");
        // "kremlin" is the sample's id: written into it as it is.
        assertThat(kremlin).containsExactlyEntriesOf(Map.of("defence-ministry", "russia-ministry-of-defence"));
        assertThat(other.takeReferences())
                .extracting(EntityRecord::name)
                .containsExactly("Ministry of Defence of Russia");
    }

    /** A mention the extractor gave a kind ("capital", "anaphor"), in the given sentence of its article. */
    private static EntityRecord kinded(EntityType type, String name, String kind, String quote, int sentence) {
        return kinded(type, name, null, kind, quote, sentence);
    }

    /** {@link #kinded}, with one alias (null for none) as the extractor writes it. */
    static EntityRecord kinded(EntityType type, String name, String alias, String kind, String quote, int sentence) {
        return new EntityRecord(
                NameKeys.slug(name),
                type,
                name,
                alias == null ? List.of() : List.of(alias),
                kind,
                null,
                null,
                null,
                new Provenance("test-article", quote, "extractor/test", 0.9, Map.of("sentence", sentence)),
                new EntityRecord.Extras(Map.of(), List.of(), true));
    }

    @Test
    void cities_listed_after_a_motion_are_places_and_a_pair_after_talks_stays_two_states() {
        String shuttle = "Holbrooke had shuttled between Belgrade, Zagreb and Sarajevo since August.";
        assertThat(PlaceUse.acting(shuttle, "Belgrade")).isFalse();
        assertThat(PlaceUse.acting(shuttle, "Zagreb")).isFalse();
        assertThat(PlaceUse.acting(shuttle, "Sarajevo")).isFalse();
        assertThat(PlaceUse.acting("The two had flown to Kyiv and Moscow last week.", "Moscow"))
                .isFalse();
        assertThat(PlaceUse.acting("Talks between Belgrade, Zagreb and Sarajevo broke down.", "Zagreb"))
                .isTrue();
        assertThat(PlaceUse.acting("Zagreb, Sarajevo and Belgrade all signed.", "Sarajevo"))
                .isTrue();
    }

    @Test
    void a_capital_named_by_its_states_nationality_word_is_that_city_or_acting_its_state() {
        Map<String, String> found = match(
                kinded(
                        EntityType.PLACE,
                        "the Norwegian capital",
                        "capital",
                        "The deal was worked out in secret in the Norwegian capital.",
                        0),
                kinded(
                        EntityType.PLACE,
                        "the Cuban capital",
                        "capital",
                        "The Cuban capital said it would host the next round.",
                        1));

        assertThat(found)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "the-norwegian-capital", "oslo",
                        "the-cuban-capital", "cuba"));
        assertThat(matcher.held("the-norwegian-capital")).isTrue();
        EntityRecord oslo = matcher.takeReferences().stream()
                .filter(r -> r.id().equals("oslo"))
                .findFirst()
                .orElseThrow();
        assertThat(oslo.type()).isEqualTo(EntityType.PLACE);
        assertThat(oslo.mention().details().get("as")).isEqualTo(List.of("the Norwegian capital"));
    }

    @Test
    void the_agency_names_again_a_body_the_article_gave_only_by_its_acronym() {
        Map<String, String> found = match(
                kinded(EntityType.ORGANIZATION, "IAEA", null, "The IAEA will check the stockpile.", 0),
                kinded(EntityType.ORGANIZATION, "the agency", "anaphor", "The head of the agency flew to Tehran.", 1));

        assertThat(found).containsEntry("the-agency", "iaea");
        assertThat(matcher.held("the-agency")).isTrue();
    }

    @Test
    void the_bloc_read_before_the_eu_of_its_sentence_is_the_european_union_and_makes_no_node() {
        String said = "Brussels asked for his release, and the bloc's envoy said the EU would meet.";
        EntityRecord bloc = kinded(EntityType.ORGANIZATION, "the bloc", "anaphor", said, 2);
        EntityRecord eu = kinded(EntityType.ORGANIZATION, "EU", "international", said, 2);

        // The linker's own order: the common noun first, its antecedent's row after it.
        MentionLinker.Links links = new MentionLinker(graph).link(List.of(bloc, eu), Map.of(), List.of(bloc, eu));

        assertThat(links.linked()).containsEntry("the-bloc", "european-union").containsEntry("eu", "european-union");
        assertThat(links.references()).extracting(EntityRecord::id).doesNotContain("eu");
    }

    @Test
    void a_leader_by_nationality_and_title_is_the_one_person_the_graph_says_leads_that_state_never_a_node() {
        Map<String, String> found = match(
                kinded(
                        EntityType.PERSON,
                        "the Belarusian strongman",
                        "leader",
                        "She called the Belarusian strongman.",
                        0),
                kinded(EntityType.PERSON, "the Russian president", "leader", "He met the Russian president.", 1),
                kinded(EntityType.PERSON, "the Israeli leader", "leader", "The Israeli leader denied it.", 2));

        assertThat(found)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "the-belarusian-strongman", "alexander-lukashenko",
                        "the-russian-president", "vladimir-putin"));
        assertThat(matcher.held("the-israeli-leader")).isTrue();
        assertThat(matcher.takeReferences()).extracting(EntityRecord::id).doesNotContain("the-israeli-leader");
    }

    @Test
    void a_leader_by_title_of_a_state_two_people_lead_is_the_one_the_article_names_else_held() {
        new GraphWriter(graph)
                .prepareTies(List.of(new org.influencegraph.model.TieRecord(
                        "sviatlana-tsikhanouskaya",
                        org.influencegraph.model.TieType.LEADS,
                        "belarus",
                        "leader",
                        null,
                        null,
                        new Provenance("test-article", "the leader", "extractor/test", 0.9, Map.of()))))
                .write();

        Map<String, String> found = match(
                kinded(EntityType.PERSON, "Tsikhanouskaya", null, "Tsikhanouskaya spoke.", 0),
                kinded(EntityType.PERSON, "the Belarusian leader", "leader", "He met the Belarusian leader.", 1));
        Map<String, String> alone = match(
                kinded(EntityType.PERSON, "the Belarusian leader", "leader", "She met the Belarusian leader.", 0));

        assertThat(found).containsEntry("the-belarusian-leader", "sviatlana-tsikhanouskaya");
        assertThat(alone).doesNotContainKey("the-belarusian-leader");
        assertThat(matcher.held("the-belarusian-leader")).isTrue();
    }

    @Test
    void a_surname_with_a_croatian_dj_is_the_person_named_in_full_without_it() {
        assertThat(NameKeys.key("Tuđman")).isEqualTo(NameKeys.key("Tudjman"));
        assertThat(NameKeys.key("Đinđić")).isEqualTo(NameKeys.key("Djindjic"));

        Map<String, String> found = match(
                kinded(EntityType.PERSON, "Franjo Tudjman", null, "Franjo Tudjman initialled the text.", 0),
                kinded(EntityType.PERSON, "Tuđman", null, "Tuđman secured the return of the region.", 1));

        assertThat(found).containsEntry("tudman", "franjo-tudjman");
    }

    @Test
    void a_surname_in_a_romanization_the_graph_lacks_is_the_person_whose_surname_sounds_the_same() {
        Map<String, String> found = match(
                mention(EntityType.PERSON, "Tsikhanovskaya", "Tsikhanovskaya urged Belarusians to stay home."),
                mention(EntityType.PERSON, "Lukashenkov", "Lukashenkov is no one the graph knows."));

        assertThat(found).containsEntry("tsikhanovskaya", "sviatlana-tsikhanouskaya");
        assertThat(found).doesNotContainKey("lukashenkov");
    }
}
