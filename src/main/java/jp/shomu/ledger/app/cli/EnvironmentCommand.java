package jp.shomu.ledger.app.cli;

import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDate;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.service.workplace.LedgerLocation;
import jp.shomu.ledger.service.workplace.LocationCheck;
import jp.shomu.ledger.service.workplace.UserSettings;
import picocli.CommandLine.Command;

/**
 * What this PC runs the app with: the Java runtime, CP932 and the Japanese era names in it, the settings file and
 * the remembered ledger. For support on a city PC, and for the packaged app's smoke test (a trimmed runtime that
 * lost jdk.charsets or jdk.localedata shows here).
 */
@Command(
        name = "environment",
        description = "この PC の実行環境を確かめる(Java、CP932、和暦、設定ファイル、記憶している台帳の場所)。" + "実行環境に足りないものがあれば終了コード 2")
final class EnvironmentCommand extends EnvCommand {
    static final String CP932 = "windows-31j";

    @Override
    public Integer call() {
        boolean ok = true;
        env.out().println(new VersionProvider().getVersion()[0]);
        env.out()
                .println("Java: " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.home")
                        + ")");
        env.out()
                .println("OS: " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + " / ログイン名: "
                        + env.login());
        boolean cp932 = Charset.isSupported(CP932);
        ok &= cp932;
        env.out()
                .println("文字コード: 既定 " + Charset.defaultCharset().name() + "、CP932(" + CP932 + ") "
                        + (cp932 ? "使用可" : "使用できません(実行環境に jdk.charsets がありません)"));
        LocalDate today = JapanTime.today(env.clock());
        String era = DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN)
                .withChronology(JapaneseChronology.INSTANCE)
                .format(JapaneseDate.from(today));
        boolean localeData = era.startsWith("令和") || era.startsWith("平成");
        ok &= localeData;
        env.out()
                .println("和暦: " + Wareki.format(today) + "(Java の日本語の元号 " + era + " "
                        + (localeData ? "使用可" : "使用できません(実行環境に jdk.localedata がありません)") + ")");
        UserSettings settings = UserSettings.forCurrentUser();
        env.out().println("設定ファイル: " + settings.file());
        LedgerLocation location = new LedgerLocation(settings);
        env.out()
                .println("台帳の場所: "
                        + location.recall()
                                .map(p -> {
                                    LocationCheck check = LedgerLocation.check(p, Duration.ofSeconds(10));
                                    return p + "\n  " + check.message().replace("\n", "\n  ");
                                })
                                .orElse("(まだ選ばれていません。アプリを起動すると最初に聞かれます)"));
        return ok ? ExitCodes.DONE : ExitCodes.LEDGER_PROBLEM;
    }
}
