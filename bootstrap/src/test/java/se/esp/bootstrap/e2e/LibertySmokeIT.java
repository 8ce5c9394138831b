package se.esp.bootstrap.e2e;

import java.util.Map;

/** The smoke suite on Open Liberty, as the build prepares it (target/liberty). */
class LibertySmokeIT extends ServerSmokeSuite {

    @Override
    EspServer server(Map<String, String> settings) throws Exception {
        return new LibertyServer(settings).withEventProbe();
    }
}
