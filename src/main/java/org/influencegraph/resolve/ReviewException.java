package org.influencegraph.resolve;

/** A merge, undo or review decision that cannot be made as asked, and why. */
public final class ReviewException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A bad request (400), something it names that does not exist (404), or a state that forbids it (409). */
    public enum Kind { BAD_REQUEST, NOT_FOUND, CONFLICT }

    private final Kind kind;

    public ReviewException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
