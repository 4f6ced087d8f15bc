package jp.shomu.ledger.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import jp.shomu.ledger.app.cli.CliRunner;
import jp.shomu.ledger.report.PrivateTempFiles;
import jp.shomu.ledger.service.workplace.UserFiles;

/**
 * Every command of the command line, in the order a centre's day uses them, on a new ledger in {@code folder}: the
 * flow the no-network checks watch. Each step must end with the exit code it expects, so a broken step cannot
 * silently skip code. The app's window joins this flow when it exists (ui branch).
 */
public final class NetworkFreeFlow {
    /** Written into the folder by {@link #main} when every step ended as expected. */
    static final String DONE = "flow-done.txt";

    private final Path folder;
    private final String ledger;
    private int steps;

    private NetworkFreeFlow(Path folder) {
        this.folder = folder;
        this.ledger = folder.resolve("ledger.db").toString();
    }

    /** Runs the whole flow; returns how many commands it ran. */
    public static int run(Path folder) {
        NetworkFreeFlow flow = new NetworkFreeFlow(folder);
        flow.all();
        return flow.steps;
    }

    /** For the strace check: java ... NetworkFreeFlow FOLDER, set up like the real entry point; writes {@link #DONE}. */
    public static void main(String[] args) {
        UserFiles files = UserFiles.forThisUser();
        PrivateTempFiles.install(files);
        try {
            Path folder = Path.of(args[0]);
            int steps = run(folder);
            write(folder.resolve(DONE), steps + " commands done\n");
        } finally {
            files.removeOwnTemp();
        }
    }

    private void all() {
        step("mgr", 0, "--version");
        step("mgr", 0, "--help");
        step("mgr", 0, "catalog", "list");
        step("mgr", 0, "calendar", "holidays", "2027");
        step("mgr", 0, "calendar", "add-business-days", "2027-04-28", "3");
        step("mgr", 0, "init", "--ledger", ledger);
        for (String[] p :
                new String[][] {{"op", "担当者"}, {"op2", "担当者"}, {"ld", "業務責任者"}, {"ld2", "業務責任者"}, {"au", "監査"}}) {
            step(
                    "mgr",
                    0,
                    "staff",
                    "add",
                    "--ledger",
                    ledger,
                    "--login",
                    p[0],
                    "--employee-no",
                    "5000" + ++steps,
                    "--name",
                    "見本 " + p[0],
                    "--role",
                    p[1]);
        }
        step("mgr", 0, "staff", "list", "--ledger", ledger);
        step("mgr", 0, "staff", "set", "--ledger", ledger, "--login", "op", "--team", "福利厚生");
        step(
                "ld",
                0,
                "calendar",
                "import-holidays",
                "--ledger",
                ledger,
                "--csv",
                write("syukujitsu.csv", "国民の祝日・休日月日,国民の祝日・休日名称\n2027/1/1,元日\n2027/5/3,憲法記念日\n"));
        caseFlow();
        catalogFlow();
        step("au", 0, "audit", "list", "--ledger", ledger);
        step("au", 0, "audit", "list", "--ledger", ledger, "--views", "--from", "2027-04-01", "--to", "2027-04-30");
        String anchor = step("mgr", 0, "audit", "head", "--ledger", ledger, "--date", "2027-04-12")
                .lines()
                .filter(l -> l.startsWith("anchor="))
                .findFirst()
                .orElseThrow()
                .substring("anchor=".length());
        step(
                "au",
                0,
                "audit",
                "export",
                "--ledger",
                ledger,
                "--from",
                "2027-04-01",
                "--to",
                "2027-04-30",
                "--out",
                folder.resolve("audit.xlsx").toString());
        step("mgr", 0, "verify", "--ledger", ledger, "--anchor", anchor);
    }

    private void caseFlow() {
        String id = step(
                        "op2",
                        0,
                        "case",
                        "add",
                        "--ledger",
                        ledger,
                        "--type",
                        "2-2",
                        "--subject",
                        "通勤手当 新規認定",
                        "--field",
                        "手当種別=通勤",
                        "--field",
                        "認定区分=新規",
                        "--field",
                        "対象職員=99123456",
                        "--field",
                        "事実発生日=R9.4.1",
                        "--field",
                        "届出受理日=R9.4.12",
                        "--field",
                        "通勤経路=見本駅〜例示駅")
                .strip();
        step("op", 1, "case", "add", "--ledger", ledger, "--type", "2-2", "--subject", "番号 1234 5678 9018");
        step("op", 0, "case", "show", "--ledger", ledger, "--id", id);
        step("au", 0, "case", "show", "--ledger", ledger, "--id", id);
        step("op2", 0, "case", "set", "--ledger", ledger, "--id", id, "--expect-version", "1", "--field", "月額=4,200");
        step("op2", 0, "case", "list", "--ledger", ledger, "--status", "受付");
        int v = version(step("op2", 0, "case", "do", "start", "--ledger", ledger, "--id", id, "--expect-version", "2"));
        for (String item : new String[] {"c1", "c2", "c4", "c5"}) {
            step("op2", 0, "case", "tick", "--ledger", ledger, "--id", id, "--item", item);
        }
        step("op2", 0, "case", "time", "--ledger", ledger, "--id", id, "--minutes", "35");
        v = version(step("op2", 0, "case", "do", "submit", "--ledger", ledger, "--id", id, "--expect-version", "" + v));
        step("op", 0, "case", "tick", "--ledger", ledger, "--id", id, "--item", "c6");
        v = version(step("op", 0, "case", "do", "approve", "--ledger", ledger, "--id", id, "--expect-version", "" + v));
        step("op2", 0, "case", "tick", "--ledger", ledger, "--id", id, "--item", "c7", "--note", "市決裁済");
        step("op2", 0, "case", "tick", "--ledger", ledger, "--id", id, "--item", "c8");
        step("op2", 0, "case", "do", "complete", "--ledger", ledger, "--id", id, "--expect-version", "" + v);
    }

    private void catalogFlow() {
        String json = step("ld", 0, "catalog", "show", "--ledger", ledger).strip();
        int at = json.indexOf("\"2-2\"");
        String changed = json.substring(0, at)
                + json.substring(at).replaceFirst("\"standardMinutes\"\\s*:\\s*(\\d+)", "\"standardMinutes\" : $10");
        String id = step(
                        "ld2",
                        0,
                        "catalog",
                        "propose",
                        "--ledger",
                        ledger,
                        "--file",
                        write("catalog.json", changed),
                        "--summary",
                        "2-2 の標準処理時間を見直す")
                .strip();
        step("ld", 0, "catalog", "proposals", "--ledger", ledger);
        step("ld", 0, "catalog", "review", "--ledger", ledger, "--id", id);
        step("ld2", 1, "catalog", "approve", "--ledger", ledger, "--id", id);
        step("ld", 0, "catalog", "approve", "--ledger", ledger, "--id", id, "--comment", "根拠を確認した");
    }

    private String step(String login, int expected, String... args) {
        steps++;
        CliRunner.Result r = new CliRunner(login).run(args);
        if (r.code() != expected) {
            throw new IllegalStateException("step " + Arrays.toString(args) + " as " + login + " exited " + r.code()
                    + ", expected " + expected + ": " + r.err());
        }
        return r.out();
    }

    private static int version(String out) {
        return Integer.parseInt(out.strip().replace("version=", ""));
    }

    private String write(String name, String text) {
        return write(folder.resolve(name), text);
    }

    private static String write(Path file, String text) {
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
