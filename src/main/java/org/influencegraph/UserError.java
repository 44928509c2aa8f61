package org.influencegraph;

/**
 * The one error of the domain: something asked that cannot be done as asked (a port in use, a wrong password, a
 * bad file, an unknown id), and what kind of problem it is. The command line prints its message as one line,
 * without a stack trace unless {@code --debug} asks for it; the HTTP API answers each kind with its status, in one
 * place ({@code http/ApiErrors}).
 */
public class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What the caller has to change; each kind is one HTTP status. */
    public enum Kind {
        /** A bad parameter, field, option or file (400). */
        INVALID,
        /** No credentials, or wrong ones (401). */
        UNAUTHENTICATED,
        /** Credentials that do not allow this (403). */
        FORBIDDEN,
        /** Something it names does not exist (404). */
        NOT_FOUND,
        /** The state of what it names forbids it (409). */
        CONFLICT,
        /** A body sent without its length (411). */
        LENGTH_REQUIRED,
        /** A request, query or article too large (413). */
        TOO_LARGE,
        /** A host name this server does not answer for (421). */
        MISDIRECTED,
        /** Well-formed, but it cannot be run or read as sent (422). */
        UNPROCESSABLE,
        /** The server is at its limit; retry in a moment (429). */
        BUSY,
        /** It ran over its time and was stopped (503). */
        TIMED_OUT,
        /** The database cannot be reached (503). */
        UNAVAILABLE
    }

    private final Kind kind;

    /** A bad input: {@link Kind#INVALID}. */
    public UserError(String message) {
        this(Kind.INVALID, message);
    }

    public UserError(String message, Throwable cause) {
        this(Kind.INVALID, message, cause);
    }

    public UserError(Kind kind, String message) {
        this(kind, message, null);
    }

    public UserError(Kind kind, String message, Throwable cause) {
        this(kind, message, cause, true);
    }

    private UserError(Kind kind, String message, Throwable cause, boolean stackTrace) {
        super(message, cause, true, stackTrace);
        this.kind = kind;
    }

    /** A refusal that comes often under load (busy, no token): no stack trace to fill, none worth printing. */
    public static UserError refusal(Kind kind, String message) {
        return new UserError(kind, message, null, false);
    }

    public Kind kind() {
        return kind;
    }
}
