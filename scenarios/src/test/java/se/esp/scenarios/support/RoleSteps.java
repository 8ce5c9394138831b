package se.esp.scenarios.support;

import io.cucumber.java.en.Given;
import se.esp.application.security.UserRole;

/** Who is acting, for steps that more than one area's features use. */
public class RoleSteps {

    @Given("I am a coordinator of {string}")
    public void coordinatorOf(String numberOrName) {
        World world = World.current();
        world.actAs(UserRole.COORDINATOR, world.organisation(numberOrName));
    }

    @Given("I am supplier staff of {string}")
    public void supplierStaffOf(String numberOrName) {
        World world = World.current();
        world.actAs(UserRole.SUPPLIER_STAFF, world.organisation(numberOrName));
    }
}
