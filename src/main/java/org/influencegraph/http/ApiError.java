package org.influencegraph.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.influencegraph.resolve.ActorResolver.Candidate;

/**
 * The body of every error answer: what went wrong, and what to do about it; for a name that matches no
 * actor or several, the candidates to choose from; for a failure of the server, the request id its log names.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String detail, List<Candidate> candidates, String requestId) {

    public ApiError(String error, String detail, List<Candidate> candidates) {
        this(error, detail, candidates, null);
    }

    public ApiError(String error, String detail) {
        this(error, detail, null, null);
    }
}
