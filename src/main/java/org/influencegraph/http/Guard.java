package org.influencegraph.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.Locale;
import org.influencegraph.UserError;
import org.influencegraph.UserError.Kind;
import org.influencegraph.access.Access;
import org.influencegraph.config.Limits;
import org.influencegraph.importer.ArticleReader;

/**
 * What every route goes through before its handler: the token check, the size of the request against its
 * route's limit, and the throttle. Tokens are never logged or echoed: errors say what was missing, not what
 * was sent.
 */
final class Guard {

    /** The query parameter a page in a frame passes its read token in. */
    static final String TOKEN_PARAMETER = "access_token";

    private final Access access;
    private final Limits limits;
    private final Throttle throttle;

    Guard(Access access, Limits limits) {
        this.access = access;
        this.limits = limits;
        this.throttle = new Throttle(limits);
    }

    Handler wrap(Route route) {
        Handler handler = route.handler();
        return ctx -> {
            authorize(ctx, route);
            checkSize(ctx, route);
            throttle.run(ctx, handler);
        };
    }

    private void authorize(Context ctx, Route route) {
        switch (access.decide(route.write(), bearer(ctx), ctx.queryParam(TOKEN_PARAMETER))) {
            case ALLOWED -> {}
            case FORBIDDEN ->
                throw UserError.refusal(
                        Kind.FORBIDDEN, "the read token cannot change the graph: send " + "the write token");
            case UNAUTHENTICATED ->
                throw UserError.refusal(
                        Kind.UNAUTHENTICATED,
                        route.write()
                                ? "this endpoint changes the graph: send the write token as 'Authorization: Bearer TOKEN' (serve "
                                        + "printed where the tokens are kept; `influence-graph token show` prints it)"
                                : "reading needs a token on this server: send 'Authorization: Bearer TOKEN', or add "
                                        + TOKEN_PARAMETER + "=TOKEN to the address of an embedded view");
        }
    }

    private void checkSize(Context ctx, Route route) {
        long limit = limit(route.body());
        String setting = route.body() == Route.Body.JSON || route.body() == Route.Body.NONE
                ? "IG_MAX_BODY"
                : route.body() == Route.Body.ARTICLE && limit == ArticleReader.MAX_BYTES
                        ? "an article's limit"
                        : "IG_MAX_UPLOAD";
        long length = ctx.req().getContentLengthLong();
        if (length > limit) {
            throw UserError.refusal(
                    Kind.TOO_LARGE,
                    "the request is " + length + " bytes; this endpoint takes " + "at most " + limit + " (" + setting
                            + ")");
        }
        String encoding = ctx.header("Transfer-Encoding");
        if (length < 0
                && (route.body() == Route.Body.JSON || route.body() == Route.Body.ARTICLE)
                && encoding != null
                && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            // Read what was sent (up to the limit) before answering: a connection closed on a client still sending
            // loses the answer with it.
            long read = drain(ctx, limit + 1);
            throw read > limit
                    ? UserError.refusal(
                            Kind.TOO_LARGE,
                            "the request is over " + limit + " bytes; this endpoint takes at most " + limit + " ("
                                    + setting + ")")
                    : UserError.refusal(
                            Kind.LENGTH_REQUIRED,
                            "send the body with a Content-Length (at most " + limit + " bytes), not in chunks");
        }
    }

    /** The largest request a route of this kind takes. */
    private long limit(Route.Body body) {
        return switch (body) {
            case NONE, JSON -> limits.maxBody();
            case UPLOAD -> limits.maxUpload();
            case ARTICLE -> Math.min(limits.maxUpload(), ArticleReader.MAX_BYTES);
        };
    }

    /** Reads and drops up to {@code max} bytes of the request body; how many it read. */
    private static long drain(Context ctx, long max) {
        try {
            var in = ctx.req().getInputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            int n;
            while (total < max && (n = in.read(buffer, 0, (int) Math.min(buffer.length, max - total))) > 0) {
                total += n;
            }
            return total;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The token of an {@code Authorization: Bearer} header, or null. */
    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).strip();
    }
}
