package org.influencegraph.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before a request reaches the API (an address it cannot decode, a header too
 * large): JSON like every other error, never an HTML page, never a stack trace.
 */
final class JettyErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JettyErrors() {}

    /** For the server, outside any context. */
    static final class ForServer extends org.eclipse.jetty.server.handler.ErrorHandler {
        @Override
        protected boolean generateAcceptableResponse(
                Request request,
                Response response,
                Callback callback,
                String contentType,
                List<Charset> charsets,
                int code,
                String message,
                Throwable cause)
                throws IOException {
            JettyErrors.json(response, callback, code, message);
            return true;
        }
    }

    /** For the servlet context the API runs in. */
    static final class ForContext extends org.eclipse.jetty.ee10.servlet.ErrorHandler {
        @Override
        protected boolean generateAcceptableResponse(
                Request request,
                Response response,
                Callback callback,
                String contentType,
                List<Charset> charsets,
                int code,
                String message,
                Throwable cause)
                throws IOException {
            JettyErrors.json(response, callback, code, message);
            return true;
        }
    }

    static void json(Response response, Callback callback, int code, String message) throws IOException {
        String reason = HttpStatus.getMessage(code);
        String detail = message == null || message.isBlank() ? reason : message;
        byte[] body = JSON.writeValueAsBytes(new ApiError(reason.toLowerCase(Locale.ROOT), detail));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
