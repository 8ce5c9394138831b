package se.esp.bootstrap.e2e;

import java.util.Map;

/**
 * The smoke suite on WildFly, unpacked from {@code org.wildfly:wildfly-dist} and configured by bootstrap's
 * {@code src/main/wildfly} (see {@link WildFlyServer}), with the same WAR as Liberty's.
 */
class WildFlySmokeIT extends ServerSmokeSuite {

    @Override
    EspServer server(Map<String, String> settings) {
        return new WildFlyServer(settings);
    }
}
