package fr.assistantmedical.support;

import java.util.Map;

/** This run's database reached through a {@link TcpProxy}, which a test stops to cut the database off. */
public class ProxiedDatabase extends PostgresDatabase {

    private static volatile TcpProxy proxy;

    public static TcpProxy proxy() {
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        super.start();
        proxy = new TcpProxy(HOST, Integer.parseInt(PORT)).start();
        return settings("127.0.0.1", String.valueOf(proxy.port()));
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.stop();
        }
        super.stop();
    }
}
