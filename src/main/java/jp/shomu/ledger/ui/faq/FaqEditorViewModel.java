package jp.shomu.ledger.ui.faq;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.shomu.ledger.domain.inquiries.FaqVersion;
import jp.shomu.ledger.service.inquiries.FaqInput;
import jp.shomu.ledger.service.inquiries.FaqService;
import jp.shomu.ledger.ui.common.ErrorText;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Session;

/**
 * The FAQ editor and review screen: the list of articles with status and use count, the selected article's words,
 * what they change against the live words (what a reviewer approves), its history, and the commands of its
 * workflow. The service refuses what the person may not do (an author approving their own words).
 */
public final class FaqEditorViewModel {
    private final Session session;
    private final FaqService faqs;

    // Properties
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    /** 0: a new article. */
    private final LongProperty selectedId = new SimpleLongProperty();

    private long version;
    private final StringProperty type = new SimpleStringProperty("");
    private final StringProperty question = new SimpleStringProperty("");
    private final StringProperty answer = new SimpleStringProperty("");
    private final StringProperty keywords = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper difference = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper history = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** One line of the list. */
    public record Row(long id, String status, String type, String question, long useCount) {
        @Override
        public String toString() {
            return "#" + id + " [" + status + "] " + type + " " + question + "(利用 " + useCount + ")";
        }
    }

    public FaqEditorViewModel(Session session) {
        this.session = session;
        this.faqs = new FaqService(session.context());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public LongProperty selectedIdProperty() {
        return selectedId;
    }

    public StringProperty typeProperty() {
        return type;
    }

    public StringProperty questionProperty() {
        return question;
    }

    public StringProperty answerProperty() {
        return answer;
    }

    public StringProperty keywordsProperty() {
        return keywords;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public ReadOnlyStringProperty differenceProperty() {
        return difference;
    }

    public ReadOnlyStringProperty historyProperty() {
        return history;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    // Commands

    public void refresh() {
        act(() -> rows.setAll(faqs.list(session.user(), null).stream()
                .map(e -> new Row(
                        e.article().id(),
                        e.article().status().label(),
                        e.article().typeCode(),
                        e.article().question(),
                        e.useCount()))
                .toList()));
    }

    /** Shows an article (0: an empty form for a new one). */
    public void select(long id) {
        selectedId.set(id);
        if (id == 0) {
            version = 0;
            type.set("");
            question.set("");
            answer.set("");
            keywords.set("");
            source.set("");
            difference.set("");
            history.set("");
            return;
        }
        act(() -> {
            var e = faqs.get(session.user(), id);
            version = e.article().version();
            type.set(e.article().typeCode());
            question.set(e.article().question());
            answer.set(e.article().answer());
            keywords.set(String.join(" ", e.article().keywords()));
            source.set(e.article().source());
            difference.set(String.join("\n", faqs.pendingDifference(session.user(), id)));
            StringBuilder h = new StringBuilder();
            for (FaqVersion v : faqs.history(session.user(), id)) {
                h.append("第")
                        .append(v.version())
                        .append("版 ")
                        .append(v.changedAt().toString().replace('T', ' '))
                        .append(' ')
                        .append(session.staffNameByLogin(v.changedBy()))
                        .append(' ')
                        .append(v.action())
                        .append('\n');
            }
            history.set(h.toString());
        });
    }

    public void save() {
        act(() -> {
            FaqInput in = new FaqInput(
                    type.get(),
                    question.get(),
                    answer.get(),
                    Arrays.stream(keywords.get().split("[\\s、,]+"))
                            .filter(k -> !k.isBlank())
                            .toList(),
                    List.of(),
                    source.get());
            long id = selectedId.get();
            if (id == 0) {
                id = faqs.add(session.user(), in);
            } else {
                faqs.edit(session.user(), id, version, in);
            }
            after(id);
        });
    }

    public void submit() {
        act(() -> after(selected(faqs.submit(session.user(), selectedId.get(), version))));
    }

    public void approve() {
        act(() -> after(selected(faqs.approve(session.user(), selectedId.get(), version))));
    }

    public void sendBack() {
        act(() -> after(selected(faqs.sendBack(session.user(), selectedId.get(), version))));
    }

    public void retire() {
        act(() -> after(selected(faqs.retire(session.user(), selectedId.get(), version))));
    }

    private long selected(long newVersion) {
        return selectedId.get();
    }

    private void after(long id) {
        refresh();
        select(id);
        message.set(Messages.format("faq.saved", id, version));
    }

    private void act(Runnable work) {
        try {
            message.set("");
            work.run();
        } catch (RuntimeException e) {
            message.set(ErrorText.of(e));
        }
    }
}
