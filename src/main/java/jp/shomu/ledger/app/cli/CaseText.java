package jp.shomu.ledger.app.cli;

import java.io.PrintWriter;
import java.util.List;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.ChecklistTick;
import jp.shomu.ledger.domain.cases.LegalDue;
import jp.shomu.ledger.domain.catalog.ChecklistItem;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.cases.CaseDetails;
import jp.shomu.ledger.service.cases.LinkedCase;

/** Prints a case as key=value lines, stable for scripts: header, fields, checklist, links. */
final class CaseText {
    private CaseText() {}

    /** Links come last, both ways: {@code link=parent:ID}, {@code link=child:ID}, {@code link=related:ID}. */
    static void print(CaseDetails d, List<LinkedCase> links, PrintWriter out) {
        CaseFile c = d.caseFile();
        out.println("id=" + c.id());
        out.println("type=" + c.typeCode());
        out.println("typeName=" + d.type().name());
        out.println("subject=" + c.subject());
        out.println("status=" + c.status().name());
        out.println("statusLabel=" + c.status().label());
        out.println("version=" + c.version());
        out.println("catalogVersion=" + c.catalogVersion());
        out.println("receivedOn=" + c.receivedOn());
        out.println("startOn=" + c.startOn());
        out.println("dueOn=" + (c.dueOn() == null ? "" : c.dueOn()));
        out.println("warnOn=" + (c.warnOn() == null ? "" : c.warnOn()));
        if (d.type().legalDueField() != null) {
            out.println("legal_due="
                    + LegalDue.of(d.type(), c).map(Object::toString).orElse(""));
        }
        out.println("completedOn=" + (c.completedOn() == null ? "" : c.completedOn()));
        out.println("assignee=" + d.staffName(c.assigneeId()));
        out.println("sendBacks=" + c.sendBackCount());
        out.println("minutesLogged=" + d.minutesLogged());
        for (FieldDef f : FieldInput.fieldsOf(d.type())) {
            String v = c.field(f.key());
            if (!v.isEmpty()) {
                out.println("field." + f.key() + "=" + v);
            }
        }
        for (ChecklistItem item : d.type().checklist()) {
            ChecklistTick tick = d.ticks().stream()
                    .filter(t -> t.itemId().equals(item.id()))
                    .findFirst()
                    .orElse(null);
            out.println("check." + item.id() + "=" + (tick == null ? "未" : "済 " + d.staffName(tick.tickedBy())) + "\t"
                    + item.label());
        }
        for (LinkedCase l : links) {
            out.println("link=" + l.role() + ":" + l.id());
        }
    }
}
