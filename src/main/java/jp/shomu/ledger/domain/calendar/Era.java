package jp.shomu.ledger.domain.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** The Japanese eras the ledger reads and writes; 昭和 is there for staff birthdays. */
enum Era {
    SHOWA("昭和", 'S', LocalDate.of(1926, 12, 25)),
    HEISEI("平成", 'H', LocalDate.of(1989, 1, 8)),
    REIWA("令和", 'R', LocalDate.of(2019, 5, 1));

    private final String kanji;
    private final char letter;
    private final LocalDate start;

    Era(String kanji, char letter, LocalDate start) {
        this.kanji = kanji;
        this.letter = letter;
        this.start = start;
    }

    String kanji() {
        return kanji;
    }

    char letter() {
        return letter;
    }

    LocalDate start() {
        return start;
    }

    /** The era's last day, or empty for the current one. */
    Optional<LocalDate> end() {
        Era[] eras = values();
        return ordinal() + 1 < eras.length ? Optional.of(eras[ordinal() + 1].start.minusDays(1)) : Optional.empty();
    }

    /** Year 1 of the era is its start year, so 令和9 is 2027. */
    int gregorianYear(int eraYear) {
        return start.getYear() + eraYear - 1;
    }

    int eraYear(LocalDate date) {
        return date.getYear() - start.getYear() + 1;
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(start) && end().map(e -> !date.isAfter(e)).orElse(true);
    }

    static Optional<Era> of(LocalDate date) {
        return Arrays.stream(values()).filter(e -> e.contains(date)).findFirst();
    }

    static Optional<Era> byKanji(String kanji) {
        return Arrays.stream(values()).filter(e -> e.kanji.equals(kanji)).findFirst();
    }

    static Optional<Era> byLetter(char letter) {
        return Arrays.stream(values())
                .filter(e -> e.letter == Character.toUpperCase(letter))
                .findFirst();
    }
}
