package jp.shomu.ledger.ui.centre;

import static jp.shomu.ledger.ui.centre.CentreForms.area;
import static jp.shomu.ledger.ui.centre.CentreForms.column;
import static jp.shomu.ledger.ui.centre.CentreForms.date;
import static jp.shomu.ledger.ui.centre.CentreForms.field;
import static jp.shomu.ledger.ui.centre.CentreForms.labelled;
import static jp.shomu.ledger.ui.centre.CentreForms.put;

import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.domain.centre.Meeting;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.DisplayFormat;

/** The monthly meetings: the list, a new one, the selected one's minutes and their submission, its material. */
final class MeetingsPane extends VBox {
    MeetingsPane(CentreViewModel vm) {
        TableView<Meeting> table = CentreForms.table("centre-meetings", vm.meetings());
        table.getColumns().add(column("centre.col.id", 50, m -> Long.toString(m.id())));
        table.getColumns().add(column("centre.col.held", 140, m -> DisplayFormat.date(m.heldOn())));
        table.getColumns().add(column("centre.col.minutesDue", 140, m -> DisplayFormat.date(m.minutesDue())));
        table.getColumns().add(column("centre.col.attendees", 400, Meeting::attendees));
        CentreForms.keepSelection(table, m -> m.id());
        vm.selectedMeetingProperty().bind(table.getSelectionModel().selectedItemProperty());

        var form = CentreForms.row(
                labelled("centre.meeting.day", date("centre-meeting-day", vm.meetingDayProperty())),
                labelled("centre.meeting.attendees", field("centre-attendees", 320, vm.attendeesProperty())),
                Controls.button("centre.meeting.add", vm::addMeeting));
        form.setDisable(!vm.keepsRecords());

        MeetingEditorViewModel e = vm.meetingEditor();
        GridPane g = CentreForms.grid(3);
        put(g, 0, 0, 2, "centre.meeting.editAttendees", field("centre-meeting-attendees", 300, e.attendeesProperty()));
        put(g, 0, 2, 1, "centre.meeting.submittedOn", date("centre-meeting-submitted", e.submittedOnProperty()));
        put(g, 1, 0, 1, "centre.meeting.agenda", area("centre-agenda", 5, e.agendaProperty()));
        put(g, 1, 1, 1, "centre.meeting.minutes", area("centre-minutes", 5, e.minutesProperty()));
        put(g, 1, 2, 1, "centre.meeting.acceptedOn", date("centre-meeting-accepted", e.acceptedOnProperty()));
        Button save = Controls.button("centre.meeting.save", e::save);
        save.setId("centre-meeting-save");
        Button print = Controls.button("centre.meeting.print", e::printMaterial);
        print.setId("centre-meeting-print");
        CentreForms.buttons(g, 2, save, print);
        g.disableProperty().bind(vm.selectedMeetingProperty().isNull().or(form.disableProperty()));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(table, form, CentreForms.heading("centre.meeting.record"), g);
        setSpacing(2);
    }
}
