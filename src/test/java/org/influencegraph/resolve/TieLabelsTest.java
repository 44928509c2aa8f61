package org.influencegraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.influencegraph.TestNeo4j;
import org.influencegraph.TestSupport;
import org.influencegraph.graph.Graph;
import org.influencegraph.importer.CsvMapping;
import org.influencegraph.importer.FtmImporter;
import org.influencegraph.importer.ImportInput;
import org.influencegraph.importer.ImportOptions;
import org.influencegraph.importer.MappedCsvImporter;
import org.influencegraph.model.EntityType;
import org.influencegraph.model.TieType;
import org.junit.jupiter.api.Test;

/** Free-text relationship labels read as tie types by lemma and the vocabulary, and where importers use them. */
class TieLabelsTest {

    @Test
    void a_label_is_read_by_lemma_from_its_first_word_that_starts_a_phrase() {
        Map<String, TieType> labels = new LinkedHashMap<>();
        labels.put("Ownership", TieType.OWNS);
        labels.put("owns 30% through a trust", TieType.OWNS);
        labels.put("Investor", TieType.OWNS);
        labels.put("Co-owner", TieType.OWNS);
        labels.put("Owns collateralized debt", TieType.SUPPORTS);
        labels.put("Loaned money", TieType.SUPPORTS);
        labels.put("Mortgage lender", TieType.SUPPORTS);
        labels.put("major donor", TieType.SUPPORTS);
        labels.put("Siblings", TieType.FAMILY);
        labels.put("Parent/child", TieType.FAMILY);
        labels.put("Married", TieType.FAMILY);
        labels.put("son-in-law", TieType.FAMILY);
        labels.put("Subsidiary", TieType.CONTROLS);
        labels.put("parent company", TieType.CONTROLS);
        labels.put("Provided legal services for", TieType.REPRESENTS);
        labels.put("Lawyer", TieType.REPRESENTS);
        labels.put("Registered agent", TieType.REPRESENTS);
        labels.put("senior adviser to the president", TieType.ADVISES);
        labels.put("Advisory board member", TieType.ADVISES);
        labels.put("Board member and donor", TieType.DIRECTOR_OF);
        labels.put("Member, board of directors", TieType.DIRECTOR_OF);
        labels.put("former chairman of the board", TieType.DIRECTOR_OF);
        labels.put("Former trustee", TieType.DIRECTOR_OF);
        labels.put("Chairman and CEO", TieType.LEADS);
        labels.put("President (as of 2016 FEC filing)", TieType.LEADS);
        labels.put("Co-founder", TieType.LEADS);
        labels.put("head of the press service", TieType.LEADS);
        labels.put("Former vice president", TieType.EMPLOYED_BY);
        labels.put("Chief Financial Officer", TieType.EMPLOYED_BY);
        labels.put("works for", TieType.EMPLOYED_BY);
        labels.put("Listed as employment asset/income on a disclosure", TieType.EMPLOYED_BY);
        labels.put("Reported member", TieType.MEMBER_OF);
        labels.put("Business partners", TieType.ASSOCIATE_OF);
        labels.put("Real-estate partner", TieType.ASSOCIATE_OF);
        labels.put("longtime friend", TieType.ASSOCIATE_OF);
        labels.put("close ally", TieType.ALLY_OF);
        labels.put("outspoken critic", TieType.OPPOSES);
        labels.put("NKA/FKA", TieType.POSSIBLY_SAME_AS);
        labels.put("formerly known as", TieType.POSSIBLY_SAME_AS);
        labels.put("Doing business as", TieType.POSSIBLY_SAME_AS);
        labels.put("DBA", TieType.POSSIBLY_SAME_AS);
        labels.put("Income source, per 2016 FEC filing", TieType.RELATED_TO);
        labels.put("mentioned together", TieType.RELATED_TO);

        labels.forEach((label, type) ->
                assertThat(TieLabels.type(label, null)).as(label).isEqualTo(type));
    }

    @Test
    void a_partner_of_an_organization_is_its_member_and_of_a_person_an_associate() {
        assertThat(TieLabels.type("Partner", EntityType.ORGANIZATION)).isEqualTo(TieType.MEMBER_OF);
        assertThat(TieLabels.type("Former partner", EntityType.ORGANIZATION)).isEqualTo(TieType.MEMBER_OF);
        assertThat(TieLabels.type("Partner", EntityType.PERSON)).isEqualTo(TieType.ASSOCIATE_OF);
        assertThat(TieLabels.type("Partner", null)).isEqualTo(TieType.ASSOCIATE_OF);
    }

