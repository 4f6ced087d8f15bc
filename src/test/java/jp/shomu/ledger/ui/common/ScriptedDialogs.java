package jp.shomu.ledger.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.ui.check.DoubleCheckViewModel;
import jp.shomu.ledger.ui.conflict.ConflictViewModel;
import jp.shomu.ledger.ui.flow.ReasonViewModel;

/** Answers dialogs the way a test scripts it, and remembers what was shown. */
public final class ScriptedDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public boolean confirmAnswer = true;
    public Predicate<DoubleCheckViewModel> doubleCheck = vm -> false;
    public Predicate<ReasonViewModel> reason = vm -> false;
    public Function<ConflictViewModel, ConflictViewModel.Resolution> conflict = vm -> ConflictViewModel.Resolution.CANCEL;
    public ConflictViewModel lastConflict;
    public Optional<TaskType> taskType = Optional.empty();

    @Override
    public void showError(String message) {
        errors.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return confirmAnswer;
    }

    @Override
    public boolean showDoubleCheck(DoubleCheckViewModel model) {
        return doubleCheck.test(model);
    }

    @Override
    public boolean showReason(ReasonViewModel model) {
        return reason.test(model);
    }

    @Override
    public ConflictViewModel.Resolution showConflict(ConflictViewModel model) {
        lastConflict = model;
        return conflict.apply(model);
    }

    @Override
    public Optional<TaskType> chooseTaskType(List<TaskType> types) {
        return taskType;
    }

    @Override
    public Optional<Path> chooseLedgerFile() {
        return Optional.empty();
    }
}
