package jp.shomu.ledger.app.cli;

import java.nio.file.Path;
import jp.shomu.ledger.domain.centre.Meeting;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.report.centre.CentreDocuments;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.centre.MeetingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The monthly meeting (月次定例会): record it, its minutes, print its material. */
@Command(
        name = "meeting",
        description = "月次定例会(登録・一覧・議事録・資料)",
        subcommands = {
            MeetingCommand.Add.class,
            MeetingCommand.ListAll.class,
            MeetingCommand.Minutes.class,
            MeetingCommand.Material.class
        })
final class MeetingCommand {
    private MeetingCommand() {}

    @Command(name = "add", description = "定例会を登録し、番号<TAB>議事録の提出期限 を表示する(議題は前月の実績から下書き)")
    static final class Add extends CaseCommand.Acting {
        @Option(names = "--held", required = true, paramLabel = "YYYY-MM-DD", description = "開催日")
        String held;

        @Option(names = "--attendees", paramLabel = "TEXT", description = "出席者")
        String attendees;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            Meeting m = new MeetingService(ctx).add(me, CentreTimes.date(held), attendees);
            out().println(m.id() + "\t" + m.minutesDue());
            return ExitCodes.DONE;
        }
    }

    @Command(name = "list", description = "定例会の一覧(番号<TAB>開催日<TAB>議事録の期限<TAB>議事録の提出物番号<TAB>出席者)")
    static final class ListAll extends CaseCommand.Acting {
        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            for (Meeting m : new MeetingService(ctx).all(me)) {
                out().println(m.id() + "\t" + m.heldOn() + "\t" + m.minutesDue() + "\t" + m.deliverableId() + "\t"
                        + m.attendees());
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "minutes", description = "議事録(と議題・出席者)を記録する")
    static final class Minutes extends CaseCommand.Acting {
        @Option(names = "--id", required = true, paramLabel = "ID")
        long id;

        @Option(names = "--text", required = true, paramLabel = "TEXT", description = "議事録")
        String text;

        @Option(names = "--agenda", paramLabel = "TEXT")
        String agenda;

        @Option(names = "--attendees", paramLabel = "TEXT")
        String attendees;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            MeetingService s = new MeetingService(ctx);
            Meeting m = s.get(me, id);
            s.save(
                    me,
                    new Meeting(
                            m.id(),
                            m.heldOn(),
                            attendees == null ? m.attendees() : attendees,
                            agenda == null ? m.agenda() : agenda,
                            text,
                            m.minutesDue(),
                            m.deliverableId(),
                            m.version()));
            out().println("定例会 " + id + " の議事録を記録しました(提出は deliverable submit --id " + m.deliverableId() + ")");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "material", description = "定例会の資料(Excel A4)を作成する")
    static final class Material extends CentreDocumentCommand {
        @Override
        void write(LedgerContext ctx, StaffMember me, long recordId, Path file) {
            CentreDocuments.meetingMaterial(ctx, me, recordId, file);
        }

        @Override
        String done(long recordId) {
            return "定例会 " + recordId + " の資料を作成しました";
        }
    }
}
