package org.influencegraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.influencegraph.App;
import org.influencegraph.config.DatabaseOptions;
import org.influencegraph.graph.Graph;
import org.influencegraph.http.HttpApi;
import org.influencegraph.importer.ImportOptions;
import org.influencegraph.importer.Importer;
import org.influencegraph.importer.NativeImporter;
import org.influencegraph.query.CannedQuery;
import org.influencegraph.query.Parameter;
import org.influencegraph.synth.SyntheticNetwork;

/**
 * Latency of every canned query on a synthetic network, over HTTP and, in the same run, the same Cypher
 * with the same parameters sent straight through the driver; calls alternate between the two. Prints p50
 * and p99 per query and the HTTP layer's overhead as the ratio of the p50s. The network is generated and
 * imported into {@code DIR} the first time and reused after. Leaves the API running for a load tool when
 * given {@code --serve PORT}.
 * Usage: {@code java -cp target/influence-graph.jar org.influencegraph.bench.QueryBenchmark DIR [calls] [--serve PORT]}
 */
public final class QueryBenchmark {

    private QueryBenchmark() {}

    /** One call of a query: its name and parameters (actors by id). */
    private record Call(String query, Map<String, String> params) {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int calls = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 200;
        Integer servePort = null;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--serve")) {
                servePort = Integer.parseInt(args[i + 1]);
            }
        }
        try (App app = openNetwork(dir)) {
            Graph graph = app.graph();
            var http = HttpApi.create(app).start("127.0.0.1", servePort == null ? 0 : servePort);
            try {
                List<Call> plan = plan(graph, calls);
                run(app, graph, http.port(), plan);
                if (servePort != null) {
                    System.out.println("serving on port " + servePort + " for a load tool; Ctrl-C to stop");
                    Thread.currentThread().join();
                }
            } finally {
                http.stop();
            }
        }
    }

    /**
     * The embedded database in {@code DIR/data} holding the 100,000-entity synthetic network, generated and
     * imported the first time and reused after.
     */
    static App openNetwork(Path dir) throws IOException {
        DatabaseOptions options = new DatabaseOptions();
        options.dataDir = dir.resolve("data");
        options.bind = "127.0.0.1";
        options.database = "neo4j";
        options.user = "neo4j";
        options.noDbAuth = true;
        App app = App.open(options, false);
        Graph graph = app.graph();
        if (graph.counts().nodes() == 0) {
            Path csv = dir.resolve("network");
            new SyntheticNetwork(new SyntheticNetwork.Size(100_000, 1_000_000, 50_000, 1000), 1).write(csv);
            System.out.println("importing the synthetic network (100,000 entities, 1,000,000 ties) ...");
            new NativeImporter(graph)
                    .run(NativeImporter.inputs(List.of(csv)), ImportOptions.DEFAULT, Importer.Progress.NONE);
        }
        System.out.printf(
                "graph: %,d nodes, %,d relationships%n",
                graph.counts().nodes(), graph.counts().relationships());
        return app;
    }

    /** Calls for every query with random actors, hubs among them as the degree skew makes them likely. */
    private static List<Call> plan(Graph graph, int calls) {
        Random random = new Random(7);
        List<String> ids = graph.read(
                "MATCH (e:Entity) WHERE NOT e:Place RETURN e.id AS id ORDER BY id", Map.of(), r -> r.get("id")
                        .asString());
        List<String> mediators = graph.read(
                "MATCH (e:Entity)-[:MEDIATOR]->() RETURN DISTINCT e.id AS id ORDER BY id", Map.of(), r -> r.get("id")
                        .asString());
        List<Call> plan = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            String a = ids.get(random.nextInt(ids.size()));
            String b = ids.get(random.nextInt(ids.size()));
            plan.add(new Call("mediators", Map.of("name", mediators.get(random.nextInt(mediators.size())))));
            plan.add(new Call("network", Map.of("name", a)));
            plan.add(new Call("network depth 2", Map.of("name", a, "depth", "2")));
            plan.add(new Call("shortest-path", Map.of("from", a, "to", b)));
            plan.add(new Call("timeline", Map.of("name", a)));
            plan.add(new Call("meetings", Map.of("name", a)));
            plan.add(new Call("influence", Map.of("name", a)));
            plan.add(new Call("sources", Map.of("name", a)));
        }
        return plan;
    }

    private static void run(App app, Graph graph, int port, List<Call> plan) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Map<String, List<Long>> viaHttp = new LinkedHashMap<>();
        Map<String, List<Long>> viaDriver = new LinkedHashMap<>();
        // Warm-up: one pass over a tenth of the calls, not measured.
        for (Call call : plan.subList(0, plan.size() / 10)) {
            http(client, port, call);
            driver(app, graph, call);
        }
        int i = 0;
        for (Call call : plan) {
            boolean httpFirst = i++ % 2 == 0;
            for (int k = 0; k < 2; k++) {
                if ((k == 0) == httpFirst) {
                    viaHttp.computeIfAbsent(call.query(), q -> new ArrayList<>())
                            .add(http(client, port, call));
                } else {
                    viaDriver
                            .computeIfAbsent(call.query(), q -> new ArrayList<>())
                            .add(driver(app, graph, call));
                }
            }
        }
        System.out.printf(
                "%-16s %6s %10s %10s %10s %10s %8s%n",
                "query", "calls", "http p50", "http p99", "driver p50", "driver p99", "p50 ratio");
        for (String query : viaHttp.keySet()) {
            List<Long> h = viaHttp.get(query);
            List<Long> d = viaDriver.get(query);
            System.out.printf(
                    "%-16s %6d %8.1f ms %8.1f ms %8.1f ms %8.1f ms %8.2f%n",
                    query, h.size(), pct(h, 50), pct(h, 99), pct(d, 50), pct(d, 99), pct(h, 50) / pct(d, 50));
        }
    }

    private static long http(HttpClient client, int port, Call call) throws Exception {
        String name = call.query().split(" ")[0];
        String query = call.params().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        long t0 = System.nanoTime();
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/queries/" + name + "?" + query))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - t0;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(call + " answered " + response.statusCode() + ": " + response.body());
        }
        return nanos;
    }

    private static long driver(App app, Graph graph, Call call) {
        CannedQuery query =
                app.queries().catalog().get(call.query().split(" ")[0]).orElseThrow();
        Map<String, Object> params = new LinkedHashMap<>();
        for (Parameter p : query.parameters()) {
            String text = call.params().get(p.name());
            params.put(
                    p.name(),
                    text != null ? p.convert(text) : p.defaultValue() == null ? null : p.convert(p.defaultValue()));
        }
        long t0 = System.nanoTime();
        graph.query(query.cypher(), params, java.time.Duration.ofSeconds(10), 10_000);
        return System.nanoTime() - t0;
    }

    /** The percentile of durations in nanoseconds, in milliseconds. */
    static double pct(List<Long> nanos, int percentile) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
