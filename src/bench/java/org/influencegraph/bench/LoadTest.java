package org.influencegraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test of a running server, on loopback: {@code connections} clients call a mix of canned
 * queries, entity searches and entity pages for {@code seconds}, each as fast as answers come. Prints
 * throughput, p50 and p99 per kind of call and overall, and every error (a status that is not 200, or no answer).
 * Actors are drawn from the graph the server holds. Memory is sampled by scripts/load-test.sh.
 * Usage: {@code java -cp target/influence-graph.jar org.influencegraph.bench.LoadTest http://127.0.0.1:8080 [seconds]
 * [connections]}
 */
public final class LoadTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LoadTest() {}

    /** One kind of call and how to make one. */
    private record Kind(String name, java.util.function.Function<SplittableRandom, String> path) {}

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        List<String> ids = ids(http, base, "MATCH (e:Entity) WHERE (e)--() RETURN e.id AS id ORDER BY id LIMIT 5000");
        List<String> names = ids(http, base, "MATCH (e:Person) RETURN e.name AS id ORDER BY id LIMIT 2000");
        List<String> mediators =
                ids(http, base, "MATCH (m:Entity)-[:MEDIATOR]->() RETURN DISTINCT m.id AS id LIMIT 500");
        if (ids.isEmpty()) {
            throw new IllegalStateException("the graph at " + base + " has no entities with ties");
        }
        List<String> hubs = mediators.isEmpty() ? ids : mediators;
        List<Kind> mix = List.of(
                new Kind("network", r -> "/api/queries/network?name=" + pick(ids, r)),
                new Kind("network depth 2", r -> "/api/queries/network?depth=2&limit=100&name=" + pick(ids, r)),
                new Kind(
                        "shortest-path",
                        r -> "/api/queries/shortest-path?from=" + pick(ids, r) + "&to=" + pick(ids, r)),
                new Kind("mediators", r -> "/api/queries/mediators?name=" + pick(hubs, r)),
                new Kind("timeline", r -> "/api/queries/timeline?name=" + pick(ids, r)),
                new Kind("meetings", r -> "/api/queries/meetings?name=" + pick(ids, r)),
                new Kind("influence", r -> "/api/queries/influence?name=" + pick(ids, r)),
                new Kind("entity search", r -> "/api/entities?q=" + encode(pick(names.isEmpty() ? ids : names, r))),
                new Kind("entity page", r -> "/api/entities/" + pick(ids, r)),
                new Kind("graph export", r -> "/api/graph?query=network&name=" + pick(ids, r)));

        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            SplittableRandom random = new SplittableRandom(c);
            Thread client = new Thread(
                    () -> {
                        while (System.nanoTime() < end) {
                            Kind kind = mix.get(random.nextInt(mix.size()));
                            String path = kind.path().apply(random);
                            long t0 = System.nanoTime();
                            try {
                                var response = http.send(
                                        HttpRequest.newBuilder(URI.create(base + path))
                                                .timeout(Duration.ofSeconds(30))
                                                .GET()
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding());
                                if (response.statusCode() != 200) {
                                    errors.computeIfAbsent(
                                                    kind.name() + " " + response.statusCode(), k -> new AtomicLong())
                                            .incrementAndGet();
                                }
                            } catch (Exception e) {
                                errors.computeIfAbsent(
                                                kind.name() + " " + e.getClass().getSimpleName(), k -> new AtomicLong())
                                        .incrementAndGet();
                            }
                            latencies
                                    .computeIfAbsent(
                                            kind.name(), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                                    .add(System.nanoTime() - t0);
                        }
                    },
                    "client-" + c);
            client.start();
            clients.add(client);
        }
        for (Thread client : clients) {
            client.join();
        }
        report(latencies, errors, seconds, connections);
    }

    private static void report(
            Map<String, List<Long>> latencies, Map<String, AtomicLong> errors, int seconds, int connections) {
        List<Long> all = new ArrayList<>();
        System.out.printf("%-18s %8s %10s %10s%n", "call", "calls", "p50 ms", "p99 ms");
        for (var e : new TreeMap<>(latencies).entrySet()) {
            List<Long> sorted = new ArrayList<>(e.getValue());
            sorted.sort(null);
            all.addAll(sorted);
            System.out.printf(
                    "%-18s %8d %10.1f %10.1f%n",
                    e.getKey(), sorted.size(), QueryBenchmark.pct(sorted, 50), QueryBenchmark.pct(sorted, 99));
        }
        all.sort(null);
        long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf(
                "%-18s %8d %10.1f %10.1f%n",
                "all", all.size(), QueryBenchmark.pct(all, 50), QueryBenchmark.pct(all, 99));
        System.out.printf(
                "%d connections for %d s: %,d calls, %.1f calls/s, %d errors%n",
                connections, seconds, all.size(), all.size() / (double) seconds, errorCount);
        errors.forEach((what, n) -> System.out.printf("  error: %s x %d%n", what, n.get()));
    }

    private static List<String> ids(HttpClient http, String base, String cypher) throws Exception {
        String body = JSON.writeValueAsString(Map.of("query", cypher, "limit", 5000));
        var response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/cypher"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("cannot list actors at " + base + ": " + response.body());
        }
        List<String> out = new ArrayList<>();
        for (JsonNode row : JSON.readTree(response.body()).get("rows")) {
            out.add(row.get("id").asText());
        }
        return out;
    }

    private static String pick(List<String> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
