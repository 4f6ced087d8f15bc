package jp.shomu.ledger.ui.output;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import jp.shomu.ledger.domain.imports.ImportMapping;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.report.export.LedgerExport;
import jp.shomu.ledger.report.handover.HandoverBundle;
import jp.shomu.ledger.report.monthly.MonthlyReport;
import jp.shomu.ledger.service.imports.ImportMappingService;
import jp.shomu.ledger.ui.common.FileKind;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.ProgressViewModel;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/**
 * The 帳票 menu: the monthly report, the Excel export and the handover bundle, each offered only to whoever may make
 * it (the services refuse anyone else anyway). Each runs in the background behind the progress dialog.
 */
public final class OutputsViewModel {
    private final Session session;
    private final TaskExecutor executor;
    private final OutputDialogs dialogs;
    private final ReadOnlyBooleanWrapper monthlyReport = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper export = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper handover = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper importCases = new ReadOnlyBooleanWrapper();

    public OutputsViewModel(Session session, TaskExecutor executor, OutputDialogs dialogs) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        session.userProperty().addListener((obs, old, user) -> offer());
        offer();
    }

    private void offer() {
        monthlyReport.set(session.can(Action.MONTHLY_REPORT));
        export.set(session.can(Action.EXPORT));
        handover.set(session.can(Action.EXPORT) && session.user().role() == Role.MANAGER);
        importCases.set(session.can(Action.IMPORT));
    }

    public ReadOnlyBooleanProperty monthlyReportOfferedProperty() {
        return monthlyReport.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportOfferedProperty() {
        return export.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty handoverOfferedProperty() {
        return handover.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importOfferedProperty() {
        return importCases.getReadOnlyProperty();
    }

    /** True when the menu has anything to offer this person. */
    public boolean anyOffered() {
        return monthlyReport.get() || export.get() || handover.get() || importCases.get();
    }

    // Commands

    /** 月次報告書の作成: month and options, the file, then the report behind the progress dialog. */
    public void monthlyReport() {
        StaffMember me = session.user();
        MonthlyReportViewModel choice =
                new MonthlyReportViewModel(session.today(), me.role().isLeaderOrAbove());
        if (!dialogs.showMonthlyReport(choice)) {
            return;
        }
        dialogs.chooseSaveFile(Messages.get("output.monthly.title"), choice.fileName())
                .ifPresent(out -> {
                    ProgressViewModel p =
                            new ProgressViewModel(Messages.get("output.monthly.title"), executor, dialogs);
                    p.run(
                            false,
                            () -> MonthlyReport.write(
                                    session.context(), me, choice.month(), choice.operatorNames(), out, p),
                            figures -> Messages.format("output.written", out.toString()));
                });
    }

    /** 台帳データの出力(Excel): every table to one workbook, sensitive fields masked for those who may not see them. */
    public void export() {
        StaffMember me = session.user();
        String name = "庶務台帳_" + session.today() + ".xlsx";
        dialogs.chooseSaveFile(Messages.get("output.export.title"), name).ifPresent(out -> {
            ProgressViewModel p = new ProgressViewModel(Messages.get("output.export.title"), executor, dialogs);
            p.run(
                    false,
                    () -> LedgerExport.toXlsx(session.context(), me, out, p),
                    summary -> Messages.format("output.exported", out.toString(), Long.toString(summary.rows())));
        });
    }

    /** 引継ぎ資料の作成: into an empty folder; the bundle is moved into place only when complete. */
    public void handover() {
        StaffMember me = session.user();
        dialogs.chooseFolder(Messages.get("output.handover.title")).ifPresent(dir -> writeHandover(me, dir));
    }

    private void writeHandover(StaffMember me, Path dir) {
        ProgressViewModel p = new ProgressViewModel(Messages.get("output.handover.title"), executor, dialogs);
        p.run(
                true,
                () -> new HandoverBundle(HandoverBundle.standardParts(List.of())).write(session.context(), me, dir, p),
                result -> Messages.format("output.written", result.dir().toString()));
    }

    /** 案件の取込み: the file, the column mapping, then the checked preview and, if confirmed, the import. */
    public void importCases() {
        dialogs.chooseOpenFile(Messages.get("import.title"), FileKind.IMPORT).ifPresent(file -> {
            List<String> names = new ImportMappingService(session.context())
                    .all(session.user()).stream().map(ImportMapping::name).toList();
            dialogs.chooseImportMapping(names)
                    .ifPresent(name -> new ImportCasesViewModel(session, executor, dialogs, file, name).start());
        });
    }
}
