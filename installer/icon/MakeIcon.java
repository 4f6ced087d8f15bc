import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Draws the app icon (a ledger-blue tile with 台) and writes installer/icon.png (256 px, Linux app-image) and
 * installer/icon.ico (16, 32, 48 and 256 px as PNG entries, Windows). Run once, from the repository root:
 * {@code java installer/icon/MakeIcon.java installer}. Needs a Japanese font (Noto Sans CJK JP, Yu Gothic or Meiryo).
 */
public final class MakeIcon {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "installer");
        Files.write(out.resolve("icon.png"), png(draw(256)));
        List<byte[]> entries = new ArrayList<>();
        int[] sizes = {16, 32, 48, 256};
        for (int size : sizes) {
            entries.add(png(draw(size)));
        }
        Files.write(out.resolve("icon.ico"), ico(sizes, entries));
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double r = size * 0.18;
        g.setColor(new Color(0x1F, 0x4E, 0x79));
        g.fill(new RoundRectangle2D.Double(0, 0, size, size, r, r));
        if (size >= 32) {
            g.setColor(new Color(0xFF, 0xFF, 0xFF, 90));
            g.setStroke(new BasicStroke(Math.max(1f, size / 64f)));
            for (int i = 1; i <= 3; i++) {
                int y = (int) (size * (0.74 + i * 0.06));
                g.drawLine((int) (size * 0.14), y, (int) (size * 0.86), y);
            }
        }
        Font font = new Font(fontName(), Font.BOLD, (int) (size * (size >= 32 ? 0.62 : 0.78)));
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        String text = "台";
        int x = (size - fm.stringWidth(text)) / 2;
        int y = size >= 32 ? (int) (size * 0.66) : (size + fm.getAscent() - fm.getDescent()) / 2;
        g.setColor(Color.WHITE);
        g.drawString(text, x, y);
        g.dispose();
        return img;
    }

    static String fontName() {
        for (String f : java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()) {
            if (f.equals("Noto Sans CJK JP") || f.equals("Yu Gothic") || f.equals("Meiryo")) {
                return f;
            }
        }
        return Font.SANS_SERIF;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** An .ico file whose entries are PNG images (understood by Windows Vista and later, and by jpackage/WiX). */
    static byte[] ico(int[] sizes, List<byte[]> pngs) {
        int header = 6 + 16 * sizes.length;
        int total = header + pngs.stream().mapToInt(b -> b.length).sum();
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = header;
        for (int i = 0; i < sizes.length; i++) {
            int s = sizes[i] >= 256 ? 0 : sizes[i];
            b.put((byte) s).put((byte) s).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32).putInt(pngs.get(i).length).putInt(offset);
            offset += pngs.get(i).length;
        }
        pngs.forEach(b::put);
        return b.array();
    }
}
