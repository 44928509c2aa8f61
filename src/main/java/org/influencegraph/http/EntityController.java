package org.influencegraph.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.influencegraph.UserError;
import org.influencegraph.UserError.Kind;
import org.influencegraph.model.EntityType;
import org.influencegraph.resolve.DuplicateFinder;
import org.influencegraph.resolve.EntityDetails;
import org.influencegraph.resolve.EntitySearch;
import org.influencegraph.resolve.Merges;

/** Entity search and detail, duplicates for review, merges and their undo, pairs marked as two. */
final class EntityController {

    /** The body of a merge: the entity to fold into the one the path names. */
    record MergeRequest(String other, String note) {
    }

    /** The body of a rejection: two entities that are two. */
    record PairRequest(String a, String b, String note) {
    }

    private final EntitySearch search;
    private final EntityDetails details;
    private final DuplicateFinder duplicates;
    private final Merges merges;

    EntityController(EntitySearch search, EntityDetails details, DuplicateFinder duplicates, Merges merges) {
        this.search = search;
        this.details = details;
        this.duplicates = duplicates;
        this.merges = merges;
    }

    void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw new UserError(Kind.INVALID, "parameter 'q' (a name, a spelling or an id) is required");
        }
        if (q.length() > 200) {
            throw new UserError(Kind.INVALID, "parameter 'q' is longer than 200 characters");
        }
        int limit = intParam(ctx, "limit", 10, 1, EntitySearch.MAX_LIMIT);
        ctx.json(Map.of("query", q, "matches", search.search(q, type(ctx), limit)));
    }

    void entity(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(details.find(id).orElseThrow(() -> new UserError(Kind.NOT_FOUND, "no entity with id '" + id + "'")));
    }

    void duplicates(Context ctx) {
        double minScore = doubleParam(ctx, "minScore", DuplicateFinder.DEFAULT_MIN_SCORE);
        int limit = intParam(ctx, "limit", 50, 1, DuplicateFinder.MAX_LIMIT);
        List<DuplicateFinder.Pair> pairs = duplicates.find(type(ctx), minScore, limit);
        ctx.json(Map.of("minScore", minScore, "pairs", pairs));
    }

    void merge(Context ctx) {
        MergeRequest request = body(ctx, MergeRequest.class, "{\"other\": \"ENTITY_ID\", \"note\": \"why\"}");
        if (request.other() == null || request.other().isBlank()) {
            throw new UserError(Kind.INVALID, "field 'other' (the id of the entity to fold in) is required");
        }
        ctx.json(merges.merge(ctx.pathParam("id"), request.other(), request.note()));
    }

    void undo(Context ctx) {
        ctx.json(merges.undo(ctx.pathParam("id")));
    }

    void merges(Context ctx) {
        ctx.json(Map.of("merges", merges.list(intParam(ctx, "limit", 100, 1, Merges.MAX_LIMIT))));
    }

    void reject(Context ctx) {
        PairRequest request = body(ctx, PairRequest.class, "{\"a\": \"ENTITY_ID\", \"b\": \"ENTITY_ID\", \"note\": \"why\"}");
        if (request.a() == null || request.b() == null) {
            throw new UserError(Kind.INVALID, "fields 'a' and 'b' (the ids of the two entities) are required");
        }
        ctx.json(merges.markDistinct(request.a(), request.b(), request.note()));
    }

    private static <T> T body(Context ctx, Class<T> type, String example) {
        T request;
        try {
            request = ctx.bodyAsClass(type);
        } catch (Exception e) {
            // Jackson's parse errors come through Javalin unchecked, whatever their declared type.
            throw new UserError(Kind.INVALID, "expected a JSON object " + example);
        }
        if (request == null) {
            throw new UserError(Kind.INVALID, "the body is empty; expected " + example);
        }
        return request;
    }

    private static EntityType type(Context ctx) {
        String type = ctx.queryParam("type");
        if (type == null || type.isBlank()) {
            return null;
        }
        return EntityType.parse(type).orElseThrow(() -> new UserError(Kind.INVALID,
                "parameter 'type' must be person, organization or place, not '" + type + "'"));
    }

    private static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UserError(Kind.INVALID, "parameter '" + name + "' must be a whole number from " + min
                    + " to " + max + ", not '" + value + "'");
        }
    }

    private static double doubleParam(Context ctx, String name, double fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(value.strip());
            if (!(d >= 0 && d <= 1)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UserError(Kind.INVALID, "parameter '" + name + "' must be a number from 0 to 1, not '"
                    + value + "'");
        }
    }
}
