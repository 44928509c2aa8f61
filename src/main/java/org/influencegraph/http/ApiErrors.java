package org.influencegraph.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.validation.ValidationException;
import java.util.Locale;
import java.util.UUID;
import org.influencegraph.UserError;
import org.influencegraph.config.Limits;
import org.influencegraph.query.UnresolvedActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every exception mapping of the HTTP API, in one place: each kind of {@link UserError} answers its status with an
 * {@link ApiError} body (an unreachable database is one, {@code UNAVAILABLE}, made in the graph package); Javalin's
 * own refusals likewise; anything else is a failure of the server, logged under the request id its answer names.
 */
final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    /** The header that carries a request's id, which the log names beside any failure of the server. */
    static final String REQUEST_ID = "X-Request-Id";

    private ApiErrors() {}

    /** The status of an error of {@code kind} and the word of its body's {@code error} field. */
    record Answer(HttpStatus status, String error) {}

    /** The one mapping of the domain's errors to HTTP. */
    static Answer answer(UserError.Kind kind) {
        return switch (kind) {
            case INVALID -> of(HttpStatus.BAD_REQUEST);
            case UNAUTHENTICATED -> of(HttpStatus.UNAUTHORIZED);
            case FORBIDDEN -> of(HttpStatus.FORBIDDEN);
            case NOT_FOUND -> of(HttpStatus.NOT_FOUND);
            case CONFLICT -> of(HttpStatus.CONFLICT);
            case LENGTH_REQUIRED -> of(HttpStatus.LENGTH_REQUIRED);
            case TOO_LARGE -> of(HttpStatus.CONTENT_TOO_LARGE);
            case MISDIRECTED -> of(HttpStatus.MISDIRECTED_REQUEST);
            case UNPROCESSABLE -> of(HttpStatus.UNPROCESSABLE_CONTENT);
            case BUSY -> of(HttpStatus.TOO_MANY_REQUESTS);
            case TIMED_OUT -> new Answer(HttpStatus.SERVICE_UNAVAILABLE, "timeout");
            case UNAVAILABLE -> new Answer(HttpStatus.SERVICE_UNAVAILABLE, "database unavailable");
        };
    }

    private static Answer of(HttpStatus status) {
        return new Answer(status, status.getMessage().toLowerCase(Locale.ROOT));
    }

    /** Registers the mapping on a Javalin configuration; {@code limits} for the size Javalin itself refuses. */
    static void register(JavalinConfig config, Limits limits) {
        config.routes.exception(UserError.class, (e, ctx) -> respond(ctx, e));
        config.routes.exception(ValidationException.class, (e, ctx) -> respond(ctx, invalid(e)));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            HttpStatus status = HttpStatus.forStatus(e.getStatus());
            String detail = status == HttpStatus.CONTENT_TOO_LARGE
                    ? "the request is larger than the " + limits.maxBody() + "-byte limit"
                    : e.getMessage();
            ctx.status(status).json(new ApiError(of(status).error(), detail));
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            String id = requestId(ctx);
            LOG.error("unexpected error on {} {} (request {})", ctx.method(), ctx.path(), id, e);
            ctx.header(REQUEST_ID, id)
                    .status(HttpStatus.INTERNAL_SERVER_ERROR)
                    .json(new ApiError(
                            "internal error",
                            "the server failed; its log has the details under request id " + id,
                            null,
                            id));
        });
        config.routes.error(404, "*", ctx -> {
            if (!String.valueOf(ctx.res().getContentType()).startsWith("application/json")) {
                ctx.json(new ApiError("not found", "no such endpoint: " + ctx.method() + " " + ctx.path()));
            }
        });
    }

    private static void respond(Context ctx, UserError e) {
        Answer answer = answer(e.kind());
        switch (e.kind()) {
            case UNAUTHENTICATED -> ctx.header("WWW-Authenticate", "Bearer realm=\"influence-graph\"");
            case BUSY -> ctx.header("Retry-After", "1");
            default -> {}
        }
        var candidates = e instanceof UnresolvedActor unresolved
                        && !unresolved.candidates().isEmpty()
                ? unresolved.candidates()
                : null;
        ctx.status(answer.status()).json(new ApiError(answer.error(), e.getMessage(), candidates));
    }

    /** A parameter that Javalin's validator refused: the message of its first failed check. */
    private static UserError invalid(ValidationException e) {
        var first = e.getErrors().entrySet().iterator().next();
        var error = first.getValue().get(0);
        String message = error.getMessage();
        if (message.equals("NULLCHECK_FAILED") || error.value == null) {
            message = "parameter '" + first.getKey() + "' is required";
        } else if (message.equals("TYPE_CONVERSION_FAILED")) {
            message = "parameter '" + first.getKey() + "' is not valid: '" + error.value + "'";
        }
        return new UserError(message);
    }

    /** This request's id, made at its first use. */
    static String requestId(Context ctx) {
        String id = ctx.attribute(REQUEST_ID);
        if (id == null) {
            id = UUID.randomUUID().toString();
            ctx.attribute(REQUEST_ID, id);
        }
        return id;
    }
}
