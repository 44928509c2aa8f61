package org.influencegraph.http;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.influencegraph.UserError;
import org.influencegraph.UserError.Kind;

/**
 * Refuses a request whose {@code Host} is none of this server's names. A page that rebinds its own name to
 * 127.0.0.1 (DNS rebinding) gets the browser to send that name, so it is stopped here before it reads anything.
 * Accepted: loopback names and addresses with any port, the host of the public URL, and the bind address.
 */
public final class HostFilter {

    private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    /**
     * Where the server is reached: the public URL the operator gives (null for none) and the address it listens
     * on. Embed snippets are built from the public URL, never from a request's {@code Host}.
     */
    public record Names(URI publicUrl, String bind) {

        /** For tests and benchmarks: loopback only, no public URL. */
        public static final Names LOOPBACK = new Names(null, "127.0.0.1");
    }

    private final String publicHost;
    private final String bindHost;

    HostFilter(Names names) {
        this.publicHost =
                names.publicUrl() == null ? null : normal(names.publicUrl().getHost());
        String bind = names.bind() == null ? null : normal(names.bind());
        this.bindHost = bind == null || bind.equals("0.0.0.0") || bind.equals("::") ? null : bind;
    }

    /** A before-handler: refuses a foreign host as misdirected (421). */
    void check(Context ctx) {
        String header = ctx.header("Host");
        // HTTP/1.0 clients may send none; a browser always does, so a rebinding page cannot leave it out.
        if (header == null) {
            return;
        }
        String host = hostOf(header);
        if (!accepts(host)) {
            throw new UserError(
                    Kind.MISDIRECTED,
                    "this server does not answer for host '" + header.strip()
                            + "': reach it as localhost or 127.0.0.1"
                            + (publicHost == null ? "" : ", or as " + publicHost)
                            + "; if '" + host + "' is its public name, start it with --public-url "
                            + "(INFLUENCE_GRAPH_PUBLIC_URL)");
        }
    }

    boolean accepts(String host) {
        String name = normal(host);
        if (name.isEmpty()) {
            return false;
        }
        return name.equals("localhost")
                || name.endsWith(".localhost")
                || LOOPBACK_V4.matcher(name).matches()
                || name.equals("::1")
                || name.equals(publicHost)
                || name.equals(bindHost);
    }

    /** The host of a {@code Host} header: without its port, an IPv6 address without its brackets. */
    static String hostOf(String header) {
        String h = header.strip();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? "" : h.substring(1, end);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private static String normal(String host) {
        String h = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
