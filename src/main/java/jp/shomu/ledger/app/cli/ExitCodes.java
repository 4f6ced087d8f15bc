package jp.shomu.ledger.app.cli;

/** The command line's exit codes; fixed by contract, scripts and outside checks rely on them. */
public final class ExitCodes {
    public static final int DONE = 0;
    public static final int INVALID = 1;
    public static final int LEDGER_PROBLEM = 2;
    public static final int CONFLICT = 3;

    private ExitCodes() {}
}
