package se.esp.scenarios.support;

import io.cucumber.java.en.Given;
import io.cucumber.java.sv.Givet;
import se.esp.application.security.UserRole;

/** Who acts, shared by every area's features (one phrase per role and language, so areas never clash). */
public class RoleSteps {

    @Given("I am a coordinator of {string}")
    public void coordinatorOf(String organisation) {
        World.current().actAs(UserRole.COORDINATOR, ScenarioOrganisations.find(organisation).id());
    }

    @Givet("att jag är samordnare hos {string}")
    public void samordnareHos(String organisation) {
        coordinatorOf(organisation);
    }
}
