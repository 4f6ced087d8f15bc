package jp.shomu.ledger.ui.inquiries;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.shomu.ledger.domain.inquiries.Channel;
import jp.shomu.ledger.domain.inquiries.FaqVersion;
import jp.shomu.ledger.domain.inquiries.Inquiry;
import jp.shomu.ledger.service.inquiries.FaqService;
import jp.shomu.ledger.service.inquiries.InquiryInput;
import jp.shomu.ledger.service.inquiries.InquiryService;
import jp.shomu.ledger.ui.common.ErrorText;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Session;

/**
 * The quick-entry form an operator fills while on the phone: channel, department, question, and (if answered at
 * once) the answer and the FAQ articles used; the FAQ and past inquiries are searched as the operator types. One
 * command saves: the inquiry is logged, and answered in the same step when an answer was typed.
 */
public final class InquiryEntryViewModel {
    private static final int SHOWN = 20;

    private final Session session;
    private final InquiryService inquiries;
    private final FaqService faqs;

    // Properties
    private final StringProperty channel = new SimpleStringProperty(Channel.PHONE.label());
    private final StringProperty department = new SimpleStringProperty("");
    private final StringProperty employeeNo = new SimpleStringProperty("");
    private final StringProperty typeCode = new SimpleStringProperty("");
    private final StringProperty question = new SimpleStringProperty("");
    private final StringProperty answer = new SimpleStringProperty("");
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<FaqVersion> faqMatches = FXCollections.observableArrayList();
    private final ObservableList<FaqVersion> chosenFaqs = FXCollections.observableArrayList();
    private final ObservableList<Inquiry> pastMatches = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public InquiryEntryViewModel(Session session) {
        this.session = session;
        this.inquiries = new InquiryService(session.context());
        this.faqs = new FaqService(session.context());
        searchText.addListener((obs, old, text) -> search());
    }

    public List<String> channels() {
        return java.util.Arrays.stream(Channel.values()).map(Channel::label).toList();
    }

    /** "" (none) and every task type code with its name, for the type chooser. */
    public List<String> types() {
        List<String> out = new java.util.ArrayList<>();
        out.add("");
        session.catalog().taskTypes().forEach(t -> out.add(t.code() + " " + t.name()));
        return out;
    }

    public StringProperty channelProperty() {
        return channel;
    }

    public StringProperty departmentProperty() {
        return department;
    }

    public StringProperty employeeNoProperty() {
        return employeeNo;
    }

    /** The chooser's text: "2-2 各種手当認定事務" or "". */
    public StringProperty typeProperty() {
        return typeCode;
    }

    public StringProperty questionProperty() {
        return question;
    }

    public StringProperty answerProperty() {
        return answer;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<FaqVersion> faqMatches() {
        return faqMatches;
    }

    /** The FAQ articles the answer used (chosen from the matches). */
    public ObservableList<FaqVersion> chosenFaqs() {
        return chosenFaqs;
    }

    public ObservableList<Inquiry> pastMatches() {
        return pastMatches;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    // Commands

    /** Searches published FAQ articles and past inquiries for what is in the search box (1 character is enough). */
    public void search() {
        String text = searchText.get();
        try {
            faqMatches.setAll(text.isBlank() ? List.of() : faqs.search(session.user(), text, SHOWN));
            pastMatches.setAll(text.isBlank() ? List.of() : inquiries.search(session.user(), text, SHOWN));
        } catch (RuntimeException e) {
            message.set(ErrorText.of(e));
        }
    }

    /** Uses an FAQ article's answer: copies it into an empty answer and remembers the article. */
    public void useFaq(FaqVersion faq) {
        if (faq == null || chosenFaqs.stream().anyMatch(f -> f.articleId() == faq.articleId())) {
            return;
        }
        chosenFaqs.add(faq);
        if (answer.get().isBlank()) {
            answer.set(faq.answer());
        }
    }

    /** Logs the inquiry (and answers it when an answer was typed); on success the form is cleared for the next call. */
    public boolean save() {
        try {
            String code = typeCode.get() == null ? "" : typeCode.get().split(" ", 2)[0];
            long id = inquiries.add(
                    session.user(),
                    new InquiryInput(
                            null, channel.get(), department.get(), employeeNo.get(), code, question.get(), null));
            String status = "受付";
            if (!answer.get().isBlank()) {
                inquiries.answer(
                        session.user(),
                        id,
                        answer.get(),
                        chosenFaqs.stream().map(FaqVersion::articleId).toList());
                status = "回答済";
            }
            clear();
            message.set(Messages.format("inquiry.saved", id, status));
            return true;
        } catch (RuntimeException e) {
            message.set(ErrorText.of(e));
            return false;
        }
    }

    /** Empties the form for the next call; the channel stays (an operator on the phone takes call after call). */
    public void clear() {
        department.set("");
        employeeNo.set("");
        typeCode.set("");
        question.set("");
        answer.set("");
        searchText.set("");
        chosenFaqs.clear();
        message.set("");
    }
}
