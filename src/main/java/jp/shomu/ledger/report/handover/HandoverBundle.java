package jp.shomu.ledger.report.handover;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.reports.HandoverService;
import jp.shomu.ledger.service.workplace.LedgerMigration;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.LedgerCopy;
import jp.shomu.ledger.store.audit.LedgerVerifier;

/**
 * Writes the contract-end handover bundle (spec 8-(2)-③): a verified copy of the ledger, then each part (catalog
 * workbook, installer, …), then 引継書.md and the SHA-256 manifest. The bundle is built in a hidden folder beside
 * the destination and moved into place only when complete, so a failed or cancelled run leaves nothing half made.
 */
public final class HandoverBundle {
    public static final String LEDGER_COPY = "ledger/shomu-ledger.db";

    private final List<BundlePart> parts;

    public HandoverBundle(List<BundlePart> parts) {
        this.parts = List.copyOf(parts);
    }

    /** The parts every bundle has. The report engineer's full Excel export joins this list as one more part. */
    public static List<BundlePart> standardParts(List<Path> packages) {
        return List.of(new CatalogWorkbookPart(), new LedgerExportPart(), new PackagePart(packages));
    }

    /** Reports progress; the UI shows it in a progress bar. Interrupting the thread cancels the run. */
    @FunctionalInterface
    public interface Listener {
        void step(String title, int done, int total);
    }

    public record Result(Path dir, List<BundleFile> files, String manifestSha256, LedgerVerifier.Result verified) {}

    public Result write(LedgerContext ledger, StaffMember who, Path out, Listener listener) {
        Path target = out.toAbsolutePath().normalize();
        requireEmptyOrAbsent(target);
        new HandoverService(ledger).recordHandover(who, target.getFileName().toString());
        Path staging = target.resolveSibling("." + target.getFileName() + ".partial-"
                + ProcessHandle.current().pid());
        try {
            Files.createDirectories(staging);
            Result result = writeInto(ledger, who, staging, listener);
            Files.deleteIfExists(target);
            Files.move(staging, target);
            return new Result(target, result.files(), result.manifestSha256(), result.verified());
        } catch (IOException e) {
            throw new UncheckedIOException("引継ぎ資料を書けません: " + target + "(" + e.getMessage() + ")", e);
        } finally {
            FileTrees.deleteQuietly(staging);
        }
    }

    /**
     * The bundle's ledger is always a file, so a successor can open it without a server: a file ledger is copied
     * (VACUUM INTO), a server ledger moved back into a file by the verified reverse migration (issue #19).
     */
    private static void copyLedger(LedgerContext ledger, StaffMember who, Path copy) {
        if (ledger.ledger().isOnServer()) {
            LedgerMigration.migrate(
                    ledger.location(),
                    LedgerLocation.of(copy),
                    who.login(),
                    ledger.clock(),
                    (table, rows, total) -> {});
        } else {
            LedgerCopy.vacuumInto(ledger.ledger(), copy);
        }
    }

    private Result writeInto(LedgerContext ledger, StaffMember who, Path root, Listener listener) throws IOException {
        int total = parts.size() + 3;
        Instant now = ledger.ledger().clock().instant();
        listener.step("台帳の写しと検査", 0, total);
        Path copy = root.resolve(LEDGER_COPY);
        Files.createDirectories(copy.getParent());
        copyLedger(ledger, who, copy);
        List<BundleFile> files = new ArrayList<>();
        files.add(new BundleFile(LEDGER_COPY, "台帳の写し(SQLite 形式。作成時点の全データ、監査ログを含む)。" + "アプリで開くか、SQLite のツールで読めます"));
        LedgerVerifier.Result verified;
        try (LedgerContext snapshot =
                new LedgerContext(Ledger.open(copy, ledger.ledger().clock()))) {
            verified = LedgerVerifier.verify(snapshot.ledger());
            if (!verified.ok()) {
                throw new LedgerException(
                        LedgerProblem.VERIFY_FAILED,
                        "台帳の写しの検査で問題が見つかったため、引継ぎ資料を作りませんでした: " + String.join(" / ", verified.problems()));
            }
            BundleSource source = new BundleSource(snapshot, ledger.location(), who, now, verified);
            for (int i = 0; i < parts.size(); i++) {
                checkCancelled();
                listener.step(parts.get(i).title(), i + 1, total);
                files.addAll(parts.get(i).write(source, root));
            }
            checkCancelled();
            listener.step("引継書", parts.size() + 1, total);
            files.add(HandoverGuide.write(source, files, root));
        }
        Ledger.removeSideFiles(copy); // the disclosure recorded in the copy left an empty journal and queue file
        listener.step("SHA-256 の一覧", parts.size() + 2, total);
        String manifestSha = Manifest.write(root);
        listener.step("完了", total, total);
        return new Result(root, files, manifestSha, verified);
    }

    private static void checkCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("引継ぎ資料の作成を取り消しました。途中のファイルは残していません。");
        }
    }

    private static void requireEmptyOrAbsent(Path target) {
        if (!Files.exists(target)) {
            return;
        }
        boolean empty;
        try (var entries = Files.list(target)) {
            empty = entries.findAny().isEmpty();
        } catch (IOException e) {
            empty = false;
        }
        if (!empty) {
            throw new InvalidInputException("出力先がすでにあり、空ではありません。上書きはしません: " + target + "\n新しいフォルダ名を指定してください。");
        }
    }
}
