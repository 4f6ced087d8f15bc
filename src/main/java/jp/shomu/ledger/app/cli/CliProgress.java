package jp.shomu.ledger.app.cli;

import java.io.PrintWriter;
import jp.shomu.ledger.service.ProgressSink;

/** Progress on the command line: each new step once on stderr, and a count every 10 % of a long step. */
final class CliProgress implements ProgressSink {
    private final PrintWriter err;
    private String lastMessage = "";
    private long lastTenth = -1;

    CliProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void progress(long done, long total, String message) {
        if (!message.equals(lastMessage)) {
            err.println("・" + message);
            lastMessage = message;
            lastTenth = -1;
        }
        if (total >= 10_000) {
            long tenth = done * 10 / total;
            if (tenth != lastTenth) {
                err.println("  " + String.format("%,d / %,d", done, total));
                lastTenth = tenth;
            }
        }
        err.flush();
    }

    @Override
    public boolean cancelled() {
        return false;
    }
}
