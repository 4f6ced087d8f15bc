package jp.shomu.ledger.domain.staff;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The role × action matrix (docs/SECURITY.md, kept equal by PermissionsMatrixTest). Checked in the service layer,
 * whichever screen or command asks; rules about the person rather than the role (nobody double-checks or approves
 * their own work) are checked by the service that does the work.
 */
public final class Permissions {
    private static final Map<Role, Set<Action>> ALLOWED = new EnumMap<>(Role.class);

    static {
        Set<Action> operator = EnumSet.of(
                Action.READ_CASES,
                Action.CREATE_CASE,
                Action.EDIT_CASE,
                Action.DOUBLE_CHECK,
                Action.VIEW_SENSITIVE,
                Action.IMPORT,
                Action.RECORD_INCIDENT);
        Set<Action> leader = EnumSet.copyOf(operator);
        leader.addAll(EnumSet.of(
                Action.ASSIGN,
                Action.REOPEN,
                Action.MONTHLY_REPORT,
                Action.EXPORT,
                Action.MANAGE_CALENDAR,
                Action.VIEW_AUDIT,
                Action.EXPORT_AUDIT,
                Action.PROPOSE_CHANGE,
                Action.APPROVE_CHANGE,
                Action.CENTRE_RECORDS,
                Action.BACKUP,
                Action.COMPACT_AUDIT));
        Set<Action> manager = EnumSet.copyOf(leader);
        manager.add(Action.MANAGE_ROSTER);
        manager.add(Action.ARCHIVE_YEAR);
        manager.add(Action.RESTORE);
        ALLOWED.put(Role.OPERATOR, operator);
        ALLOWED.put(Role.LEADER, leader);
        ALLOWED.put(Role.MANAGER, manager);
        ALLOWED.put(
                Role.AUDITOR,
                EnumSet.of(
                        Action.READ_CASES,
                        Action.VIEW_AUDIT,
                        Action.EXPORT_AUDIT,
                        Action.MONTHLY_REPORT,
                        Action.EXPORT));
    }

    private Permissions() {}

    public static boolean allows(Role role, Action action) {
        return ALLOWED.get(role).contains(action);
    }

    /** Whether this person, as the roster now has them, may do {@code action}: active and allowed by their role. */
    public static boolean allows(StaffMember who, Action action) {
        return who.active() && allows(who.role(), action);
    }

    public static Set<Action> allowedFor(Role role) {
        return Collections.unmodifiableSet(ALLOWED.get(role));
    }

    /**
     * The team name that marks the account a scheduled backup task runs as: named on the roster (any role, usually
     * 担当者), it may take backups and nothing more than its role allows.
     */
    public static final String SCHEDULED_BACKUP_TEAM = "定時バックアップ";

    /** Backups: 業務責任者 and 管理責任者, or the scheduled task's account named on the roster. */
    public static void requireBackup(StaffMember who) {
        if (who.active() && SCHEDULED_BACKUP_TEAM.equals(who.team())) {
            return;
        }
        require(who, Action.BACKUP);
    }

    public static void require(StaffMember who, Action action) {
        if (!who.active()) {
            throw new PermissionDeniedException(who.name() + " さんは名簿で無効になっています。管理責任者に確認してください。");
        }
        if (!allows(who.role(), action)) {
            throw new PermissionDeniedException(
                    "「" + action.label() + "」は" + who.role().label() + "の権限ではできません。");
        }
    }
}
