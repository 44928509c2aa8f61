package org.influencegraph.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import io.javalin.validation.ValidationError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.influencegraph.UserError;
import org.influencegraph.UserError.Kind;

/**
 * How every endpoint reads a JSON body: Javalin's body validator into a record, and each of Jackson's failures
 * answered as a bad request that says what to send (the example), which field is unknown, or which is not a
 * string.
 *
 * @param type the record the body is read into
 * @param malformed the answer to a body that is not the JSON object expected
 * @param takes the fields taken, for the answer to an unknown one (null: the malformed answer)
 * @param empty the answer to an empty body (null: an empty body is no body, read as null)
 */
record JsonBody<T>(Class<T> type, String malformed, String takes, String empty) {

    private static final String NOT_A_STRING = "not a string";
    private static final String NOT_A_LIST = "not a list of strings";

    /** The body as {@link #type()}, or null for an empty body where one is allowed. */
    T read(Context ctx) {
        if (ctx.body().isBlank()) {
            if (empty == null) {
                return null;
            }
            throw new UserError(Kind.INVALID, empty);
        }
        return ctx.bodyValidator(type).getOrThrow(this::refusal);
    }

    private UserError refusal(Map<String, ? extends List<? extends ValidationError<?>>> errors) {
        Throwable cause = errors.values().stream()
                .flatMap(List::stream)
                .map(ValidationError::exception)
                .filter(e -> e != null)
                .findFirst()
                .orElse(null);
        while (cause != null && !(cause instanceof JsonMappingException) && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof UnrecognizedPropertyException unknown && takes != null) {
            return new UserError(Kind.INVALID, "unknown field '" + unknown.getPropertyName() + "'; " + takes);
        }
        if (cause instanceof JsonMappingException mapping
                && NOT_A_STRING.equals(mapping.getOriginalMessage())
                && !mapping.getPath().isEmpty()) {
            return new UserError(
                    Kind.INVALID, "field '" + mapping.getPath().get(0).getFieldName() + "' must be a string");
        }
        if (cause instanceof JsonMappingException mapping
                && NOT_A_LIST.equals(mapping.getOriginalMessage())
                && !mapping.getPath().isEmpty()) {
            return new UserError(
                    Kind.INVALID, "field '" + mapping.getPath().get(0).getFieldName() + "' must be a list of strings");
        }
        return new UserError(Kind.INVALID, malformed);
    }

    /** A field that must be a JSON string (or null), where Jackson would take a number or a boolean as its text. */
    static final class Text extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw JsonMappingException.from(parser, NOT_A_STRING);
            }
            return parser.getText();
        }
    }

    /** A field that must be a JSON array of strings (or null), where Jackson would take numbers as their text. */
    static final class Texts extends JsonDeserializer<List<String>> {
        @Override
        public List<String> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw JsonMappingException.from(parser, NOT_A_LIST);
            }
            List<String> texts = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token != JsonToken.VALUE_STRING) {
                    throw JsonMappingException.from(parser, NOT_A_LIST);
                }
                texts.add(parser.getText());
            }
            return texts;
        }
    }
}
