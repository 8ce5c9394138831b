package se.esp.scenarios.support;

import io.cucumber.java.sv.Givet;
import se.esp.application.security.UserRole;

/** Vem som agerar, för steg som flera områdens features använder. */
public class RollStegSv {

    @Givet("att jag är samordnare hos {string}")
    public void samordnareHos(String nummerEllerNamn) {
        World world = World.current();
        world.actAs(UserRole.COORDINATOR, world.organisation(nummerEllerNamn));
    }

    @Givet("att jag är leverantörspersonal hos {string}")
    public void leverantorspersonalHos(String nummerEllerNamn) {
        World world = World.current();
        world.actAs(UserRole.SUPPLIER_STAFF, world.organisation(nummerEllerNamn));
    }
}
