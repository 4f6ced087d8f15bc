package jp.shomu.ledger.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.report.people.RosterWorkbook;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.people.PeopleRosterService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The 従事者名簿 subcommands of {@code staff} (issue 17): terms, training, badges, the printable roster, handlers. */
final class PeopleCommands {
    private PeopleCommands() {}

    @Command(name = "roster", description = "従事者名簿(A4、提出用)と特定個人情報取扱者の一覧を Excel で書き出す")
    static final class Roster extends CaseCommand.Acting {
        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx")
        Path out;

        @Option(names = "--as-of", paramLabel = "DATE", description = "この日現在(省略時は今日)")
        String asOf;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                throw new InvalidInputException("--out は .xlsx ファイルにしてください: " + out);
            }
            LocalDate day = asOf == null ? ctx.today() : Wareki.parse(asOf);
            var roster = new PeopleRosterService(ctx).roster(me, day);
            RosterWorkbook.write(roster, day, out);
            out().println("従事者名簿を書き出しました(" + roster.size() + "人): " + out.toAbsolutePath());
            return ExitCodes.DONE;
        }
    }

    @Command(name = "handlers", description = "特定個人情報取扱者の一覧(職員番号<TAB>氏名<TAB>指定日<TAB>指定者)")
    static final class Handlers extends CaseCommand.Acting {
        @Option(names = "--as-of", paramLabel = "DATE", description = "この日現在(省略時は今日)")
        String asOf;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            LocalDate day = asOf == null ? ctx.today() : Wareki.parse(asOf);
            for (var e : new PeopleRosterService(ctx).handlers(me, day)) {
                out().println(e.staff().employeeNo() + "\t" + e.staff().name() + "\t"
                        + e.terms().myNumberSince() + "\t" + e.terms().myNumberBy());
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "terms", description = "勤務条件(従事期間・契約時間・担当業務・特定個人情報の取扱い指定)を、ある日から適用する版として登録する" + "(管理責任者のみ。先の日付も可)")
    static final class Terms extends CaseCommand.Acting {
        @Option(names = "--login", required = true)
        String login;

        @Option(names = "--effective", required = true, paramLabel = "DATE", description = "この日から適用")
        String effective;

        @Option(names = "--from", required = true, paramLabel = "DATE", description = "従事期間の始まり")
        String from;

        @Option(names = "--to", paramLabel = "DATE", description = "従事期間の終わり(省略時は定めなし)")
        String to;

        @Option(names = "--hours-per-day", defaultValue = "7.75")
        double hoursPerDay;

        @Option(names = "--days-per-week", defaultValue = "5")
        int daysPerWeek;

        @Option(names = "--task-types", defaultValue = "", paramLabel = "CODES", description = "中区分コードをカンマ区切り(省略時は全般)")
        String taskTypes;

        @Option(names = "--designated", description = "特定個人情報の事務取扱担当者に指定する")
        boolean designated;

        @Option(names = "--expect-version", paramLabel = "N", description = "同じ適用日の版を直すとき、最後に見た版")
        Long version;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            Set<String> types = new LinkedHashSet<>();
            Arrays.stream(taskTypes.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .forEach(types::add);
            long v = new PeopleRosterService(ctx)
                    .setTerms(
                            me,
                            login,
                            Wareki.parse(effective),
                            Wareki.parse(from),
                            to == null ? null : Wareki.parse(to),
                            hoursPerDay,
                            daysPerWeek,
                            types,
                            designated,
                            version);
            out().println("version=" + v);
            return ExitCodes.DONE;
        }
    }

    @Command(name = "training", description = "研修の受講を記録する(管理責任者のみ)")
    static final class TrainingRecord extends CaseCommand.Acting {
        @Option(names = "--login", required = true)
        String login;

        @Option(names = "--course", required = true)
        String course;

        @Option(names = "--date", required = true, paramLabel = "DATE")
        String date;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            new PeopleRosterService(ctx).addTraining(me, login, course, Wareki.parse(date));
            return ExitCodes.DONE;
        }
    }

    @Command(name = "badge", description = "身分証の交付・返却・紛失を記録する(紛失は --reported 届出日が必要。管理責任者のみ)")
    static final class Badge extends CaseCommand.Acting {
        @Option(names = "--login", required = true)
        String login;

        @Option(names = "--badge-no", required = true)
        String badgeNo;

        @Option(names = "--event", required = true, paramLabel = "ISSUED|RETURNED|LOST")
        String event;

        @Option(names = "--date", required = true, paramLabel = "DATE")
        String date;

        @Option(names = "--reported", paramLabel = "DATE")
        String reported;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            new PeopleRosterService(ctx)
                    .badge(
                            me,
                            login,
                            badgeNo,
                            event.strip().toUpperCase(Locale.ROOT),
                            Wareki.parse(date),
                            reported == null ? null : Wareki.parse(reported));
            return ExitCodes.DONE;
        }
    }
}
