package jp.shomu.ledger.service.imports;

import jp.shomu.ledger.domain.cases.InvalidInputException;

/** The import found problems and registered nothing; {@link #preview()} lists every problem with its row and column. */
public final class ImportRefusedException extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    private final transient ImportPreview preview;

    public ImportRefusedException(ImportPreview preview) {
        super(
                preview.ok()
                        ? preview.file() + " に取り込む行がありません。何も取り込んでいません。"
                        : preview.file() + " に誤りが " + preview.problemCount() + " 件(" + preview.rowsWithProblems()
                                + " 行)あります。1行でも誤りがあると何も取り込みません。最初の誤り: "
                                + preview.problems().get(0).text());
        this.preview = preview;
    }

    public ImportPreview preview() {
        return preview;
    }
}
