package org.influencegraph.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.List;
import org.influencegraph.UserError;
import org.influencegraph.UserError.Kind;
import org.influencegraph.model.EntityType;
import org.influencegraph.resolve.DuplicateFinder;
import org.influencegraph.resolve.DuplicateReview;
import org.influencegraph.resolve.EntityDetails;
import org.influencegraph.resolve.EntitySearch;
import org.influencegraph.resolve.Merges;

/** Entity search and detail, duplicates for review, merges and their undo, pairs marked as two. */
final class EntityController {

    /** The body of a merge: the entity to fold into the one the path names. */
    record MergeRequest(String other, String note) {}

    /** The body of a rejection: two entities that are two. */
    record PairRequest(String a, String b, String note) {}

    /** The entities a name or id matches, best first. */
    record SearchAnswer(String query, List<EntitySearch.Match> matches) {}

    /** Pairs that may be one entity, at or above the score asked for. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DuplicatesAnswer(
            double minScore,
            String status,
            String computedAt,
            Double seconds,
            Integer retryAfter,
            List<DuplicateFinder.Pair> pairs) {}

    /** The merges in effect, the latest first. */
    record MergesAnswer(List<Merges.Entry> merges) {}

    private static final JsonBody<MergeRequest> MERGE =
            body(MergeRequest.class, "{\"other\": \"ENTITY_ID\", \"note\": \"why\"}");
    private static final JsonBody<PairRequest> PAIR =
            body(PairRequest.class, "{\"a\": \"ENTITY_ID\", \"b\": \"ENTITY_ID\", \"note\": \"why\"}");
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
            throw new UserError(Kind.INVALID, "parameter 'q' (a name, a spelling or an id) is required");
        }
        if (q.length() > 200) {
            throw new UserError(Kind.INVALID, "parameter 'q' is longer than 200 characters");
        }
        int limit = Params.integer(ctx, "limit", 10, 1, EntitySearch.MAX_LIMIT);
        ctx.json(new SearchAnswer(q, search.search(q, type(ctx), limit)));
    }

    void entity(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(details.find(id).orElseThrow(() -> new UserError(Kind.NOT_FOUND, "no entity with id '" + id + "'")));
    }

    /**
     * The review as computed in the background: 200 with the pairs, or 202 "computing" with a Retry-After when the
     * review of the graph as it is takes longer than the request's {@code wait} seconds.
     */
    void duplicates(Context ctx) {
        double minScore = Params.fraction(ctx, "minScore", DuplicateFinder.DEFAULT_MIN_SCORE);
        int limit = Params.integer(ctx, "limit", 50, 1, DuplicateFinder.MAX_LIMIT);
        int wait = Params.integer(ctx, "wait", (int) DuplicateReview.DEFAULT_WAIT.toSeconds(), 0, (int)
                DuplicateReview.MAX_WAIT.toSeconds());
        DuplicateReview.Answer answer = duplicates.pairs(type(ctx), minScore, limit, Duration.ofSeconds(wait));
        if (answer.ready()) {
            ctx.json(new DuplicatesAnswer(
                    minScore, "ready", answer.computedAt(), answer.seconds(), null, answer.pairs()));
            return;
        }
        ctx.header("Retry-After", String.valueOf(RETRY_AFTER));
        ctx.status(HttpStatus.ACCEPTED);
        ctx.json(new DuplicatesAnswer(minScore, "computing", null, null, RETRY_AFTER, answer.pairs()));
    }

    void merge(Context ctx) {
        MergeRequest request = MERGE.read(ctx);
        if (request.other() == null || request.other().isBlank()) {
            throw new UserError(Kind.INVALID, "field 'other' (the id of the entity to fold in) is required");
        }
        ctx.json(merges.merge(ctx.pathParam("id"), request.other(), request.note()));
        duplicates.invalidate();
    }

    void undo(Context ctx) {
        ctx.json(merges.undo(ctx.pathParam("id")));
        duplicates.invalidate();
    }

    void merges(Context ctx) {
        ctx.json(new MergesAnswer(merges.list(Params.integer(ctx, "limit", 100, 1, Merges.MAX_LIMIT))));
    }

    void reject(Context ctx) {
        PairRequest request = PAIR.read(ctx);
        if (request.a() == null || request.b() == null) {
            throw new UserError(Kind.INVALID, "fields 'a' and 'b' (the ids of the two entities) are required");
        }
        ctx.json(merges.markDistinct(request.a(), request.b(), request.note()));
        duplicates.invalidate();
    }

    private static EntityType type(Context ctx) {
        String type = ctx.queryParam("type");
        if (type == null || type.isBlank()) {
            return null;
        }
        return EntityType.parse(type)
                .orElseThrow(() -> new UserError(
                        Kind.INVALID, "parameter 'type' must be person, organization or place, not '" + type + "'"));
    }

    private static <T> JsonBody<T> body(Class<T> type, String example) {
        return new JsonBody<>(
                type, "expected a JSON object " + example, null, "the body is empty; expected " + example);
    }
}
