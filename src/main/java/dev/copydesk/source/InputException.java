package dev.copydesk.source;

/**
 * A problem with the user's input (an unreadable or undecodable file, a bad config or rule file), reported as one
 * line naming the file and the problem, never with a stack trace.
 */
public class InputException extends Exception {

    private final String path;

    public InputException(String path, String message) {
        super(message);
        this.path = path;
    }

    public InputException(String path, String message, Throwable cause) {
        super(message, cause);
        this.path = path;
    }

    /** The file the problem is in, as the user named it. */
    public String path() {
        return path;
    }

    /** {@code path: message}, the one line shown to the user. */
    public String oneLine() {
        return path + ": " + getMessage();
    }
}
