package jp.shomu.ledger.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The matrix in docs/SECURITY.md is the matrix the code enforces: a change to one without the other fails. */
class PermissionsMatrixTest {
    private static final List<Role> COLUMNS = List.of(Role.OPERATOR, Role.LEADER, Role.MANAGER, Role.AUDITOR);

    @Test
    void theDocumentedMatrixIsTheEnforcedOne() throws Exception {
        Map<Role, Set<Action>> documented = new EnumMap<>(Role.class);
        COLUMNS.forEach(r -> documented.put(r, EnumSet.noneOf(Action.class)));
        Set<Action> rows = EnumSet.noneOf(Action.class);
        for (String line : Files.readAllLines(Path.of("docs/SECURITY.md"))) {
            String[] cells = line.split("\\|");
            if (cells.length != 7 || !cells[2].strip().matches("`[A-Z_]+`")) {
                continue;
            }
            Action action = Action.valueOf(cells[2].strip().replace("`", ""));
            assertEquals(action.label(), cells[1].strip(), "the row's Japanese name");
            rows.add(action);
            for (int i = 0; i < COLUMNS.size(); i++) {
                if (cells[3 + i].strip().equals("○")) {
                    documented.get(COLUMNS.get(i)).add(action);
                }
            }
        }
        assertEquals(EnumSet.allOf(Action.class), rows, "every action has a row");
        for (Role role : COLUMNS) {
            assertEquals(Permissions.allowedFor(role), documented.get(role), role.label());
        }
    }

    @Test
    void theAuditorOnlyReads() {
        Set<Action> reading = EnumSet.of(
                Action.READ_CASES, Action.VIEW_AUDIT, Action.EXPORT_AUDIT, Action.MONTHLY_REPORT, Action.EXPORT);
        assertEquals(reading, Permissions.allowedFor(Role.AUDITOR));
    }

    @Test
    void aPersonSwitchedOffMayDoNothing() {
        StaffMember off = new StaffMember(1, "x", "1000001", "見本 退職", Role.MANAGER, "", false, 1);
        for (Action a : Action.values()) {
            assertEquals(false, Permissions.allows(off, a), a.name());
        }
    }
}
