package org.influencegraph.query;

import java.util.List;
import org.influencegraph.resolve.ActorResolver.Candidate;

/** A request for a canned query that cannot be answered as asked: what is wrong, and candidates if any. */
public final class QueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Why the request fails: a bad parameter (400), something it names that does not exist (404), a query
     * too long (413), or a query that is not allowed or does not compile (422).
     */
    public enum Kind { BAD_REQUEST, NOT_FOUND, TOO_LARGE, UNPROCESSABLE }

    private final Kind kind;
    private final transient List<Candidate> candidates;

    public QueryException(Kind kind, String message, List<Candidate> candidates) {
        super(message);
        this.kind = kind;
        this.candidates = List.copyOf(candidates);
    }

    public QueryException(Kind kind, String message) {
        this(kind, message, List.of());
    }

    public Kind kind() {
        return kind;
    }

    public List<Candidate> candidates() {
        return candidates;
    }
}
