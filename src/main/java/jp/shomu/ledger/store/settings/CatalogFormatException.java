package jp.shomu.ledger.store.settings;

/** A catalog file that does not follow the catalog's rules; the message names the file and the JSON path. */
public class CatalogFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CatalogFormatException(String file, String path, String problem) {
        super("カタログ " + file + " の " + path + ": " + problem);
    }
}
