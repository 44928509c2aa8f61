package org.influencegraph.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.influencegraph.UserError;
import org.influencegraph.UserError.Kind;
import org.influencegraph.review.Candidates;

/** Review of the facts the article extractor was not sure of: accepting or rejecting a candidate. */
final class CandidateController {

    private static final String EXAMPLE = "{\"note\": \"why\"}";

    private final Candidates candidates;

    CandidateController(Candidates candidates) {
        this.candidates = candidates;
    }

    void accept(Context ctx) {
        ctx.json(candidates.accept(ctx.pathParam("id"), note(ctx)));
    }

    void reject(Context ctx) {
        ctx.json(candidates.reject(ctx.pathParam("id"), note(ctx)));
    }

    /** The reviewer's note from a body {@code {"note": "why"}}; no body, no note. */
    private static String note(Context ctx) {
        if (ctx.body().isBlank()) {
            return null;
        }
        JsonNode body;
        try {
            body = ctx.bodyAsClass(JsonNode.class);
        } catch (Exception e) {
            // Jackson's parse errors come through Javalin unchecked, whatever their declared type.
            throw new UserError(Kind.INVALID, "expected a JSON object " + EXAMPLE + ", or no body");
        }
        if (body == null || !body.isObject()) {
            throw new UserError(Kind.INVALID, "expected a JSON object " + EXAMPLE + ", or no body");
        }
        body.fieldNames().forEachRemaining(field -> {
            if (!field.equals("note")) {
                throw new UserError(Kind.INVALID, "unknown field '" + field + "'; the body takes 'note'");
            }
        });
        JsonNode note = body.get("note");
        if (note != null && !note.isTextual() && !note.isNull()) {
            throw new UserError(Kind.INVALID, "field 'note' must be a string");
        }
        return note == null || note.isNull() || note.asText().isBlank() ? null : note.asText().strip();
    }
}
