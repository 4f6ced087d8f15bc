package jp.shomu.ledger.domain.kpi;

/** One 中区分's figures for the month, with its standard minutes per case (from the current catalog). */
public record TypeFigures(String code, String name, String majorCode, int standardMinutesPerCase, Tally tally) {
    public long get(Figure f) {
        return tally.get(f);
    }
}
