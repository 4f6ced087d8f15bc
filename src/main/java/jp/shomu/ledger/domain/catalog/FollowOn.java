package jp.shomu.ledger.domain.catalog;

import java.util.Map;
import java.util.TreeMap;

/**
 * A case of another type that usually follows a case of this one (1-1 → 3-1 資格取得), and which of this case's
 * values it starts with.
 *
 * @param type  the follow-on's 中区分 code
 * @param carry field key here → field key in the follow-on (common fields such as 依頼所属 always carry)
 * @param set   fixed values the follow-on starts with (手続種別 = 資格取得)
 */
public record FollowOn(String type, Map<String, String> carry, Map<String, String> set) {
    public FollowOn {
        carry = carry == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(carry));
        set = set == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(set));
    }
}
