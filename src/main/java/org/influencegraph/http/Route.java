package org.influencegraph.http;

import io.javalin.http.Handler;
import java.util.List;

/**
 * One endpoint of the API: the route table in {@link HttpApi} registers these with Javalin and
 * {@link OpenApi} describes the same list, so the document cannot drift from the routes.
 */
record Route(String method, String path, String summary, List<Param> params, String requestBody,
        List<Integer> errors, Handler handler) {

    /** A query-string or path parameter as the OpenAPI document shows it. */
    record Param(String name, String in, String type, boolean required, Object defaultValue, String description) {
    }
}
