package jp.shomu.ledger.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import jp.shomu.ledger.domain.inquiries.FaqStatus;
import jp.shomu.ledger.service.inquiries.FaqInput;
import jp.shomu.ledger.service.inquiries.FaqService;
import jp.shomu.ledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;

/**
 * The FAQ editor and review screen: a reviewer sees what a revision changes against the live words and approves
 * it; the author's own approval is refused on screen. With -Dshomu.faqScreenshot=FILE.png the window is saved.
 */
class FaqEditorUiTest extends WorkbenchUiTest {
    private long id;

    @Override
    String login() {
        return "op1";
    }

    @Override
    void prepare(LedgerFixture fixture) {
        FaqService faq = new FaqService(fixture.ctx);
        id = faq.add(
                fixture.op2,
                new FaqInput(
                        "2-2", "扶養手当の届出はいつまでですか", "15日以内に届け出てください。", List.of("扶養", "期限"), List.of(), "手当認定マニュアル 3.2"));
        faq.submit(fixture.op2, id, null);
        faq.approve(fixture.leader, id, null);
        faq.edit(
                fixture.op2,
                id,
                faq.get(fixture.op2, id).article().version(),
                new FaqInput(
                        "2-2",
                        "扶養手当の届出はいつまでですか",
                        "事実が発生した日から15日以内に扶養親族届を提出してください。\n15日を過ぎると遡って支給できません。",
                        List.of("扶養", "期限"),
                        List.of(),
                        "手当認定マニュアル 3.2"));
        faq.submit(fixture.op2, id, null);
        long own = faq.add(
                fixture.op1, new FaqInput("6-1", "切手はどこで受け取れますか", "郵便担当でお渡しします。", List.of("切手"), List.of(), ""));
        faq.submit(fixture.op1, own, null);
    }

    @Test
    void aReviewerSeesTheDifferenceAndApproves() throws Exception {
        click("#open-faq-editor");
        ListView<?> list = lookup("#faq-list").query();
        waitUntil(() -> list.getItems().size() == 2);
        interact(() -> list.getSelectionModel().select(0));
        settle();
        TextArea diff = lookup("#faq-difference").query();
        assertTrue(diff.getText().contains("- 15日以内に届け出てください。"), diff.getText());
        assertTrue(diff.getText().contains("+ 15日を過ぎると遡って支給できません。"), diff.getText());
        screenshot();
        clickOn("#faq-approve");
        settle();
        assertEquals(
                FaqStatus.PUBLISHED,
                new FaqService(ledger.ctx).get(ledger.op1, id).article().status());

        interact(() -> list.getSelectionModel().select(1));
        settle();
        clickOn("#faq-approve");
        settle();
        Label message = lookup("#faq-message").query();
        assertTrue(message.getText().contains("承認できません"), message.getText());
    }

    private void screenshot() throws Exception {
        String target = System.getProperty("shomu.faqScreenshot");
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
