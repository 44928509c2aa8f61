package org.influencegraph.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.influencegraph.Resources;
import org.influencegraph.UserError;
import org.influencegraph.UserError.Kind;
import org.influencegraph.config.Limits;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.QueryResult;
import org.influencegraph.resolve.ActorResolver;

/**
 * Runs canned queries by name with parameters given as text (from a URL or a command line): checks and
 * converts each parameter, resolves actor names to ids, and runs the query read-only with a timeout.
 */
public final class QueryService {

    private static final String SOURCES_BY_ID = Resources.read("cypher/lookups/sources-by-id.cypher");
    private static final String LINKS_AMONG = Resources.read("cypher/lookups/links-among.cypher");
    private static final int MAX_LINKS = 2_000;

    private final QueryCatalog catalog;
    private final Graph graph;
    private final ActorResolver actors;
    private final Duration timeout;
    private final int maxRows;

    /** The service with the default limits (10 s, 10,000 rows). */
    public QueryService(QueryCatalog catalog, Graph graph) {
        this(catalog, graph, Limits.DEFAULTS.queryTimeout(), Limits.DEFAULTS.maxRows());
    }

    /** The service stopping each query after {@code timeout} and cutting its answer at {@code maxRows}. */
    public QueryService(QueryCatalog catalog, Graph graph, Duration timeout, int maxRows) {
        this.catalog = catalog;
        this.graph = graph;
        this.actors = new ActorResolver(graph);
        this.timeout = timeout;
        this.maxRows = maxRows;
    }

    /** The same catalog over the same graph, with other limits. */
    public QueryService withLimits(Duration timeout, int maxRows) {
        return new QueryService(catalog, graph, timeout, maxRows);
    }

    /** How long a query may run before the server stops it. */
    public Duration timeout() {
        return timeout;
    }

    public QueryCatalog catalog() {
        return catalog;
    }

    /** Refuses a date range that ends before it starts: it would answer nothing, and say nothing of why. */
    private static void checkRange(CannedQuery query, Map<String, Object> params) {
        Parameter start = null;
        Parameter end = null;
        for (Parameter p : query.parameters()) {
            if (p.type() == Parameter.Type.START_DATE) {
                start = p;
            } else if (p.type() == Parameter.Type.END_DATE) {
                end = p;
            }
        }
        if (start != null
                && end != null
                && params.get(start.name()) instanceof String from
                && params.get(end.name()) instanceof String to
                && from.compareTo(to) > 0) {
            throw new UserError(
                    Kind.INVALID,
                    "'" + start.name() + "' (" + from + ") is after '" + end.name() + "' (" + to
                            + "): give the earlier date as '" + start.name() + "'");
        }
    }

    /** The canned query {@code name}, or a 404 {@link UserError} listing the catalog. */
    public CannedQuery query(String name) {
        return catalog.get(name)
                .orElseThrow(() -> new UserError(
                        Kind.NOT_FOUND, "no canned query '" + name + "'; the catalog has " + new TreeSet<>(names())));
    }

    /** The answer of query {@code name}, or a {@link UserError} naming what to fix. */
    public QueryResult run(String name, Map<String, String> given) {
        return answer(name, given).result();
    }

    /** An answer and the parameters it was run with: actor names resolved to ids wherever that was needed. */
    private record Answer(QueryResult result, Map<String, Object> params) {}

