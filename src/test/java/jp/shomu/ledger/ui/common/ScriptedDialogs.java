package jp.shomu.ledger.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.ui.caseform.CaseDrafts;
import jp.shomu.ledger.ui.caseform.CaseFormDialogs;
import jp.shomu.ledger.ui.caseform.check.DoubleCheckViewModel;
import jp.shomu.ledger.ui.caseform.conflict.ConflictViewModel;
import jp.shomu.ledger.ui.caseform.flow.ReasonViewModel;
import jp.shomu.ledger.ui.main.MainDialogs;
import jp.shomu.ledger.ui.output.ImportCasesViewModel;
import jp.shomu.ledger.ui.output.MonthlyReportViewModel;

/** Answers dialogs the way a test scripts it, and remembers what was shown. */
public final class ScriptedDialogs implements MainDialogs {
    public final List<String> errors = new ArrayList<>();
    public boolean confirmAnswer = true;
    public Predicate<DoubleCheckViewModel> doubleCheck = vm -> false;
    public Predicate<ReasonViewModel> reason = vm -> false;
    public Function<ConflictViewModel, ConflictViewModel.Resolution> conflict =
            vm -> ConflictViewModel.Resolution.CANCEL;
    public ConflictViewModel lastConflict;
    public Optional<TaskType> taskType = Optional.empty();
    public Optional<Path> ledgerFile = Optional.empty();
    public int confirmations;

    @Override
    public void showError(String message) {
        errors.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations++;
        return confirmAnswer;
    }

    @Override
    public boolean showDoubleCheck(DoubleCheckViewModel model) {
        return doubleCheck.test(model);
    }

    /** How 確認依頼's dialog (optional note and checker) is answered: confirmed as it stands unless told. */
    public Predicate<ReasonViewModel> submit = vm -> true;

    @Override
    public boolean showReason(ReasonViewModel model) {
        return model.purpose() == ReasonViewModel.Purpose.SUBMIT ? submit.test(model) : reason.test(model);
    }

    /** How the person answers the close question for a case with unsaved edits (保存して閉じる unless told). */
    public CaseFormDialogs.CloseChoice closeChoice = CaseFormDialogs.CloseChoice.SAVE;

    public final List<String> closeAsked = new ArrayList<>();

    @Override
    public CaseFormDialogs.CloseChoice askCloseDirty(String caseTitle) {
        closeAsked.add(caseTitle);
        return closeChoice;
    }

    /** How the 関連付け dialog is answered: cancelled unless told (the test fills the model and returns true). */
    public Predicate<jp.shomu.ledger.ui.caseform.LinkCaseViewModel> linkCase = vm -> false;

    @Override
    public boolean showLinkCase(jp.shomu.ledger.ui.caseform.LinkCaseViewModel model) {
        return linkCase.test(model);
    }

    @Override
    public ConflictViewModel.Resolution showConflict(ConflictViewModel model) {
        lastConflict = model;
        return conflict.apply(model);
    }

    /** The messages of the draft offers shown, and how the person answers them (あとで unless told). */
    public final List<String> draftOffers = new ArrayList<>();

    public CaseDrafts.Choice draftChoice = CaseDrafts.Choice.LATER;

    @Override
    public CaseDrafts.Choice offerDraft(String message) {
        draftOffers.add(message);
        return draftChoice;
    }

    @Override
    public Optional<TaskType> chooseTaskType(List<TaskType> types) {
        return taskType;
    }

    /** What the person does in the cover dialog: false cancels (the default). */
    public Predicate<jp.shomu.ledger.ui.desk.CoverViewModel> cover = vm -> false;
    /** Whom the person picks to assign cases to. */
    public Optional<String> assigneeLogin = Optional.empty();

    @Override
    public boolean showCover(jp.shomu.ledger.ui.desk.CoverViewModel model) {
        return cover.test(model);
    }

    @Override
    public Optional<jp.shomu.ledger.domain.staff.StaffMember> chooseAssignee(
            List<jp.shomu.ledger.domain.staff.StaffMember> people, int count) {
        return assigneeLogin.flatMap(
                l -> people.stream().filter(p -> p.login().equals(l)).findFirst());
    }

    public final List<String> infos = new ArrayList<>();
    public Optional<Path> saveFile = Optional.empty();
    public Optional<Path> folder = Optional.empty();
    public Predicate<MonthlyReportViewModel> monthlyReport = vm -> false;
    /** What the person does while the progress dialog is up (e.g. press 取消). */
    public Consumer<ProgressViewModel> whileProgress = vm -> {};

    public String suggestedName;
    public int progressShown;

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName) {
        suggestedName = initialName;
        return saveFile;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return folder;
    }

    @Override
    public boolean showMonthlyReport(MonthlyReportViewModel model) {
        return monthlyReport.test(model);
    }

    @Override
    public void showProgress(ProgressViewModel model) {
        progressShown++;
        whileProgress.accept(model);
    }

    public Optional<Path> openFile = Optional.empty();
    public Function<List<String>, Optional<String>> importMapping = names -> Optional.of(names.get(0));
    public Predicate<ImportCasesViewModel> importPreview = vm -> false;
    public ImportCasesViewModel lastImport;

    /** The ledger file for a ledger chooser, {@link #openFile} for any other. */
    @Override
    public Optional<Path> chooseOpenFile(String title, FileKind kind) {
        return kind == FileKind.LEDGER ? ledgerFile : openFile;
    }

    @Override
    public Optional<String> chooseImportMapping(List<String> names) {
        return importMapping.apply(names);
    }

    @Override
    public boolean showImportPreview(ImportCasesViewModel model) {
        lastImport = model;
        return importPreview.test(model);
    }

    /** The files the person chose to open after they were written (the centre's meeting material). */
    public final List<Path> opened = new ArrayList<>();

    @Override
    public void openFile(Path file) {
        opened.add(file);
    }
}
