package jp.shomu.ledger.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One writer's record of its successful writes, one line each, written right after the commit returned: the
 * harness compares the union of all logs with the final ledger. Flushed per line, so a killed process loses at
 * most the line of a write whose commit had just returned.
 */
final class WriteLog implements AutoCloseable {
    /** One logged write. kind: C created, U updated subject, S started, T ticked, K commented. */
    record Entry(String writer, char kind, long caseId, long version, String detail) {}

    private final String writer;
    private final BufferedWriter out;

    WriteLog(Path file, String writer) {
        this.writer = writer;
        try {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void log(char kind, long caseId, long version, String detail) {
        try {
            out.write(kind + "\t" + caseId + "\t" + version + "\t" + detail + "\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Entry> read(Path file, String writer) {
        List<Entry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] p = line.split("\t", 4);
                if (p.length == 4) {
                    entries.add(new Entry(writer, p[0].charAt(0), Long.parseLong(p[1]), Long.parseLong(p[2]), p[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
