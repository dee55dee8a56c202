package dev.copydesk.rule;

/**
 * A rule stopped because it ran past its time budget on one document, as a user-written regular expression that
 * backtracks catastrophically does. The message names the culprit, with its place in the rule file when known. The
 * engine reports it as an error in the user's rules, not as a bug, and goes on with the other rules.
 */
public final class RuleTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RuleTimeoutException(String message) {
        super(message);
    }
}
