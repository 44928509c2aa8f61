package org.influencegraph.http;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.javalin.http.Context;
import org.influencegraph.review.Candidates;

/** Review of the facts the article extractor was not sure of: accepting or rejecting a candidate. */
final class CandidateController {

    private static final String EXAMPLE = "{\"note\": \"why\"}";
    private static final JsonBody<NoteRequest> BODY = new JsonBody<>(NoteRequest.class,
            "expected a JSON object " + EXAMPLE + ", or no body", "the body takes 'note'", null);

    /** The body of an accept or a reject, which may be left out: the reviewer's note. */
    record NoteRequest(@JsonDeserialize(using = JsonBody.Text.class) String note) {
    }

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
        NoteRequest body = BODY.read(ctx);
        String note = body == null ? null : body.note();
        return note == null || note.isBlank() ? null : note.strip();
    }
}
