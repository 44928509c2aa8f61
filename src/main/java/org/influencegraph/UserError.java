package org.influencegraph;

/**
 * A problem the user can fix (a port in use, a wrong password, a bad file). The command line prints
 * its message as one line, without a stack trace unless {@code --debug} asks for it.
 */
public class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
