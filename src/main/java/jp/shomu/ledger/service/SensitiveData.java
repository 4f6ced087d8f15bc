package jp.shomu.ledger.service;

import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;

/**
 * Who may see the values of fields the catalog flags as sensitive (bank accounts, dependants, addresses, amounts
 * of pay and tax …), and how a hidden value is shown. Every screen, export and report shows a case field through
 * {@link #display}; docs/SECURITY.md explains the choice of roles.
 */
public final class SensitiveData {
    /** What a hidden value looks like. It also tells the reader that a value exists. */
    public static final String MASK = "＊＊＊";

    private SensitiveData() {}

    /** Whether {@code viewer} may see {@code field}'s value: any field that is not sensitive, or a role allowed to. */
    public static boolean maySee(StaffMember viewer, FieldDef field) {
        return !field.sensitive() || Permissions.allows(viewer, Action.VIEW_SENSITIVE);
    }

    /** The value as {@code viewer} may see it: itself, {@link #MASK}, or "" when there is no value. */
    public static String display(StaffMember viewer, FieldDef field, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return maySee(viewer, field) ? value : MASK;
    }

    /** For lists, which show many cases at once and so record no view: a sensitive value is always masked. */
    public static String inList(FieldDef field, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return field.sensitive() ? MASK : value;
    }

    /** Whether a value sent back from a form is the mask itself, i.e. the person did not change a hidden value. */
    public static boolean isMask(String value) {
        return MASK.equals(value == null ? null : value.strip());
    }
}
