package se.esp.scenarios.support;

import io.cucumber.java.Before;

/** A fresh world, on empty storage, for every scenario. */
public class Hooks {

    @Before(order = 0)
    public void freshWorld() {
        World.renew();
    }
}
