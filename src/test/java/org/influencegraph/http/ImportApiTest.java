package org.influencegraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import org.influencegraph.TestNeo4j;
import org.influencegraph.TestSupport;
import org.junit.jupiter.api.Test;

class ImportApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] NATIVE = {"sources.csv", "entities.csv", "events.csv", "participants.csv", "ties.csv"
    };

    private static Multipart nativeFixture() throws Exception {
        var form = new Multipart();
        for (String name : NATIVE) {
            form.file("file", name, Files.readAllBytes(TestSupport.fixture("native/" + name)));
        }
        return form;
    }

    @Test
    void uploaded_files_are_imported_as_one_data_set_and_a_second_upload_changes_nothing() throws Exception {
        try (SampleApi api = SampleApi.start()) {
            TestNeo4j.clean();
            var first = nativeFixture().post(api.base() + "/api/imports", api.writeToken());
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            JsonNode report = JSON.readTree(first.body()).get("imports").get(0);
            assertThat(report.get("format").asText()).isEqualTo("native");
            assertThat(report.get("written").asBoolean()).isTrue();
            assertThat(report.get("rows").asLong()).isEqualTo(24);
            assertThat(report.get("tables").get("sources").get("created").asLong())
                    .isEqualTo(2);
            assertThat(report.get("problems").size()).isZero();
            String after = TestNeo4j.fingerprint(api.app().graph());

            var second = nativeFixture().post(api.base() + "/api/imports", api.writeToken());
            assertThat(second.statusCode()).isEqualTo(200);
            JsonNode again = JSON.readTree(second.body()).get("imports").get(0).get("tables");
            again.forEach(table -> assertThat(
                            table.get("created").asLong() + table.get("updated").asLong())
                    .isZero());
            assertThat(TestNeo4j.fingerprint(api.app().graph())).isEqualTo(after);
        }
    }

    @Test
    void a_file_with_a_problem_is_refused_with_its_name_line_and_column_and_nothing_is_stored() throws Exception {
        try (SampleApi api = SampleApi.start()) {
            String before = TestNeo4j.fingerprint(api.app().graph());
            var bad = new Multipart()
                    .file(
                            "file",
                            "entities.csv",
                            "entity,type,name\nnew-person,person,New Person\nnew-thing,spaceship,Rocket\n")
                    .post(api.base() + "/api/imports", api.writeToken());
            assertThat(bad.statusCode()).as(bad.body()).isEqualTo(422);
            JsonNode body = JSON.readTree(bad.body());
            assertThat(body.get("detail").asText())
                    .isEqualTo("nothing was imported: 1 problems; fix them, or send "
                            + "skipInvalid=true to import the valid rows");
            JsonNode problem = body.get("imports").get(0).get("problems").get(0);
            assertThat(problem.get("file").asText()).isEqualTo("entities.csv");
            assertThat(problem.get("line").asLong()).isEqualTo(3);
            assertThat(problem.get("column").asText()).isEqualTo("type");
            assertThat(TestNeo4j.fingerprint(api.app().graph())).isEqualTo(before);

            var notAForm = TestSupport.post(api.base() + "/api/imports", "{}", api.writeToken());
            assertThat(notAForm.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(notAForm.body()).get("detail").asText())
                    .startsWith("send the files as " + "multipart/form-data");
            var hidden =
                    new Multipart().file("file", ".bashrc", "x").post(api.base() + "/api/imports", api.writeToken());
            assertThat(hidden.statusCode()).isEqualTo(400);
            var badFormat = nativeFixture().post(api.base() + "/api/imports?format=xml", api.writeToken());
            assertThat(JSON.readTree(badFormat.body()).get("detail").asText())
                    .isEqualTo("the format must be auto, native, ftm, mapped-csv or article, not 'xml'");
            assertThat(TestNeo4j.fingerprint(api.app().graph())).isEqualTo(before);
        }
    }

    @Test
    void a_csv_with_its_mapping_is_imported_through_the_mapping() throws Exception {
        try (SampleApi api = SampleApi.start()) {
            TestNeo4j.clean();
            var form = new Multipart()
                    .file("file", "members.csv", Files.readAllBytes(TestSupport.fixture("mapped/members.csv")))
                    .file("mapping", "members.json", Files.readAllBytes(TestSupport.fixture("mapped/members.json")));
            var response = form.post(api.base() + "/api/imports", api.writeToken());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode report = JSON.readTree(response.body()).get("imports").get(0);
            assertThat(report.get("format").asText()).isEqualTo("mapped-csv");
            long entities = api.app()
                    .graph()
                    .read("MATCH (e:Entity) RETURN count(e) AS n", java.util.Map.of(), r -> r.get("n")
                            .asLong())
                    .get(0);
            assertThat(report.get("tables").get("entities").get("created").asLong())
                    .isEqualTo(entities)
                    .isGreaterThan(0);
        }
    }
}
