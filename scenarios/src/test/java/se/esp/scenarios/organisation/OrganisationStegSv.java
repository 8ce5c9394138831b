package se.esp.scenarios.organisation;

import java.util.Set;

import io.cucumber.java.sv.Givet;
import io.cucumber.java.sv.När;
import io.cucumber.java.sv.Så;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.scenarios.support.World;

/** Steg för organisationer på svenska. */
public class OrganisationStegSv {

    @Givet("att jag är plattformsadministratör")
    public void attJagArPlattformsadministrator() {
        World.current().actAs(UserRole.PLATFORM_ADMINISTRATOR, null);
    }

    @Givet("att jag är handläggare hos konsumenten {string}")
    public void attJagArHandlaggareHos(String nummer) {
        OrganisationDriver.actAs(UserRole.CONSUMER_STAFF, nummer);
    }

    @Givet("att {kind} {string} med organisationsnummer {string} och {long} invånare är registrerad som {roles}")
    public void arRegistrerad(OrganisationKind form, String namn, String nummer, long invanare,
                              Set<OrganisationRole> roller) {
        OrganisationDriver.registered(form, namn, nummer, invanare, roller);
    }

    @När("jag registrerar {kind} {string} med organisationsnummer {string} och {long} invånare som {roles}")
    public void registrerarMedInvanareOchRoller(OrganisationKind form, String namn, String nummer, long invanare,
                                                Set<OrganisationRole> roller) {
        OrganisationDriver.register(form, namn, nummer, invanare, roller);
    }

    @När("jag registrerar {kind} {string} med organisationsnummer {string}")
    public void registrerar(OrganisationKind form, String namn, String nummer) {
        OrganisationDriver.register(form, namn, nummer, null, Set.of());
    }

    @När("{string} byter namn till {string} utifrån version {long}")
    public void byterNamn(String nummer, String namn, long version) {
        OrganisationDriver.rename(nummer, namn, version);
    }

    @När("jag låter {string} ha rollerna {roles}")
    public void latHaRollerna(String nummer, Set<OrganisationRole> roller) {
        OrganisationDriver.changeRoles(nummer, roller);
    }

    @Så("är {string} registrerad som {string}")
    public void arRegistreradSom(String nummer, String namn) {
        OrganisationDriver.assertRegisteredAs(nummer, namn);
    }

    @Så("sparas organisationsnumret för {string} som {string}")
    public void sparasSom(String nummer, String siffror) {
        OrganisationDriver.assertKeptAs(nummer, siffror);
    }

    @Så("har {string} rollerna {roles}")
    public void harRollerna(String nummer, Set<OrganisationRole> roller) {
        OrganisationDriver.assertPlays(nummer, roller);
    }

    @Så("väntar en händelse {string} för {string} i utkorgen")
    public void vantarHandelse(String typ, String nummer) {
        OrganisationDriver.assertEventWaiting(nummer, typ);
    }

    @Så("avvisas det eftersom {string} har {string}")
    public void avvisasEftersom(String falt, String kod) {
        OrganisationDriver.assertRefusedBecause(falt, kod);
    }

    @Så("avvisas det med {string}")
    public void avvisasMed(String kod) {
        OrganisationDriver.assertRefusedWith(kod);
    }

    @Så("har plattformen {int} organisation(er)")
    public void harPlattformen(int antal) {
        OrganisationDriver.assertCount(antal);
    }
}
