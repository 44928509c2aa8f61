package org.influencegraph.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.influencegraph.model.EntityType;
import org.influencegraph.resolve.DuplicateFinder;
import org.influencegraph.resolve.DuplicateReview;
import org.influencegraph.resolve.EntityDetails;
import org.influencegraph.resolve.EntitySearch;
import org.influencegraph.resolve.Merges;
import org.influencegraph.resolve.ReviewException;
import org.influencegraph.resolve.ReviewException.Kind;

/** Entity search and detail, duplicates for review, merges and their undo, pairs marked as two. */
final class EntityController {

    /** The body of a merge: the entity to fold into the one the path names. */
    record MergeRequest(String other, String note) {
    }

    /** The body of a rejection: two entities that are two. */
    record PairRequest(String a, String b, String note) {
    }

    /** Seconds a client told that the review is still computing waits before asking again. */
    private static final int RETRY_AFTER = 5;

    private final EntitySearch search;
    private final EntityDetails details;
    private final DuplicateReview duplicates;
    private final Merges merges;

    EntityController(EntitySearch search, EntityDetails details, DuplicateReview duplicates, Merges merges) {
        this.search = search;
        this.details = details;
        this.duplicates = duplicates;
        this.merges = merges;
    }

    void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw new ReviewException(Kind.BAD_REQUEST, "parameter 'q' (a name, a spelling or an id) is required");
        }
        if (q.length() > 200) {
            throw new ReviewException(Kind.BAD_REQUEST, "parameter 'q' is longer than 200 characters");
        }
        int limit = intParam(ctx, "limit", 10, 1, EntitySearch.MAX_LIMIT);
        ctx.json(Map.of("query", q, "matches", search.search(q, type(ctx), limit)));
    }

    void entity(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(details.find(id).orElseThrow(() -> new ReviewException(Kind.NOT_FOUND, "no entity with id '" + id + "'")));
    }

    /**
     * The review as computed in the background: 200 with the pairs, or 202 "computing" with a Retry-After when the
     * review of the graph as it is takes longer than the request's {@code wait} seconds.
     */
    void duplicates(Context ctx) {
        double minScore = doubleParam(ctx, "minScore", DuplicateFinder.DEFAULT_MIN_SCORE);
        int limit = intParam(ctx, "limit", 50, 1, DuplicateFinder.MAX_LIMIT);
        int wait = intParam(ctx, "wait", (int) DuplicateReview.DEFAULT_WAIT.toSeconds(), 0,
                (int) DuplicateReview.MAX_WAIT.toSeconds());
        DuplicateReview.Answer answer = duplicates.pairs(type(ctx), minScore, limit, Duration.ofSeconds(wait));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("minScore", minScore);
        body.put("status", answer.ready() ? "ready" : "computing");
        if (answer.ready()) {
            body.put("computedAt", answer.computedAt());
            body.put("seconds", answer.seconds());
        } else {
            body.put("retryAfter", RETRY_AFTER);
            ctx.header("Retry-After", String.valueOf(RETRY_AFTER));
            ctx.status(HttpStatus.ACCEPTED);
        }
        body.put("pairs", answer.pairs());
        ctx.json(body);
    }

    void merge(Context ctx) {
        MergeRequest request = body(ctx, MergeRequest.class, "{\"other\": \"ENTITY_ID\", \"note\": \"why\"}");
        if (request.other() == null || request.other().isBlank()) {
            throw new ReviewException(Kind.BAD_REQUEST, "field 'other' (the id of the entity to fold in) is required");
        }
        ctx.json(merges.merge(ctx.pathParam("id"), request.other(), request.note()));
        duplicates.invalidate();
    }

    void undo(Context ctx) {
        ctx.json(merges.undo(ctx.pathParam("id")));
        duplicates.invalidate();
    }

    void merges(Context ctx) {
        ctx.json(Map.of("merges", merges.list(intParam(ctx, "limit", 100, 1, Merges.MAX_LIMIT))));
    }

    void reject(Context ctx) {
        PairRequest request = body(ctx, PairRequest.class, "{\"a\": \"ENTITY_ID\", \"b\": \"ENTITY_ID\", \"note\": \"why\"}");
        if (request.a() == null || request.b() == null) {
            throw new ReviewException(Kind.BAD_REQUEST, "fields 'a' and 'b' (the ids of the two entities) are required");
        }
        ctx.json(merges.markDistinct(request.a(), request.b(), request.note()));
        duplicates.invalidate();
    }

    private static <T> T body(Context ctx, Class<T> type, String example) {
        T request;
        try {
            request = ctx.bodyAsClass(type);
        } catch (Exception e) {
            // Jackson's parse errors come through Javalin unchecked, whatever their declared type.
            throw new ReviewException(Kind.BAD_REQUEST, "expected a JSON object " + example);
        }
        if (request == null) {
            throw new ReviewException(Kind.BAD_REQUEST, "the body is empty; expected " + example);
        }
        return request;
    }

    private static EntityType type(Context ctx) {
        String type = ctx.queryParam("type");
        if (type == null || type.isBlank()) {
            return null;
        }
        return EntityType.parse(type).orElseThrow(() -> new ReviewException(Kind.BAD_REQUEST,
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
            throw new ReviewException(Kind.BAD_REQUEST, "parameter '" + name + "' must be a whole number from " + min
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
            throw new ReviewException(Kind.BAD_REQUEST, "parameter '" + name + "' must be a number from 0 to 1, not '"
                    + value + "'");
        }
    }
}
