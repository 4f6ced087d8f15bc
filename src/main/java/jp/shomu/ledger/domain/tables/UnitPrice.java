package jp.shomu.ledger.domain.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import jp.shomu.ledger.domain.cases.InvalidInputException;

/** A price per page as people write it (1.5, 12, 0.85 円) and as the ledger keeps it (銭, whole numbers). */
public final class UnitPrice {
    private UnitPrice() {}

    public static long sen(String yen) {
        String t = yen == null ? "" : yen.strip();
        try {
            BigDecimal value = new BigDecimal(t);
            if (value.signum() < 0 || value.scale() > 2) {
                throw new InvalidInputException("単価は0以上、小数第2位まで(銭単位)で入力してください: " + t);
            }
            return value.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInputException("単価は数値で入力してください(例: 1.5): " + t);
        }
    }

    public static String yen(long sen) {
        return BigDecimal.valueOf(sen, 2).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
