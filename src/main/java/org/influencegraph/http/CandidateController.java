package org.influencegraph.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.influencegraph.resolve.ReviewException;
import org.influencegraph.resolve.ReviewException.Kind;
import org.influencegraph.review.Candidates;

/** Review of the facts the article extractor was not sure of: accepting or rejecting a candidate. */
final class CandidateController {

    private static final String EXAMPLE = "{\"note\": \"why\"}";
    /** A correction before accepting: the fact's actors (ids), their roles, its title and type. */
    private static final List<String> ACCEPT_FIELDS = List.of("note", "actors", "roles", "title", "type");

    private final Candidates candidates;

    CandidateController(Candidates candidates) {
        this.candidates = candidates;
    }

    void accept(Context ctx) {
        JsonNode body = body(ctx, ACCEPT_FIELDS);
        ctx.json(candidates.accept(ctx.pathParam("id"), note(body), new Candidates.Correction(texts(body, "actors"),
                texts(body, "roles"), text(body, "title"), text(body, "type"))));
    }

    void reject(Context ctx) {
        ctx.json(candidates.reject(ctx.pathParam("id"), note(body(ctx, List.of("note")))));
    }

    /** The body, a JSON object of {@code fields} only; no body, an empty object. */
    private static JsonNode body(Context ctx, List<String> fields) {
        if (ctx.body().isBlank()) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonNode body;
        try {
            body = ctx.bodyAsClass(JsonNode.class);
        } catch (Exception e) {
            // Jackson's parse errors come through Javalin unchecked, whatever their declared type.
            throw new ReviewException(Kind.BAD_REQUEST, "expected a JSON object " + EXAMPLE + ", or no body");
        }
        if (body == null || !body.isObject()) {
            throw new ReviewException(Kind.BAD_REQUEST, "expected a JSON object " + EXAMPLE + ", or no body");
        }
        body.fieldNames().forEachRemaining(field -> {
            if (!fields.contains(field)) {
                throw new ReviewException(Kind.BAD_REQUEST, "unknown field '" + field + "'; the body takes "
                        + String.join(", ", fields.stream().map(f -> "'" + f + "'").toList()));
            }
        });
        return body;
    }

    /** The reviewer's note; none when blank. */
    private static String note(JsonNode body) {
        String note = text(body, "note");
        return note == null || note.isBlank() ? null : note.strip();
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value != null && !value.isTextual() && !value.isNull()) {
            throw new ReviewException(Kind.BAD_REQUEST, "field '" + field + "' must be a string");
        }
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> texts(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(v -> out.add(v.isTextual() ? v.asText() : null));
        }
        if (!value.isArray() || out.contains(null)) {
            throw new ReviewException(Kind.BAD_REQUEST, "field '" + field + "' must be a list of strings");
        }
        return out;
    }
}