    private Answer answer(String name, Map<String, String> given) {
        CannedQuery query = query(name);
        for (String key : given.keySet()) {
            if (query.parameter(key).isEmpty()) {
                throw new UserError(
                        Kind.INVALID,
                        "'" + name + "' takes no parameter '" + key + "'; it takes "
                                + query.parameters().stream()
                                        .map(Parameter::name)
                                        .toList());
            }
        }
        Map<String, Object> params = new HashMap<>();
        for (Parameter p : query.parameters()) {
            String text = given.get(p.name());
            if (text == null || text.isBlank()) {
                if (p.required()) {
                    throw new UserError(Kind.INVALID, "parameter '" + p.name() + "' is required: " + p.description());
                }
                params.put(p.name(), p.defaultValue() == null ? null : p.convert(p.defaultValue()));
                continue;
            }
            Object value;
            try {
                value = p.convert(text);
            } catch (IllegalArgumentException e) {
                throw new UserError(Kind.INVALID, "parameter '" + p.name() + "': " + e.getMessage());
            }
            params.put(p.name(), p.type() == Parameter.Type.ACTOR ? text.strip() : value);
        }
        checkRange(query, params);
        // Actors are first taken as ids, the common case for clients that follow ids from earlier answers:
        // one round trip. Only an empty answer has the names resolved, and the query run again if a name
        // turned out not to be an id.
        QueryResult result = graph.query(query.cypher(), params, timeout, maxRows);
        if (!result.rows().isEmpty()) {
            return new Answer(result, params);
        }
        boolean renamed = false;
        for (Parameter p : query.parameters()) {
            if (p.type() == Parameter.Type.ACTOR && params.get(p.name()) != null) {
                String text = (String) params.get(p.name());
                String id = resolve(p, text);
                renamed |= !id.equals(text);
                params.put(p.name(), id);
            }
        }
        return new Answer(renamed ? graph.query(query.cypher(), params, timeout, maxRows) : result, params);
    }

    /**
     * Runs a query for drawing or exporting as a graph. An answer that lists entities without the edges between
     * them (network, influence, brokers) gets the links among them and the actors its parameters name: their
     * ties, and their parts in the events two or more of them took part in (at most 2,000 links).
     */
    public QueryResult runAsGraph(String name, Map<String, String> given) {
        Answer answer = answer(name, given);
        QueryResult result = answer.result();
        Formats.Drawing drawn = Formats.graph(name, result);
        if (!drawn.edges().isEmpty() || result.rows().isEmpty()) {
            return result;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (QueryResult.Node node : drawn.nodes()) {
            ids.add(node.id());
        }
        // A non-empty answer was run with ids for its actors.
        for (Parameter p : query(name).parameters()) {
            if (p.type() == Parameter.Type.ACTOR && answer.params().get(p.name()) != null) {
                ids.add(answer.params().get(p.name()).toString());
            }
        }
        if (ids.size() < 2) {
            return result;
        }
        QueryResult links =
                graph.query(LINKS_AMONG, Map.of("ids", List.copyOf(ids), "limit", MAX_LINKS), timeout, MAX_LINKS * 2);
        List<Map<String, Object>> rows = new ArrayList<>(result.rows());
        rows.addAll(links.rows());
        return new QueryResult(result.columns(), rows, result.truncated() || links.truncated());
    }

    /** The sources with the given ids, by id: title as name, publisher, date and URL as properties. */
    public Map<String, QueryResult.Node> sources(Collection<String> ids) {
        Map<String, QueryResult.Node> byId = new TreeMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        graph.query(SOURCES_BY_ID, Map.of("ids", List.copyOf(ids)), timeout, maxRows)
                .rows()
                .forEach(row -> {
                    QueryResult.Node s = (QueryResult.Node) row.get("s");
                    byId.put(s.id(), s);
                });
        return byId;
    }

    private String resolve(Parameter p, String text) {
        ActorResolver.Resolution r = actors.resolve(text);
        if (r.found()) {
            return r.id();
        }
        if (r.ambiguous()) {
            throw new UnresolvedActor(
                    Kind.INVALID,
                    "parameter '" + p.name() + "': '" + text + "' names "
                            + r.candidates().size() + " actors; give one of their ids",
                    r.candidates());
        }
        throw new UnresolvedActor(
                Kind.NOT_FOUND,
                "parameter '" + p.name() + "': no actor named '" + text + "'"
                        + (r.candidates().isEmpty() ? "" : "; the closest are listed"),
                r.candidates());
    }

    private List<String> names() {
        return catalog.all().stream().map(CannedQuery::name).toList();
    }
}
