package se.esp.bootstrap.e2e;

import java.util.Map;

/** DOMAIN.md's worked example, step for step as {@link WorkedExampleIT}, on WildFly (see {@link WildFlyServer}). */
class WildFlyWorkedExampleIT extends WorkedExampleIT {

    @Override
    EspServer server(Map<String, String> settings) {
        return new WildFlyServer(settings);
    }
}
