package jp.shomu.ledger.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import jp.shomu.ledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;

/** Shortcuts, Enter and Esc, and a mnemonic on every button. */
class KeyboardUiTest extends WorkbenchUiTest {
    private static final Pattern MNEMONIC = Pattern.compile(".*\\(_[A-Z]\\)$");
    private long id;

    @Override
    void prepare(LedgerFixture fixture) {
        id = fixture.allowanceCase(fixture.op1, "通勤手当 新規");
    }

    private static List<Button> buttons(Node node) {
        List<Button> found = new ArrayList<>();
        if (node instanceof Button b) {
            found.add(b);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> found.addAll(buttons(c)));
        }
        if (node instanceof javafx.scene.control.TabPane tabs) {
            tabs.getTabs().forEach(t -> {
                if (t.getContent() != null) {
                    found.addAll(buttons(t.getContent()));
                }
            });
        }
        return found;
    }

    private static void assertMnemonics(List<Button> buttons) {
        assertTrue(buttons.size() > 0);
        for (Button b : buttons) {
            assertTrue(b.isMnemonicParsing() && MNEMONIC.matcher(b.getText()).matches(), "no mnemonic: " + b.getText());
        }
    }

    @Test
    void everyButtonOfTheWindowAndItsDialogsHasAMnemonic() {
        openBySearch(id);
        List<Button> all = buttons(stage.getScene().getRoot());
        assertTrue(all.size() >= 12, all.size() + " buttons");
        assertMnemonics(all);

        click("#action-inquiry");
        DialogPane dialog = lookup(".dialog-pane").query();
        assertMnemonics(buttons(dialog));
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        settle();
        assertTrue(lookup(".dialog-pane").tryQuery().isEmpty(), "Esc closes the dialog");
        assertEquals("受付", text("#case-status"));
    }

    @Test
    void ctrlFSearchesAndEnterOpensTheSelectedCase() {
        click("すべての案件");
        shortcut(KeyCode.F);
        TextField search = lookup("#search").query();
        assertTrue(search.isFocused());
        write("通勤");
        settle();
        TableView<?> table = lookup("#case-table").query();
        assertEquals(1, table.getItems().size());
        clickOn(table.lookup(".table-row-cell"));
        press(KeyCode.ENTER).release(KeyCode.ENTER);
        settle();
        assertEquals(
                id,
                workbench
                        .viewModel()
                        .selectedFormProperty()
                        .get()
                        .openCase()
                        .idProperty()
                        .get());
    }

    @Test
    void ctrlNWithoutASelectedTypeAsksForOneAndEscCancels() {
        click("すべての案件");
        shortcut(KeyCode.N);
        assertTrue(lookup("#type-list").tryQuery().isPresent());
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        settle();
        assertTrue(workbench.viewModel().forms().isEmpty());
        assertEquals(1, Window.getWindows().stream().filter(Window::isShowing).count());
    }
}
