package jp.shomu.ledger.service.workplace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.AuditLog;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.audit.HeadRecord;
import jp.shomu.ledger.store.audit.LedgerBackup;
import jp.shomu.ledger.store.audit.LedgerVerifier;

/**
 * Daily and monthly backup generations of a ledger, each checked before it counts, and a restore that never
 * overwrites without being told to and keeps the replaced file aside.
 */
public final class BackupService {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");

    private BackupService() {}

    /** How many generations to keep. */
    public record Generations(int daily, int monthly) {
        public Generations {
            if (daily < 1 || monthly < 0) {
                throw new IllegalArgumentException("日次は1以上、月次は0以上を指定してください");
            }
        }
    }

    public record Outcome(
            Path daily, Path monthly, long lockMillis, long bytes, LedgerVerifier.Result check, List<Path> removed) {}

    /**
     * Takes a checked backup as {@code actor} (業務責任者, 管理責任者 or the scheduled task's account named on the
     * roster). The backup is audited before the copy, so the copy holds its own record, and the chain head is
     * recorded beside the ledger (HeadRecord).
     */
    public static Outcome backup(LedgerContext ctx, StaffMember actor, Path dir, Generations keep, Clock clock) {
        Permissions.requireBackup(actor);
        Ledger ledger = ctx.ledger();
        ledger.location().requireFile("アプリのバックアップ");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new LedgerException(
                    LedgerProblem.UNREACHABLE, "バックアップ先のフォルダを作れません: " + dir + "(" + e.getMessage() + ")", e);
        }
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(JapanTime.ZONE));
        String stem = stem(ledger.file());
        Path daily = dir.resolve(stem + "-daily-" + STAMP.format(now) + ".db");
        if (Files.exists(daily)) {
            throw new LedgerException(LedgerProblem.ALREADY_EXISTS, "同じ時刻のバックアップがすでにあります: " + daily);
        }
        ledger.write(actor.login(), tx -> {
            tx.audit(
                    "backup",
                    daily.getFileName().toString(),
                    "バックアップ",
                    null,
                    Json.write(Map.of(
                            "file",
                            daily.getFileName().toString(),
                            "folder",
                            dir.toAbsolutePath().toString())));
            return null;
        });
        LedgerBackup.Copy copy = LedgerBackup.copy(ledger, daily);
        HeadRecord.follow(ledger);
        LedgerVerifier.Result check = LedgerBackup.verify(daily, clock);
        if (!check.ok()) {
            Path bad = daily.resolveSibling(daily.getFileName() + ".検査NG");
            move(daily, bad);
            throw new LedgerException(
                    LedgerProblem.VERIFY_FAILED,
                    "バックアップの検査で問題が見つかりました(元の台帳を verify で確認してください): " + String.join(" / ", check.problems())
                            + "\n検査に通らなかった写しは " + bad + " に残しました。");
        }
        Path monthly = null;
        if (keep.monthly() > 0) {
            Path m = dir.resolve(stem + "-monthly-" + MONTH.format(now) + ".db");
            if (!Files.exists(m)) {
                copyFile(daily, m);
                monthly = m;
            }
        }
        List<Path> removed = new ArrayList<>(rotate(dir, stem + "-daily-", keep.daily()));
        removed.addAll(rotate(dir, stem + "-monthly-", keep.monthly()));
        return new Outcome(daily, monthly, copy.lockMillis(), copy.bytes(), check, removed);
    }

    /**
     * Puts {@code backup} in place of {@code ledger}. An existing ledger is replaced only with {@code replace},
     * only while nobody is writing to it, and is kept aside (with its journal) under a dated name.
     *
     * @return where the replaced ledger was kept, or null if there was none
     */
    public static Path restore(String login, Path backup, Path ledger, boolean replace, Clock clock) {
        requireRestorer(login, backup, ledger, clock);
        String replacedHead = headOf(ledger, clock);
        LedgerVerifier.Result check = LedgerBackup.verify(backup, clock);
        if (!check.ok()) {
            throw new LedgerException(
                    LedgerProblem.VERIFY_FAILED,
                    "このバックアップは検査に通りません。別の世代を選んでください: " + String.join(" / ", check.problems()));
        }
        Path target = ledger.toAbsolutePath();
        Path aside = null;
        if (Files.exists(target)) {
            if (!replace) {
                throw new LedgerException(
                        LedgerProblem.ALREADY_EXISTS,
                        "台帳ファイルがすでにあります。上書きはしません: " + target
                                + "\n置き換えるときは、全員がアプリを閉じてから --replace を付けて実行してください(今のファイルは別名で残します)。");
            }
            requireNobodyWriting(target, clock);
            aside = target.resolveSibling(target.getFileName() + ".replaced-"
                    + STAMP.format(ZonedDateTime.now(clock.withZone(JapanTime.ZONE))));
            move(target, aside);
            Path journal = target.resolveSibling(target.getFileName() + "-journal");
            if (Files.exists(journal)) {
                move(journal, aside.resolveSibling(aside.getFileName() + "-journal"));
            }
        }
        Path part = target.resolveSibling(target.getFileName() + ".restore-part");
        copyFile(backup, part);
        move(part, target);
        try (Ledger restored = Ledger.open(target, clock)) {
            Path kept = aside;
            restored.write(login, tx -> {
                Map<String, String> after = new java.util.TreeMap<>();
                after.put("from", backup.getFileName().toString());
                after.put("replacedHead", replacedHead);
                after.put("keptAside", kept == null ? "" : kept.getFileName().toString());
                tx.audit("restore", backup.getFileName().toString(), "バックアップから復元", null, Json.write(after));
                return null;
            });
            // the restored head is older than the one recorded: this restore was made with the app, so it is the new
            // record
            HeadRecord.replace(restored);
        }
        return aside;
    }

    /**
     * Only a 管理責任者 restores: as the live ledger's roster has them (checked against its audit image), or, when
     * there is no usable live ledger, as the backup's roster has them.
     */
    private static void requireRestorer(String login, Path backup, Path ledger, Clock clock) {
        Path rosterFrom = ledger;
        if (!Files.exists(ledger)) {
            rosterFrom = backup;
        }
        LedgerContext ctx;
        try {
            ctx = LedgerContext.open(rosterFrom, clock);
        } catch (LedgerException e) {
            if (rosterFrom.equals(backup)) {
                throw e;
            }
            // a damaged or rolled-back live ledger: the backup's roster decides
            ctx = LedgerContext.open(backup, clock);
        }
        try (LedgerContext c = ctx) {
            Permissions.require(c.whoIs(login), Action.RESTORE);
        }
    }

    private static String headOf(Path ledger, Clock clock) {
        if (!Files.exists(ledger)) {
            return "";
        }
        try (Ledger l = Ledger.open(ledger, clock)) {
            AuditLog.Head h = l.read(AuditLog::head);
            return h.seq() + ":" + h.hash();
        } catch (LedgerException e) {
            return "(読めません)";
        }
    }

    private static void requireNobodyWriting(Path target, Clock clock) {
        try {
            LedgerBackup.requireNobodyWriting(target, clock);
        } catch (LedgerException e) {
            if (e.problem() == LedgerProblem.BUSY || e.problem() == LedgerProblem.UNREACHABLE) {
                throw new LedgerException(e.problem(), "台帳は今ほかの人が使用中です。全員がアプリを閉じてから復元してください: " + target, e);
            }
            // a damaged or foreign file is exactly what a restore replaces: it is kept aside below
        }
    }

    private static List<Path> rotate(Path dir, String prefix, int keep) {
        List<Path> old;
        try (Stream<Path> s = Files.list(dir)) {
            old = s.filter(p -> p.getFileName().toString().startsWith(prefix)
                            && p.getFileName().toString().endsWith(".db"))
                    .sorted((a, b) ->
                            b.getFileName().toString().compareTo(a.getFileName().toString()))
                    .skip(keep)
                    .toList();
        } catch (IOException e) {
            throw new LedgerException(LedgerProblem.UNREACHABLE, "バックアップ先を読めません: " + dir, e);
        }
        for (Path p : old) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                throw new LedgerException(LedgerProblem.UNREACHABLE, "古いバックアップを削除できません: " + p, e);
            }
        }
        return old;
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LedgerException(
                    LedgerProblem.UNREACHABLE, "ファイルを移動できません: " + from + " → " + to + "(" + e.getMessage() + ")", e);
        }
    }

    private static void copyFile(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new LedgerException(
                    LedgerProblem.UNREACHABLE, "ファイルをコピーできません: " + from + " → " + to + "(" + e.getMessage() + ")", e);
        }
    }
}
