package jp.shomu.ledger.service;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.staff.StaffMember;

/**
 * The one place that decides what a case field's value looks like when it leaves the app (export, report, CSV):
 * today a sensitive field is shown only to leaders and the manager, and masked for everyone else. Masking rules
 * (docs/SECURITY.md) change here and nowhere else.
 */
public final class ExportValues {
    public static final String MASK = "＊＊＊";

    private ExportValues() {
    }

    /** The value of {@code field} as {@code viewer} may see it; "" stays "". */
    public static String fieldCell(FieldDef field, String value, StaffMember viewer) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return field != null && field.sensitive() && !mayReadSensitive(viewer) ? MASK : value;
    }

    /**
     * An audit trail image (flat JSON of "field.KEY" → value) with the same masking, for fields whose key is
     * sensitive in some task type. Unreadable text is returned unchanged.
     */
    public static Map<String, String> auditImage(Map<String, String> image, Set<String> sensitiveKeys, StaffMember viewer) {
        if (mayReadSensitive(viewer)) {
            return image;
        }
        Map<String, String> masked = new TreeMap<>(image);
        masked.replaceAll((k, v) -> k.startsWith("field.") && sensitiveKeys.contains(k.substring(6)) && !v.isEmpty()
                ? MASK : v);
        return masked;
    }

    private static boolean mayReadSensitive(StaffMember viewer) {
        return viewer.role().isLeaderOrAbove();
    }
}
