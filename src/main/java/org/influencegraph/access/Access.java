package org.influencegraph.access;

/**
 * Who may do what: writes always need the write token; reads are open unless {@code readsNeedToken}, and then
 * need either token. The decision is made here and only carried out by the HTTP layer.
 */
public record Access(Tokens tokens, boolean readsNeedToken) {

    /** The outcome of a request's credentials. */
    public enum Decision {
        ALLOWED,
        /** No token, or one that is not current: 401. */
        UNAUTHENTICATED,
        /** The read token on a write: 403. */
        FORBIDDEN
    }

    /**
     * Decides on a request. {@code bearer} is the token of its {@code Authorization: Bearer} header;
     * {@code queryToken} its {@code access_token} parameter, which is taken for reads only (a page in a frame
     * cannot send headers, and a write token must never end up in a URL and a log).
     */
    public Decision decide(boolean write, String bearer, String queryToken) {
        if (write) {
            if (tokens.accepts(Tokens.Kind.WRITE, bearer)) {
                return Decision.ALLOWED;
            }
            return tokens.accepts(Tokens.Kind.READ, bearer) ? Decision.FORBIDDEN : Decision.UNAUTHENTICATED;
        }
        if (!readsNeedToken
                || tokens.accepts(Tokens.Kind.READ, bearer)
                || tokens.accepts(Tokens.Kind.READ, queryToken)) {
            return Decision.ALLOWED;
        }
        return Decision.UNAUTHENTICATED;
    }
}
