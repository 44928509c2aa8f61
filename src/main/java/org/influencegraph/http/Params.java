package org.influencegraph.http;

import io.javalin.http.Context;
import org.influencegraph.UserError;
import org.influencegraph.UserError.Kind;

/**
 * The query-string parameters the endpoints share, read with Javalin's validators: a parameter left out or blank
 * takes its default, and one that does not convert or fails its check is a bad request that says what it takes.
 */
final class Params {

    private Params() {}

    /** A whole number from {@code min} to {@code max}. */
    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return ctx.queryParamAsClass(name, Integer.class)
                .check(n -> n >= min && n <= max, "out of range")
                .getOrThrow(errors -> new UserError(
                        Kind.INVALID,
                        "parameter '" + name + "' must be a whole number " + "from " + min + " to " + max + ", not '"
                                + value + "'"));
    }

    /** A number from 0 to 1. */
    static double fraction(Context ctx, String name, double fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return ctx.queryParamAsClass(name, Double.class)
                .check(d -> d >= 0 && d <= 1, "out of range")
                .getOrThrow(errors -> new UserError(
                        Kind.INVALID, "parameter '" + name + "' must be a number from 0 to 1, not '" + value + "'"));
    }

    /** True or false; given without a value ({@code ?skipInvalid}), true. */
    static boolean flag(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return false;
        }
        if (value.isEmpty()) {
            return true;
        }
        return ctx.queryParamAsClass(name, String.class)
                .check(v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"), "not a boolean")
                .getOrThrow(errors ->
                        new UserError(Kind.INVALID, "'" + name + "' must be true or false, not '" + value + "'"))
                .equalsIgnoreCase("true");
    }
}
