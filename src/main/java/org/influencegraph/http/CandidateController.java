package org.influencegraph.http;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.javalin.http.Context;
import java.util.List;
import org.influencegraph.review.Candidates;

/** Review of the facts the article extractor was not sure of: accepting or rejecting a candidate. */
final class CandidateController {

    private static final String EXAMPLE = "{\"note\": \"why\"}";
    private static final JsonBody<NoteRequest> NOTE = new JsonBody<>(
            NoteRequest.class, "expected a JSON object " + EXAMPLE + ", or no body", "the body takes 'note'", null);
    private static final JsonBody<AcceptRequest> ACCEPT = new JsonBody<>(
            AcceptRequest.class,
            "expected a JSON object " + EXAMPLE + ", or no body",
            "the body takes 'note', 'actors', 'roles', 'title', 'type'",
            null);

    /** The body of a reject, which may be left out: the reviewer's note. */
    record NoteRequest(
            @JsonDeserialize(using = JsonBody.Text.class) String note) {}

    /** The body of an accept, which may be left out: the note, and a correction of actors (ids), roles, title, type. */
    record AcceptRequest(
            @JsonDeserialize(using = JsonBody.Text.class) String note,
            @JsonDeserialize(using = JsonBody.Texts.class) List<String> actors,
            @JsonDeserialize(using = JsonBody.Texts.class) List<String> roles,
            @JsonDeserialize(using = JsonBody.Text.class) String title,
            @JsonDeserialize(using = JsonBody.Text.class) String type) {}

    private final Candidates candidates;

    CandidateController(Candidates candidates) {
        this.candidates = candidates;
    }

    void accept(Context ctx) {
        AcceptRequest body = ACCEPT.read(ctx);
        if (body == null) {
            body = new AcceptRequest(null, null, null, null, null);
        }
        ctx.json(candidates.accept(
                ctx.pathParam("id"),
                note(body.note()),
                new Candidates.Correction(body.actors(), body.roles(), body.title(), body.type())));
    }

    void reject(Context ctx) {
        NoteRequest body = NOTE.read(ctx);
        ctx.json(candidates.reject(ctx.pathParam("id"), note(body == null ? null : body.note())));
    }

    /** The reviewer's note; none when blank. */
    private static String note(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
