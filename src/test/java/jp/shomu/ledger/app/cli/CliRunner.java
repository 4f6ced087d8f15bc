package jp.shomu.ledger.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import jp.shomu.ledger.domain.calendar.JapanTime;

/** Runs the command line in-process as a given login, capturing what it prints. */
public final class CliRunner {
    public static final Clock FIXED = Clock.fixed(Instant.parse("2027-04-12T01:00:00Z"), JapanTime.ZONE);

    private final String login;
    private final Clock clock;

    public CliRunner(String login) {
        this(login, FIXED);
    }

    public CliRunner(String login, Clock clock) {
        this.login = login;
        this.clock = clock;
    }

    public record Result(int code, String out, String err) {
        public String line() {
            return out.strip();
        }
    }

    /** Runs {@code args} on the ledger file, adding --ledger at the end. */
    public Result onLedger(java.nio.file.Path ledger, String... args) {
        String[] withLedger = java.util.Arrays.copyOf(args, args.length + 2);
        withLedger[args.length] = "--ledger";
        withLedger[args.length + 1] = ledger.toString();
        return run(withLedger);
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Cli(new CliEnvironment(login, clock, new PrintWriter(out), new PrintWriter(err)))
                .with(jp.shomu.ledger.app.bench.BenchCommand.class)
                .run(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Makes a new ledger file {@code ledger.db} in {@code dir} with {@code init} (which must succeed) and returns it. */
    public java.nio.file.Path init(java.nio.file.Path dir) {
        java.nio.file.Path ledger = dir.resolve("ledger.db");
        Result r = run("init", "--ledger", ledger.toString());
        org.junit.jupiter.api.Assertions.assertEquals(0, r.code(), r.err());
        return ledger;
    }

    /** Runs {@code args} on the ledger, which must succeed; its output with any \r removed. */
    public String ok(java.nio.file.Path ledger, String... args) {
        Result r = onLedger(ledger, args);
        org.junit.jupiter.api.Assertions.assertEquals(0, r.code(), r.err());
        return r.out().replace("\r", "");
    }

    /** Runs a command on a ledger file: {@code args} followed by --ledger FILE. */
    public Result on(java.nio.file.Path ledger, String... args) {
        String[] withLedger = java.util.Arrays.copyOf(args, args.length + 2);
        withLedger[args.length] = "--ledger";
        withLedger[args.length + 1] = ledger.toString();
        return run(withLedger);
    }
}
