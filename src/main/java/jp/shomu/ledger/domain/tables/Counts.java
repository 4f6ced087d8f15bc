package jp.shomu.ledger.domain.tables;

import jp.shomu.ledger.domain.cases.InvalidInputException;

/** A pair of copier counters (or pages): monochrome and colour. */
public record Counts(long mono, long colour) {
    public static final Counts ZERO = new Counts(0, 0);

    public Counts {
        if (mono < 0 || colour < 0) {
            throw new InvalidInputException("カウンターは0以上の整数で入力してください(モノクロ " + mono + "、カラー " + colour + ")");
        }
    }

    boolean anyBelow(Counts other) {
        return mono < other.mono || colour < other.colour;
    }

    Counts minus(Counts earlier) {
        return new Counts(mono - earlier.mono, colour - earlier.colour);
    }

    @Override
    public String toString() {
        return String.format("モノクロ %,d、カラー %,d", mono, colour);
    }
}
