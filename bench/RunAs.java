import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;

import jp.shomu.ledger.app.cli.Cli;
import jp.shomu.ledger.app.cli.CliEnvironment;

/**
 * Runs one command of the app as a given roster login, each output line prefixed with the seconds since the start.
 * For measuring commands that need a 管理責任者 on a ledger made by `bench generate` (login bench-admin), whose roster
 * does not hold the OS login of the machine measuring. A measuring aid run from the source tree, not part of the app:
 *
 *   java -cp target/shomu-ledger.jar bench/RunAs.java bench-admin archive --ledger /tmp/ledger50k.db --fiscal-year 2022
 */
public final class RunAs {
    public static void main(String[] args) {
        long start = System.nanoTime();
        PrintWriter out = new PrintWriter(new Timestamped(new PrintWriter(System.out, true), start), true);
        PrintWriter err = new PrintWriter(new Timestamped(new PrintWriter(System.err, true), start), true);
        String[] command = java.util.Arrays.copyOfRange(args, 1, args.length);
        int code = new Cli(new CliEnvironment(args[0], Clock.systemUTC(), out, err)).run(command);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Prefixes each line with "[  12.3 s] ". */
    private static final class Timestamped extends Writer {
        private final PrintWriter to;
        private final long start;
        private boolean lineStart = true;

        Timestamped(PrintWriter to, long start) {
            this.to = to;
            this.start = start;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (lineStart) {
                    to.printf("[%7.1f s] ", (System.nanoTime() - start) / 1e9);
                    lineStart = false;
                }
                to.print(buf[i]);
                lineStart = buf[i] == '\n';
            }
        }

        @Override
        public void flush() {
            to.flush();
        }

        @Override
        public void close() {
            to.flush();
        }
    }
}
