package jp.shomu.ledger.domain.ledger;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a ledger lives: one SQLite file on the share (the default), or a database on a PostgreSQL server
 * ({@code postgresql://host[:port]/db}). Parsed from what a person types after {@code --ledger} or in the location
 * screen; the credentials never belong to the location (they come from the user's settings or the OS user).
 */
public sealed interface LedgerLocation {
    /** The prefix that makes a location a server. */
    String SERVER_SCHEME = "postgresql://";

    /** A ledger file. */
    record File(Path path) implements LedgerLocation {
        public File {
            path = path.toAbsolutePath();
        }

        @Override
        public String display() {
            return path.toString();
        }
    }

    /** A database on a PostgreSQL server. */
    record Server(String host, int port, String database) implements LedgerLocation {
        public static final int DEFAULT_PORT = 5432;

        @Override
        public String display() {
            return SERVER_SCHEME + host + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database;
        }
    }

    /** What a person reads: the file's path or the server URL. */
    String display();

    /** The short name for titles and reports: the file's name, or the server URL (a database has no shorter name). */
    default String shortName() {
        return this instanceof File f ? f.path().getFileName().toString() : display();
    }

    /** True for a PostgreSQL database. */
    default boolean isServer() {
        return this instanceof Server;
    }

    /** The same location, as a file; refuses a server with {@code doing} named, e.g. 「バックアップ」. */
    default Path requireFile(String doing) {
        if (this instanceof File f) {
            return f.path();
        }
        throw new IllegalArgumentException(doing + "はファイルの台帳(.db)だけで使えます。サーバーの台帳(" + display()
                + ")では PostgreSQL の仕組み(pg_dump など、docs/INSTALL.md)を使ってください。");
    }

    static LedgerLocation of(Path file) {
        return new File(file);
    }

    /**
     * Reads a location as typed: {@code postgresql://host[:port]/db} (the scheme in any letter case), anything else
     * is a file path. A malformed server URL is refused with a Japanese message naming what is wrong.
     */
    static LedgerLocation parse(String text) {
        String t = text.strip();
        if (!t.toLowerCase(Locale.ROOT).startsWith(SERVER_SCHEME)) {
            return new File(Path.of(t));
        }
        Matcher m = SERVER.matcher(t.substring(SERVER_SCHEME.length()));
        if (!m.matches()) {
            throw new IllegalArgumentException("PostgreSQL の台帳の指定が読めません: " + t
                    + "\n書き方: postgresql://サーバー名[:ポート]/データベース名(例 postgresql://127.0.0.1/shomu)。"
                    + "ユーザー名とパスワードは指定に含めません。");
        }
        int port = Server.DEFAULT_PORT;
        if (m.group(2) != null) {
            port = Integer.parseInt(m.group(2));
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("ポート番号は 1〜65535 です: " + t);
            }
        }
        return new Server(m.group(1), port, m.group(3));
    }

    /** host (a name, an IPv4 address or [IPv6]), an optional port, one database name; no user, no query. */
    Pattern SERVER = Pattern.compile(
            "([A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:]+\\])(?::([0-9]{1,5}))?/([A-Za-z_][A-Za-z0-9_\\-]{0,62})/?");
}
