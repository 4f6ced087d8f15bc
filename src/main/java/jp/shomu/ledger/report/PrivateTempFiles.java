package jp.shomu.ledger.report;

import jp.shomu.ledger.service.workplace.UserFiles;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Makes Apache POI write its scratch files (streamed Excel sheets hold personal data) into this process's folder in
 * the user's profile instead of the system temp folder, and removes what crashed runs left there. Called once at
 * start-up, before any export.
 */
public final class PrivateTempFiles {
    private PrivateTempFiles() {}

    public static void install(UserFiles files) {
        files.removeLeftoverTemp();
        TempFile.setTempFileCreationStrategy(
                new DefaultTempFileCreationStrategy(files.tempFolder().toFile()));
    }
}
