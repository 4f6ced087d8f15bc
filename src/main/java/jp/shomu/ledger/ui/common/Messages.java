package jp.shomu.ledger.ui.common;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The one place UI text comes from: jp/shomu/ledger/ui/messages.properties (UTF-8, Japanese). */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("jp.shomu.ledger.ui.messages");

    private Messages() {}

    public static String get(String key) {
        return BUNDLE.getString(key);
    }

    /** The text with {0}, {1}… filled in; pass numbers as text so case numbers are not grouped (1,234). */
    public static String format(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key)).format(args);
    }
}
