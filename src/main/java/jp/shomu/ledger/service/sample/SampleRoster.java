package jp.shomu.ledger.service.sample;

import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.staff.Role;

/**
 * The sample ledger's fictional roster. Surnames are words such as 見本 (sample) and 架空 (fictional), so nobody
 * mistakes them for real people.
 */
final class SampleRoster {
    record Person(String login, String employeeNo, String name, Role role, String team) {}

    private static final String[] SURNAMES = {"見本", "架空", "試用", "仮名", "例示", "模擬"};
    private static final String[] GIVEN = {
        "一郎", "花子", "次郎", "春子", "三郎", "夏美", "四郎", "秋子", "五郎", "冬美", "六郎", "桜", "七海", "葵", "大地", "陽菜", "蓮", "結衣", "湊",
        "紬", "樹", "凛", "翔", "茜", "悠"
    };
    private static final String[] TEAMS = {"人事・給与", "福利厚生", "財務・物品・文書"};

    private SampleRoster() {}

    /** 3 leaders, 19 operators and 2 auditors; the manager is whoever runs init. */
    static List<Person> people() {
        List<Person> people = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < 3; i++, n++) {
            people.add(person(n, "demo-leader" + (i + 1), Role.LEADER, TEAMS[i]));
        }
        for (int i = 0; i < 19; i++, n++) {
            people.add(person(n, String.format("demo-op%02d", i + 1), Role.OPERATOR, TEAMS[i % TEAMS.length]));
        }
        for (int i = 0; i < 2; i++, n++) {
            people.add(person(n, "demo-audit" + (i + 1), Role.AUDITOR, "市監査"));
        }
        return people;
    }

    private static Person person(int n, String login, Role role, String team) {
        String name = SURNAMES[n % SURNAMES.length] + " " + GIVEN[n % GIVEN.length];
        return new Person(login, String.format("90%05d", 101 + n), name, role, team);
    }
}
