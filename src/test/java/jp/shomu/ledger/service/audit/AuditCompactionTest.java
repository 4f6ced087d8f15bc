package jp.shomu.ledger.service.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.shomu.ledger.app.cli.CliRunner;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.ProgressSink;
import jp.shomu.ledger.service.reports.MonthlyReportService;
import jp.shomu.ledger.store.AuditCompaction;
import jp.shomu.ledger.store.AuditImages;
import jp.shomu.ledger.store.AuditLog;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.cases.CasesAsOf;
import jp.shomu.ledger.testing.FileOnly;
import jp.shomu.ledger.testing.TestBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compact audit images over the sample ledger's whole trail: every image comes back exactly, the chain proves
 * the same, a tampered compact row is found, and a ledger written in the old form is converted in place by a run
 * that can be stopped anywhere, leaving the month figures and the case table as of each month's end unchanged.
 */
@FileOnly(
        "compacting audit images in place is the file's size problem; a server stores them as text and compresses them itself")
class AuditCompactionTest {
    @TempDir
    static Path dir;

    private static final CliRunner CLI = new CliRunner("manager");
    private static Path sample;
    private static Path oldForm;

    @BeforeAll
    static void sampleAndItsOldForm() throws Exception {
        sample = dir.resolve("sample.db");
        CliRunner.Result r = CLI.run("init", "--ledger", sample.toString(), "--sample");
        assertEquals(0, r.code(), r.err());
        oldForm = dir.resolve("old-form.db");
        Files.copy(sample, oldForm);
        // the form every row had before: the images' JSON as text
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + oldForm)) {
            for (Object[] row : rows(c, "SELECT seq, before, after FROM audit_log WHERE typeof(after) = 'blob'")) {
                try (PreparedStatement ps =
                        c.prepareStatement("UPDATE audit_log SET before = ?, after = ? WHERE seq = ?")) {
                    ps.setObject(1, AuditImages.text(row[1]));
                    ps.setObject(2, AuditImages.text(row[2]));
                    ps.setObject(3, row[0]);
                    ps.executeUpdate();
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("VACUUM");
            }
        }
    }

    @Test
    void everyCompactImageOfTheSampleTrailComesBackExactly() throws Exception {
        Map<Long, Object[]> compact = bySeq(sample);
        Map<Long, Object[]> text = bySeq(oldForm);
        assertEquals(text.keySet(), compact.keySet());
        int blobs = 0;
        for (Map.Entry<Long, Object[]> e : text.entrySet()) {
            Object[] c = compact.get(e.getKey());
            for (int i = 0; i < 2; i++) {
                assertEquals(e.getValue()[i], AuditImages.text(c[i]), "row " + e.getKey());
                if (c[i] instanceof byte[] blob) {
                    blobs++;
                    assertTrue(
                            blob.length < ((String) e.getValue()[i]).getBytes("UTF-8").length / 3, "row " + e.getKey());
                }
            }
        }
        assertTrue(blobs > 15_000, "compact images: " + blobs);
    }

    @Test
    void theSampleKeepsAtMost7400BytesOfAuditPerCase() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sample)) {
            long bytes = ((Number) rows(
                                    c,
                                    "SELECT SUM(pgsize) FROM dbstat WHERE name IN"
                                            + " (SELECT name FROM sqlite_schema WHERE tbl_name = 'audit_log')")
                            .get(0)[0])
                    .longValue();
            long cases = ((Number) rows(c, "SELECT COUNT(*) FROM case_file").get(0)[0]).longValue();
            long auditRows = ((Number) rows(c, "SELECT COUNT(*) FROM audit_log").get(0)[0]).longValue();
            assertTrue(bytes / cases <= 7_400, bytes / cases + " bytes per case");
            assertTrue(auditRows >= 13 * cases, "the same work per case: " + auditRows + " rows");
        }
    }

    @Test
    void aTamperedCompactRowIsFoundByVerify() throws Exception {
        Path copy = copyOf(sample, "tampered.db");
        long seq;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
            Object[] row = rows(
                            c,
                            "SELECT seq, after FROM audit_log WHERE typeof(after) = 'blob' ORDER BY seq LIMIT 1 OFFSET 500")
                    .get(0);
            seq = ((Number) row[0]).longValue();
            String altered = AuditImages.text(row[1]).replace("\"version\":\"", "\"version\":\"9");
            assertNotEquals(AuditImages.text(row[1]), altered);
            update(c, "UPDATE audit_log SET after = ? WHERE seq = ?", AuditImages.stored("case", altered), seq);
        }
        CliRunner.Result r = CLI.run("verify", "--ledger", copy.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(
                (r.out() + r.err()).contains("監査ログの行 " + seq + " の内容が記録後に変更されています"),
                "row " + seq + ": " + r.out() + r.err());

        // bytes that are no compact image at all are a broken row too, not a failure of verify
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
            update(c, "UPDATE audit_log SET after = ? WHERE seq = ?", new byte[] {1, 7, 7, 7}, seq);
        }
        r = CLI.run("verify", "--ledger", copy.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(
                (r.out() + r.err()).contains("監査ログの行 " + seq + " の内容が記録後に変更されています"),
                "row " + seq + ": " + r.out() + r.err());
    }

    @Test
    void anOldLedgerIsConvertedInPlaceByARunThatCanBeStoppedAnywhere() throws Exception {
        Path file = copyOf(oldForm, "converted.db");
        String anchor = anchorAt(oldForm, "2027-02-28");
        Map<YearMonth, String> figuresBefore = figures(file);
        Map<YearMonth, List<List<Object>>> asOfBefore = casesAsOf(file);
        try (LedgerContext ctx = TestBackend.openContext(file, CliRunner.FIXED)) {
            long pending = AuditCompaction.pending(ctx.ledger());
            assertTrue(pending > 10_000, "pending " + pending);
            // stopped inside a batch: the batch's transaction is rolled back whole
            assertThrows(
                    IllegalStateException.class,
                    () -> ctx.ledger().write("manager", tx -> {
                        AuditCompaction.compactBatch(tx, 0, 2_000);
                        throw new IllegalStateException("stopped mid-batch");
                    }));
            assertEquals(pending, AuditCompaction.pending(ctx.ledger()));
            // stopped between batches: what was committed stays, the rest is still pending
            List<String> progress = new ArrayList<>();
            assertThrows(
                    IllegalStateException.class,
                    () -> new AuditCompactor(ctx).compact(ctx.whoIs("manager"), 1_000, line -> {
                        progress.add(line);
                        if (progress.size() == 3) {
                            throw new IllegalStateException("stopped after three batches");
                        }
                    }));
            long left = AuditCompaction.pending(ctx.ledger());
            assertTrue(left > 0 && left < pending, left + " of " + pending);
            // an operator may not run it
            String operator = (String) ctx.ledger()
                    .read(c -> rows(c, "SELECT login FROM staff WHERE role = 'OPERATOR' LIMIT 1"))
                    .get(0)[0];
            assertThrows(
                    RuntimeException.class, () -> new AuditCompactor(ctx).compact(ctx.whoIs(operator), 500, l -> {}));
        }
        CliRunner.Result r = CLI.run("audit", "compact", "--ledger", file.toString(), "--batch", "700");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("検査は正常"), r.out());
        try (LedgerContext ctx = TestBackend.openContext(file, CliRunner.FIXED)) {
            assertEquals(0, AuditCompaction.pending(ctx.ledger()));
            assertTrue(AuditLog.verify(ctx.ledger()).isEmpty());
        }
        assertEquals(
                0,
                CLI.run("verify", "--ledger", file.toString(), "--anchor", anchor)
                        .code());
        assertEquals(anchor, anchorAt(file, "2027-02-28"));
        assertEquals(figuresBefore, figures(file));
        assertEquals(asOfBefore, casesAsOf(file));
        assertTrue(Files.size(file) < Files.size(oldForm) / 2, "the file gave its pages back");
        // a second run finds nothing left to do
        r = CLI.run("audit", "compact", "--ledger", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("開始時に未変換 0 行"), r.out());
    }

    private static String anchorAt(Path file, String day) {
        CliRunner.Result r = CLI.run("audit", "head", "--ledger", file.toString(), "--date", day);
        assertEquals(0, r.code(), r.err());
        return r.out()
                .lines()
                .filter(l -> l.startsWith("anchor="))
                .findFirst()
                .orElseThrow()
                .substring(7);
    }

    /** The figures as printed (the records hold tallies compared by their text). */
    private static Map<YearMonth, String> figures(Path file) {
        Map<YearMonth, String> all = new TreeMap<>();
        try (LedgerContext ctx = TestBackend.openContext(file, CliRunner.FIXED)) {
            for (YearMonth m : months()) {
                all.put(
                        m,
                        new MonthlyReportService(ctx)
                                .figures(ctx.whoIs("manager"), m, true, ProgressSink.NONE)
                                .toString());
            }
        }
        return all;
    }

    private static Map<YearMonth, List<List<Object>>> casesAsOf(Path file) {
        Map<YearMonth, List<List<Object>>> all = new TreeMap<>();
        try (LedgerContext ctx = TestBackend.openContext(file, CliRunner.FIXED)) {
            for (YearMonth m : months()) {
                Instant cut =
                        m.plusMonths(1).atDay(1).atStartOfDay(JapanTime.ZONE).toInstant();
                all.put(
                        m,
                        ctx.ledger()
                                .read(c -> Sql.query(
                                        c,
                                        CasesAsOf.with() + "SELECT * FROM f ORDER BY id",
                                        rs -> {
                                            List<Object> row = new ArrayList<>();
                                            for (int i = 1;
                                                    i <= rs.getMetaData().getColumnCount();
                                                    i++) {
                                                row.add(rs.getObject(i));
                                            }
                                            return row;
                                        },
                                        CasesAsOf.params(cut))));
            }
        }
        return all;
    }

    private static List<YearMonth> months() {
        return List.of(YearMonth.of(2027, 1), YearMonth.of(2027, 2), YearMonth.of(2027, 3));
    }

    private static Map<Long, Object[]> bySeq(Path file) throws Exception {
        Map<Long, Object[]> m = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (Object[] row : rows(c, "SELECT seq, before, after FROM audit_log")) {
                m.put(((Number) row[0]).longValue(), Arrays.copyOfRange(row, 1, 3));
            }
        }
        return m;
    }

    private static Path copyOf(Path file, String name) throws Exception {
        return Files.copy(file, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void update(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    private static List<Object[]> rows(Connection c, String sql) throws java.sql.SQLException {
        List<Object[]> out = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                out.add(row);
            }
        }
        return out;
    }
}
