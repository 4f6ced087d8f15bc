package jp.shomu.ledger.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import jp.shomu.ledger.service.inquiries.FaqInput;
import jp.shomu.ledger.service.inquiries.FaqService;
import jp.shomu.ledger.service.inquiries.InquiryService;
import jp.shomu.ledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;

/**
 * The quick-entry form from the keyboard: open it, type the question, find an FAQ with one character, Enter uses
 * it, Ctrl+Enter saves. With -Dshomu.inquiryScreenshot=FILE.png the window is also saved as a picture.
 */
class InquiryEntryUiTest extends WorkbenchUiTest {
    @Override
    String login() {
        return "op1";
    }

    @Override
    void prepare(LedgerFixture fixture) {
        FaqService faq = new FaqService(fixture.ctx);
        long a = faq.add(
                fixture.op2,
                new FaqInput(
                        "2-2",
                        "扶養手当の届出はいつまでですか",
                        "事実が発生した日から15日以内に扶養親族届を提出してください。",
                        List.of("扶養", "期限"),
                        List.of(),
                        "手当認定マニュアル 3.2"));
        long b = faq.add(
                fixture.op2, new FaqInput("2-4", "住民税の特別徴収税額の通知は", "毎年5月下旬に所属経由で配付します。", List.of("税"), List.of(), ""));
        for (long id : List.of(a, b)) {
            faq.submit(fixture.op2, id, null);
            faq.approve(fixture.leader, id, null);
        }
    }

    @Test
    void anOperatorLogsAndAnswersACallWithoutTheMouse() throws Exception {
        click("#open-inquiry-entry");
        waitUntil(() -> lookup("#inquiry-question").tryQuery().isPresent());
        clickOn("#inquiry-department").write("見本区役所 市民課");
        clickOn("#inquiry-question").write("扶養の届出の期限を教えてください");
        clickOn("#inquiry-search").write("扶");
        settle();
        ListView<?> faqs = lookup("#inquiry-faq-matches").query();
        assertEquals(1, faqs.getItems().size());
        clickOn("#inquiry-faq-matches");
        type(KeyCode.DOWN);
        interact(() -> faqs.getSelectionModel().select(0));
        type(KeyCode.ENTER);
        settle();
        screenshot();
        shortcut(KeyCode.ENTER);
        Label message = lookup("#inquiry-message").query();
        assertTrue(message.getText().contains("回答済"), message.getText());
        var logged = new InquiryService(ledger.ctx).list(ledger.op1, YearMonth.of(2027, 4), null);
        assertEquals(1, logged.size());
        assertEquals("見本区役所 市民課", logged.get(0).department());
        assertTrue(logged.get(0).answer().startsWith("事実が発生した日から"));
        assertEquals(1, logged.get(0).faqIds().size());
    }

    private void screenshot() throws Exception {
        String target = System.getProperty("shomu.inquiryScreenshot");
        if (target == null) {
            return;
        }
        WritableImage[] shot = new WritableImage[1];
        interact(() -> shot[0] = stage.getScene().getRoot().snapshot(null, null));
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader px = shot[0].getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, px.getArgb(x, y));
            }
        }
        Path out = Path.of(target);
        Files.createDirectories(out.toAbsolutePath().getParent());
        javax.imageio.ImageIO.write(img, "png", out.toFile());
    }
}
