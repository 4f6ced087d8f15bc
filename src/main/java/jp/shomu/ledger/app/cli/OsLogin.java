package jp.shomu.ledger.app.cli;

import com.sun.security.auth.module.NTSystem;
import com.sun.security.auth.module.UnixSystem;

/**
 * The login name of whoever runs the app, asked of the operating system itself. The user.name property would do on
 * an honest PC, but anyone can set it on the command line (java -Duser.name=someone) and so act as anyone on the
 * roster. Needs the JDK module jdk.security.auth in the packaged runtime; without it the property is the fallback.
 */
public final class OsLogin {
    private OsLogin() {}

    public static String current() {
        try {
            return System.getProperty("os.name", "").startsWith("Windows")
                    ? new NTSystem().getName()
                    : new UnixSystem().getUsername();
        } catch (LinkageError noModule) {
            return System.getProperty("user.name");
        }
    }
}
