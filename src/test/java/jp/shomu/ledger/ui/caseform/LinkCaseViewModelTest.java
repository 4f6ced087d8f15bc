package jp.shomu.ledger.ui.caseform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import jp.shomu.ledger.domain.cases.LinkKind;
import jp.shomu.ledger.service.cases.LinkedCase;
import jp.shomu.ledger.ui.common.ViewModelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The form's 関連付け…: links two existing cases through the service of {@code case link}, refusals on the form. */
class LinkCaseViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aLinkMadeFromTheFormShowsInBothCases() {
        try (ViewModelFixture app = new ViewModelFixture(dir, "op1")) {
            long child = app.ledger.allowanceCase(app.ledger.op1, "通勤手当 子");
            long parent = app.ledger.allowanceCase(app.ledger.op1, "通勤手当 親");
            CaseFormViewModel form = app.form(child);
            CaseFormViewModel parentForm = app.form(parent); // open in another tab
            app.dialogs.linkCase = vm -> {
                assertFalse(vm.confirmableProperty().get(), "no number yet");
                vm.numberProperty().set(" " + parent + " ");
                vm.kindProperty().set(LinkKind.PARENT);
                return vm.confirmableProperty().get();
            };

            form.links().linkExisting();

            assertEquals("", form.openCase().messageProperty().get());
            assertTrue(form.openCase().noticeProperty().get().contains("親案件"));
            assertEquals(List.of(parent), ids(form.links().rows()));
            assertEquals("親案件", form.links().rows().get(0).roleLabel(), "reloaded after the link");
            var other = parentForm.links().rows();
            assertEquals(List.of(child), ids(other));
            assertEquals("子案件", other.get(0).roleLabel());
        }
    }

    @Test
    void aLinkToItselfIsRefusedWithTheServicesWordsAndNothingIsSaved() {
        try (ViewModelFixture app = new ViewModelFixture(dir, "op1")) {
            long id = app.ledger.allowanceCase(app.ledger.op1, "通勤手当");
            CaseFormViewModel form = app.form(id);
            app.dialogs.linkCase = vm -> {
                vm.numberProperty().set(Long.toString(id));
                return true;
            };

            form.links().linkExisting();

            assertEquals(
                    "案件 " + id + " を自分自身には関連付けられません",
                    form.openCase().messageProperty().get());
            assertTrue(app.session.links().links(app.me(), id).isEmpty());
            assertTrue(form.links().rows().isEmpty());
        }
    }

    @Test
    void cancellingTheDialogLinksNothing() {
        try (ViewModelFixture app = new ViewModelFixture(dir, "op1")) {
            long id = app.ledger.allowanceCase(app.ledger.op1, "通勤手当");
            long other = app.ledger.allowanceCase(app.ledger.op1, "通勤手当 別");
            CaseFormViewModel form = app.form(id);
            app.dialogs.linkCase = vm -> {
                vm.numberProperty().set(Long.toString(other));
                return false;
            };

            form.links().linkExisting();

            assertTrue(app.session.links().links(app.me(), id).isEmpty());
        }
    }

    private static List<Long> ids(List<LinkedCase> rows) {
        return rows.stream().map(LinkedCase::id).toList();
    }
}
