package org.influencegraph.query;

import java.util.List;
import org.influencegraph.UserError;
import org.influencegraph.resolve.ActorResolver.Candidate;

/** A name that matches no actor (404) or several (400), with the candidates to choose from. */
public final class UnresolvedActor extends UserError {

    private static final long serialVersionUID = 1L;

    private final transient List<Candidate> candidates;

    public UnresolvedActor(Kind kind, String message, List<Candidate> candidates) {
        super(kind, message);
        this.candidates = List.copyOf(candidates);
    }

    public List<Candidate> candidates() {
        return candidates;
    }
}