    @Test
    void the_vocabulary_names_only_tie_types_and_every_type_but_located_in_has_phrases_that_read_as_it() {
        for (String line : org.influencegraph.Resources.read(TieLabels.VOCABULARY)
                .lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList()) {
            String head = line.substring(0, line.indexOf(':')).split("@")[0];
            assertThat(TieType.parse(head)).as(line).isPresent();
            // Each phrase alone reads as its own line's type unless a longer or earlier phrase takes it.
            String first = line.substring(line.indexOf(':') + 1).split("\\|")[0].strip();
            EntityType to = line.contains("@organization") ? EntityType.ORGANIZATION : null;
            assertThat(TieLabels.type(first, to))
                    .as(first)
                    .isEqualTo(TieType.parse(head).orElseThrow());
        }
    }

    @Test
    void a_mapped_spreadsheet_types_its_labels_and_a_known_as_row_is_a_merge_proposal_not_a_tie() {
        Graph graph = TestNeo4j.clean();
        var report = new MappedCsvImporter(graph, CsvMapping.read(TestSupport.fixture("resolve/labels.yaml")))
                .run(List.of(ImportInput.of(TestSupport.fixture("resolve/labels.csv"))), ImportOptions.DEFAULT);

        assertThat(report.problems()).isEmpty();
        assertThat(graph.read(
                        "MATCH (a:Entity)-[r]->(b:Entity) RETURN a.name + ' ' + type(r) + ' ' + b.name + ' | '"
                                + " + r.role AS t ORDER BY t",
                        Map.of(),
                        r -> r.get("t").asString()))
                .containsExactly(
                        "Elena Brandt ASSOCIATE_OF Ruth Amsel | Partner",
                        "Elena Brandt FAMILY Tomas Brandt | Siblings",
                        "Elena Brandt MEMBER_OF Vale & Stone | Partner",
                        "Elena Brandt OWNS Harbour Holdings LLC | Investor",
                        "Harbour Holdings LLC OWNS Harbour Holdings II LLC | Ownership",
                        "Harbour Holdings LLC POSSIBLY_SAME_AS Harbour Marina Co | NKA/FKA",
                        "Harbour Marina Co POSSIBLY_SAME_AS Marina Club | DBA",
                        "North Fund SUPPORTS Harbour Holdings LLC | Owns collateralized debt",
                        "Ruth Amsel ASSOCIATE_OF Tomas Brandt | Business partners",
                        "Ruth Amsel REPRESENTS Harbour Holdings LLC | Provided legal services for",
                        "Tomas Brandt DIRECTOR_OF Civic Trust | Board member and donor",
                        "Tomas Brandt DIRECTOR_OF Harbour Holdings LLC | Member, board of directors",
                        "Tomas Brandt RELATED_TO Civic Trust | mentioned together");
    }

    @Test
    void a_followthemoney_link_whose_role_is_words_is_typed_by_them() {
        Graph graph = TestNeo4j.clean();
        String lines = """
                {"id": "p1", "schema": "Person", "properties": {"name": ["Elena Brandt"]}}
                {"id": "p2", "schema": "Person", "properties": {"name": ["Ruth Amsel"]}}
                {"id": "c1", "schema": "Company", "properties": {"name": ["Harbour Holdings LLC"]}}
                {"id": "c2", "schema": "Company", "properties": {"name": ["Harbour Marina Co"]}}
                {"id": "l1", "schema": "UnknownLink", "properties": {"subject": ["p1"], "object": ["p2"], "role": ["Business partners"]}}
                {"id": "l2", "schema": "UnknownLink", "properties": {"subject": ["c1"], "object": ["c2"], "role": ["formerly known as"]}}
                {"id": "l3", "schema": "UnknownLink", "properties": {"subject": ["p1"], "object": ["c1"], "role": ["advises: senior adviser"]}}
                """;
        byte[] bytes = lines.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var report = new FtmImporter(graph)
                .run(
                        List.of(new ImportInput("links.ftm.json", () -> new java.io.ByteArrayInputStream(bytes))),
                        ImportOptions.DEFAULT);

        assertThat(report.problems()).isEmpty();
        assertThat(graph.read(
                        "MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id + ' ' + type(r) + ' ' + b.id + ' | '"
                                + " + r.role AS t ORDER BY t",
                        Map.of(),
                        r -> r.get("t").asString()))
                .containsExactly(
                        "c1 POSSIBLY_SAME_AS c2 | formerly known as",
                        "p1 ADVISES c1 | senior adviser",
                        "p1 ASSOCIATE_OF p2 | Business partners");
    }
}
