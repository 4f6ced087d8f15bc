package jp.shomu.ledger.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketImpl;
import java.net.SocketImplFactory;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.security.Permission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Records, and refuses, every attempt of this JVM to reach the network, so a test can run the app's flows and prove
 * that none was made. Installed once per JVM (the JDK allows each hook to be set only once) and then left in place:
 * <ul>
 * <li>a socket factory for {@link Socket} and {@link ServerSocket}: every socket created is recorded;</li>
 * <li>a URL handler for http, https and ftp: opening such a URL is recorded;</li>
 * <li>a {@link ProxySelector}: java.net.http and URLConnection ask it before connecting;</li>
 * <li>while {@link #watch} runs, and only where the JVM still allows one (Java 17), a security manager whose
 * connect, listen and accept checks also catch NIO channels, datagrams and host-name lookups (except the JDK's
 * lookup of this machine's own name for its font cache on Linux, explained where it is let through).</li>
 * </ul>
 * For the whole process, including native code, see the strace check in docs/SECURITY.md.
 */
public final class NetworkTripwire {
    private static final Set<String> REMOTE_PROTOCOLS = Set.of("http", "https", "ftp");
    private static final List<String> ATTEMPTS = Collections.synchronizedList(new ArrayList<>());
    private static boolean installed;

    private NetworkTripwire() {}

    /** Runs {@code flow} and returns every network attempt made meanwhile (empty is the expected answer). */
    public static synchronized List<String> watch(Runnable flow) {
        install();
        ATTEMPTS.clear();
        boolean withSecurityManager = installSecurityManager();
        try {
            flow.run();
        } finally {
            if (withSecurityManager) {
                removeSecurityManager();
            }
        }
        return List.copyOf(ATTEMPTS);
    }

    static void record(String what) {
        ATTEMPTS.add(what);
    }

    @SuppressWarnings("deprecation")
    private static void install() {
        if (installed) {
            return;
        }
        try {
            SocketImplFactory factory = RefusingSocket::new;
            Socket.setSocketImplFactory(factory);
            ServerSocket.setSocketFactory(factory);
        } catch (IOException e) {
            throw new IllegalStateException("socket factory already set in this JVM", e);
        }
        URL.setURLStreamHandlerFactory(protocol -> REMOTE_PROTOCOLS.contains(protocol) ? new RefusingHandler() : null);
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                record("proxy lookup for " + uri);
                throw new IllegalStateException("network access attempted: " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
                record("connect failed " + uri);
            }
        });
        installed = true;
    }

    @SuppressWarnings("removal")
    private static boolean installSecurityManager() {
        try {
            System.setSecurityManager(new Watcher());
            return true;
        } catch (RuntimeException notAllowed) {
            // Java 18+ refuses a security manager unless -Djava.security.manager=allow: the other wires still hold
            return false;
        }
    }

    @SuppressWarnings("removal")
    private static void removeSecurityManager() {
        System.setSecurityManager(null);
    }

    /** The first frames outside the JDK that led here, to name the culprit. */
    static String caller() {
        return StackWalker.getInstance()
                .walk(s -> s.map(StackWalker.StackFrame::toString)
                        .filter(f -> !f.startsWith("java.")
                                && !f.startsWith("jdk.")
                                && !f.startsWith("sun.")
                                && !f.contains("NetworkTripwire"))
                        .limit(4)
                        .toList())
                .toString();
    }

    private static boolean calledFrom(String className) {
        return StackWalker.getInstance()
                .walk(s -> s.anyMatch(f -> f.getClassName().equals(className)));
    }

    /** Allows everything except reaching the network. */
    @SuppressWarnings("removal")
    private static final class Watcher extends SecurityManager {
        @Override
        public void checkPermission(Permission perm) {
            // everything else is allowed: only the network checks below matter here
        }

        @Override
        public void checkPermission(Permission perm, Object context) {
            // as above
        }

        @Override
        public void checkConnect(String host, int port) {
            if (port == -1 && calledFrom("sun.font.FcFontConfiguration")) {
                // The JDK on Linux names its font cache file after this machine (InetAddress.getLocalHost), the
                // first time anything measures text (POI sizing columns). A lookup of the machine's own name, not
                // a connection; Windows does not do it, and the strace check shows whether a packet would leave.
                return;
            }
            record("connect or look up " + host + ":" + port + " by " + caller());
            throw new SecurityException("network access attempted: " + host + ":" + port);
        }

        @Override
        public void checkConnect(String host, int port, Object context) {
            checkConnect(host, port);
        }

        @Override
        public void checkListen(int port) {
            record("listen on port " + port);
            throw new SecurityException("network listen attempted: " + port);
        }

        @Override
        public void checkAccept(String host, int port) {
            record("accept from " + host + ":" + port);
            throw new SecurityException("network accept attempted");
        }

        @Override
        public void checkMulticast(InetAddress maddr) {
            record("multicast " + maddr);
            throw new SecurityException("multicast attempted");
        }
    }

    private static final class RefusingHandler extends URLStreamHandler {
        @Override
        protected URLConnection openConnection(URL u) throws IOException {
            record("open " + u);
            throw new IOException("network access attempted: " + u);
        }
    }

    /** A socket that records its creation and refuses to do anything. */
    private static final class RefusingSocket extends SocketImpl {
        RefusingSocket() {
            record("socket created by " + caller());
        }

        private static IOException refused() {
            return new IOException("network access attempted");
        }

        @Override
        protected void create(boolean stream) throws IOException {
            throw refused();
        }

        @Override
        protected void connect(String host, int port) throws IOException {
            record("connect " + host + ":" + port);
            throw refused();
        }

        @Override
        protected void connect(InetAddress address, int port) throws IOException {
            record("connect " + address + ":" + port);
            throw refused();
        }

        @Override
        protected void connect(SocketAddress address, int timeout) throws IOException {
            record("connect " + address);
            throw refused();
        }

        @Override
        protected void bind(InetAddress host, int port) throws IOException {
            record("bind " + host + ":" + port);
            throw refused();
        }

        @Override
        protected void listen(int backlog) throws IOException {
            throw refused();
        }

        @Override
        protected void accept(SocketImpl s) throws IOException {
            throw refused();
        }

        @Override
        protected InputStream getInputStream() throws IOException {
            throw refused();
        }

        @Override
        protected OutputStream getOutputStream() throws IOException {
            throw refused();
        }

        @Override
        protected int available() throws IOException {
            throw refused();
        }

        @Override
        protected void close() {
            // nothing was opened
        }

        @Override
        protected void sendUrgentData(int data) throws IOException {
            throw refused();
        }

        @Override
        public void setOption(int optID, Object value) {
            // options of a socket that never opens do not matter
        }

        @Override
        public Object getOption(int optID) {
            return null;
        }
    }
}
