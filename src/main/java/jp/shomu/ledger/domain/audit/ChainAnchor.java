package jp.shomu.ledger.domain.audit;

import java.time.LocalDate;
import java.util.Locale;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.cases.InvalidInputException;

/**
 * A point of the audit chain kept outside the ledger: the chain head's hash at the end of a day, as printed on the
 * monthly report ("HASH@DATE"). Whoever rewrites the whole file can recompute every hash, but cannot make the chain
 * pass through a hash the city holds on paper without keeping history up to that point unchanged.
 */
public record ChainAnchor(String hash, LocalDate date) {
    public ChainAnchor {
        if (hash == null || !hash.matches("[0-9a-f]{64}")) {
            throw new InvalidInputException("アンカーのハッシュは16進数64桁です");
        }
    }

    /** Reads "HASH@DATE"; spaces or hyphens inside the hash (as copied from paper) are ignored. */
    public static ChainAnchor parse(String text) {
        int at = text == null ? -1 : text.lastIndexOf('@');
        if (at < 0) {
            throw new InvalidInputException("アンカーは「ハッシュ@日付」の形で指定してください(例: 3f2a…9c@2027-04-30)");
        }
        String hash = text.substring(0, at).replaceAll("[\\s\\-]", "").toLowerCase(Locale.ROOT);
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new InvalidInputException("アンカーのハッシュは16進数64桁です(読み取れたのは " + hash.length() + " 文字)");
        }
        return new ChainAnchor(hash, Wareki.parse(text.substring(at + 1).strip()));
    }

    @Override
    public String toString() {
        return hash + "@" + date;
    }
}
