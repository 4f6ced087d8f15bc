package jp.shomu.ledger.domain.staff;

import jp.shomu.ledger.domain.forecast.ServicePeriod;

/**
 * Who may see a case's sensitive fields (issue 17): leaders, the case's assignee, staff whose task types include the
 * case's type, and designated 特定個人情報 handlers where the type needs the 個人番号. Everyone else sees them masked.
 *
 * <p>Transition: a person whose terms of service are not on the 従事者名簿 yet (no terms in force) keeps the access of
 * before, so that a ledger upgraded to this version does not lock its operators out; entering their terms turns the
 * rule on for them.
 */
public final class NeedToKnow {
    private NeedToKnow() {}

    /**
     * @param terms           the viewer's terms in force today, null if none are on the roster
     * @param designated      the viewer is a designated 特定個人情報 handler today
     * @param typeNeedsMyNumber the case's type handles the 個人番号 (it has the 個人番号確認済 flag)
     */
    public static boolean maySee(
            StaffMember viewer,
            Long assigneeId,
            String typeCode,
            boolean typeNeedsMyNumber,
            ServicePeriod terms,
            boolean designated) {
        if (viewer.role().isLeaderOrAbove()) {
            return true;
        }
        if (assigneeId != null && assigneeId == viewer.id()) {
            return true;
        }
        if (terms == null) {
            return true;
        }
        if (terms.taskTypes().contains(typeCode)) {
            return true;
        }
        return typeNeedsMyNumber && designated;
    }
}
