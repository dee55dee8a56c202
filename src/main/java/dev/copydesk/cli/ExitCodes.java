package dev.copydesk.cli;

/** The exit codes of the command line; anything else is a bug. */
public final class ExitCodes {

    /** No finding at or above the failure threshold. */
    public static final int OK = 0;
    /** Findings at or above {@code --fail-on}, or more warnings than {@code --max-warnings}. */
    public static final int FINDINGS = 1;
    /** A usage, config or input error: a bad option, a bad config file, a file that cannot be read. */
    public static final int INPUT_ERROR = 2;
    /** A bug in Copydesk itself; a stack trace is printed. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCodes() {
    }
}
