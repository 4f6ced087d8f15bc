package jp.shomu.ledger.app.cli;

import java.nio.file.Path;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import picocli.CommandLine.Option;

/** A printable A4 workbook of one centre record (incident report, improvement report, meeting material). */
abstract class CentreDocumentCommand extends CaseCommand.Acting {
    @Option(names = "--id", required = true, paramLabel = "ID")
    long id;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx")
    Path out;

    @Override
    final Integer run(LedgerContext ctx, StaffMember me) {
        write(ctx, me, id, out);
        out().println(done(id) + ": " + out.toAbsolutePath());
        return ExitCodes.DONE;
    }

    abstract void write(LedgerContext ctx, StaffMember me, long recordId, Path file);

    /** What was made, in words, e.g. 「事案 3 の報告書を作成しました」. */
    abstract String done(long recordId);
}
