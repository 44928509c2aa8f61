package org.influencegraph.http;

import io.javalin.Javalin;
import java.util.List;
import org.influencegraph.App;
import org.influencegraph.TestNeo4j;
import org.influencegraph.TestSupport;
import org.influencegraph.importer.SampleData;

/** The API, started on a free port over the shared test database holding the curated sample data. */
record SampleApi(App app, Javalin http) implements AutoCloseable {

    static SampleApi start() {
        return start(List.of("*"));
    }

    static SampleApi start(List<String> embedOrigins) {
        SampleData.loadIfEmpty(TestNeo4j.clean());
        App app = App.open(TestSupport.remote(TestNeo4j.server().boltURI()), true);
        return new SampleApi(app, HttpApi.create(app, List.of(), embedOrigins).start("127.0.0.1", 0));
    }

    String base() {
        return "http://127.0.0.1:" + http.port();
    }

    @Override
    public void close() {
        http.stop();
        app.close();
    }
}
