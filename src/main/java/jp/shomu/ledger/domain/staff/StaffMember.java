package jp.shomu.ledger.domain.staff;

/** A person on the centre's roster; the OS login name identifies who is working. */
public record StaffMember(
        long id, String login, String employeeNo, String name, Role role, String team, boolean active, long version) {}
