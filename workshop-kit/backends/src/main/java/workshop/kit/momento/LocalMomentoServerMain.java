package workshop.kit.momento;

/**
 * Runs a {@link LocalMomentoServer} until Ctrl-C, for trying things by hand.
 *
 * <p>Usage: {@code LocalMomentoServerMain [--port N]} (default 0: a free port). The port is printed
 * alone on the first line of standard output, so a script can read it. Create caches through the
 * SDK ({@code createCache}); the manual clock never advances here, so TTLs never run out.
 */
public final class LocalMomentoServerMain {

    private LocalMomentoServerMain() {}

    public static void main(String[] args) throws InterruptedException {
        int port = parsePort(args);
        LocalMomentoServer server = LocalMomentoServer.start(new ManualClock(), port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "local-momento-shutdown"));
        System.out.println(server.port());
        System.err.println("Local Momento server on " + server.host() + ":" + server.port()
                + "; connect with new MomentoLocalProvider(\"" + server.host() + "\", " + server.port()
                + "). Ctrl-C to stop.");
        server.awaitTermination();
    }

    private static int parsePort(String[] args) {
        if (args.length == 0) {
            return 0;
        }
        if (args.length == 2 && args[0].equals("--port")) {
            return Integer.parseInt(args[1]);
        }
        if (args.length == 1 && args[0].startsWith("--port=")) {
            return Integer.parseInt(args[0].substring("--port=".length()));
        }
        throw new IllegalArgumentException("Usage: LocalMomentoServerMain [--port N]");
    }
}
