package org.influencegraph.bench;

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
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.influencegraph.App;
import org.influencegraph.graph.Graph;
import org.influencegraph.http.HttpApi;
import org.influencegraph.resolve.DuplicateFinder;

/**
 * Latency of {@code GET /api/entities?q=} on the 100,000-entity synthetic network, over HTTP, for what people
 * type into a search box: a full name, a surname, a name with a typo, the first letters of a name. Prints p50 and
 * p99 per kind and overall, how often the entity the text came from is the first answer, and the time of one
 * full duplicates review. The network is generated and imported into {@code DIR} the first time and reused.
 * Usage: {@code java -cp target/influence-graph.jar org.influencegraph.bench.SearchBenchmark DIR [calls]}
 */
public final class SearchBenchmark {

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        try (App app = QueryBenchmark.openNetwork(dir)) {
            Graph graph = app.graph();
            var http = HttpApi.create(app).start("127.0.0.1", 0);
            try {
                run(graph, http.port(), calls);
            } finally {
                http.stop();
            }
            long start = System.nanoTime();
            int pairs = new DuplicateFinder(graph)
                    .find(null, DuplicateFinder.DEFAULT_MIN_SCORE, 500)
                    .size();
            System.out.printf(
                    Locale.ROOT,
                    "duplicates review of the whole graph: %d pairs in %.1f s%n",
                    pairs,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    private static void run(Graph graph, int port, int calls) throws Exception {
        Random random = new Random(11);
        List<String[]> people =
                graph.read("MATCH (p:Person) RETURN p.id AS id, p.name AS name ORDER BY id", Map.of(), r ->
                        new String[] {r.get("id").asString(), r.get("name").asString()});
        Map<String, List<Long>> nanos = new LinkedHashMap<>();
        Map<String, int[]> first = new LinkedHashMap<>();
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < calls + calls / 10; i++) {
            String[] person = people.get(random.nextInt(people.size()));
            String name = person[1];
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            int at = 1 + random.nextInt(Math.max(1, name.length() - 3));
            String typo = name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
            Map<String, String> texts = new LinkedHashMap<>();
            texts.put("full name", name);
            texts.put("surname", surname);
            texts.put("typo", typo);
            texts.put("first letters", name.substring(0, Math.min(name.length(), 6)));
            for (var text : texts.entrySet()) {
                long t = System.nanoTime();
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/entities?q="
                                        + URLEncoder.encode(text.getValue(), StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - t;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(response.body());
                }
                if (i < calls / 10) {
                    continue; // warm-up
                }
                nanos.computeIfAbsent(text.getKey(), k -> new ArrayList<>()).add(took);
                nanos.computeIfAbsent("all", k -> new ArrayList<>()).add(took);
                int[] hits = first.computeIfAbsent(text.getKey(), k -> new int[2]);
                hits[1]++;
                if (response.body().contains("\"matches\":[{\"id\":\"" + person[0] + "\"")) {
                    hits[0]++;
                }
            }
        }
        System.out.printf("%-14s %6s %9s %9s %12s%n", "typed", "calls", "p50 ms", "p99 ms", "first answer");
        for (var e : nanos.entrySet()) {
            int[] hits = first.get(e.getKey());
            System.out.printf(
                    Locale.ROOT,
                    "%-14s %6d %9.1f %9.1f %12s%n",
                    e.getKey(),
                    e.getValue().size(),
                    QueryBenchmark.pct(e.getValue(), 50),
                    QueryBenchmark.pct(e.getValue(), 99),
                    hits == null ? "" : String.format(Locale.ROOT, "%.0f%%", 100.0 * hits[0] / hits[1]));
        }
    }
}
