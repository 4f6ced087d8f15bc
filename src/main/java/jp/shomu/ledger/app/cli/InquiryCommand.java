package jp.shomu.ledger.app.cli;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.inquiries.Inquiry;
import jp.shomu.ledger.domain.inquiries.InquiryStatus;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.inquiries.InquiryInput;
import jp.shomu.ledger.service.inquiries.InquiryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The inquiry log from the command line: log a question, answer it, list a month's inquiries. */
@Command(
        name = "inquiry",
        description = "市職員からの問合せ(登録・回答・一覧)",
        subcommands = {InquiryCommand.Add.class, InquiryCommand.Answer.class, InquiryCommand.ListInquiries.class})
final class InquiryCommand {
    private InquiryCommand() {}

    @Command(name = "add", description = "問合せを受付として登録し、問合せ番号を表示する")
    static final class Add extends CaseCommand.Acting {
        @Option(names = "--channel", required = true, paramLabel = "CH", description = "電話, メール, グループウェア, LoGoフォーム, 窓口")
        String channel;

        @Option(names = "--department", required = true, paramLabel = "TEXT", description = "問合せ者の所属")
        String department;

        @Option(names = "--question", required = true, paramLabel = "TEXT", description = "質問")
        String question;

        @Option(names = "--type", paramLabel = "CODE", description = "中区分コード(例: 2-2)")
        String type;

        @Option(names = "--employee-no", paramLabel = "NO", description = "問合せ者の職員番号(任意)")
        String employeeNo;

        @Option(names = "--case", paramLabel = "ID", description = "関係する案件の番号(任意)")
        Long caseId;

        @Option(names = "--at", paramLabel = "DATETIME", description = "受付日時(例: 2027-04-12T10:30、省略時は今)")
        String at;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            long id = new InquiryService(ctx)
                    .add(
                            me,
                            new InquiryInput(
                                    at == null ? null : dateTime(at),
                                    channel,
                                    department,
                                    employeeNo,
                                    type,
                                    question,
                                    caseId));
            out().println(id);
            return ExitCodes.DONE;
        }
    }

    @Command(name = "answer", description = "回答を記録する(受付 → 回答済、市へエスカレーション → 完了)")
    static final class Answer extends CaseCommand.Acting {
        @Option(names = "--id", required = true, paramLabel = "ID")
        long id;

        @Option(names = "--answer", required = true, paramLabel = "TEXT")
        String answer;

        @Option(names = "--faq", paramLabel = "ID", description = "回答に使った FAQ の番号。繰り返し指定できます")
        List<Long> faqs = new ArrayList<>();

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            out().println("version=" + new InquiryService(ctx).answer(me, id, answer, faqs));
            return ExitCodes.DONE;
        }
    }

    @Command(name = "list", description = "問合せの一覧(番号<TAB>受付日時<TAB>受付方法<TAB>所属<TAB>中区分<TAB>状態<TAB>初回応答(営業時間の分)<TAB>質問)")
    static final class ListInquiries extends CaseCommand.Acting {
        @Option(names = "--month", paramLabel = "YYYY-MM", description = "受付の月(省略時はすべて)")
        String month;

        @Option(names = "--status", paramLabel = "S", description = "受付, 回答済, 市へエスカレーション, 完了")
        String status;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            YearMonth m;
            try {
                m = month == null ? null : YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("--month は YYYY-MM で指定してください(例: 2027-04)");
            }
            InquiryStatus s = status == null ? null : InquiryStatus.parse(status);
            for (Inquiry q : new InquiryService(ctx).list(me, m, s)) {
                out().println(q.id() + "\t" + q.receivedAt() + "\t"
                        + q.channel().label() + "\t" + q.department()
                        + "\t" + q.typeCode() + "\t" + q.status().label() + "\t"
                        + (q.firstResponseMinutes() == null ? "" : q.firstResponseMinutes()) + "\t"
                        + oneLine(q.question()));
            }
            return ExitCodes.DONE;
        }
    }

    static String oneLine(String s) {
        return s.replace('\t', ' ').replace("\r", "").replace('\n', ' ');
    }

    /** 2027-04-12T10:30, 2027-04-12 10:30 or 令和9年4月12日 10:30; a date alone means 8:30 that day. */
    static LocalDateTime dateTime(String text) {
        String t = text.strip();
        String[] parts = t.split("[T ]", 2);
        try {
            LocalTime time = parts.length == 2 ? LocalTime.parse(parts[1].strip()) : LocalTime.of(8, 30);
            return Wareki.parse(parts[0]).atTime(time);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new InvalidInputException("日時「" + text + "」を読めません(例: 2027-04-12T10:30)");
        }
    }
}
