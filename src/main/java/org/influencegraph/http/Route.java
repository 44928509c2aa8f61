package org.influencegraph.http;

import io.javalin.http.Handler;
import java.util.List;

/**
 * One endpoint of the API: the route table in {@link HttpApi} registers these with Javalin and
 * {@link OpenApi} describes the same list, so the document cannot drift from the routes. {@code write}
 * routes need the write token; {@code body} says how large a request may be.
 */
record Route(
        String method,
        String path,
        boolean write,
        Body body,
        String summary,
        List<Param> params,
        String requestBody,
        List<Integer> errors,
        Handler handler) {

    /**
     * What a request carries: nothing, a JSON document (up to the body limit), files (up to the upload limit), or
     * a news article as text or JSON (up to an article's limit, or the upload limit if that is lower).
     */
    enum Body {
        NONE,
        JSON,
        UPLOAD,
        ARTICLE
    }

    /** A read without a body. */
    static Route get(String path, String summary, List<Param> params, List<Integer> errors, Handler handler) {
        return new Route("GET", path, false, Body.NONE, summary, params, null, errors, handler);
    }

    /** A write: needs the write token. */
    static Route write(
            String path,
            Body body,
            String summary,
            List<Param> params,
            String requestBody,
            List<Integer> errors,
            Handler handler) {
        return new Route("POST", path, true, body, summary, params, requestBody, errors, handler);
    }

    /** A query-string or path parameter as the OpenAPI document shows it. */
    record Param(String name, String in, String type, boolean required, Object defaultValue, String description) {}
}
