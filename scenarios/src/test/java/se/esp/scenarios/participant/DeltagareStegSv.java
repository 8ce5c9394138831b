package se.esp.scenarios.participant;

import java.sql.SQLException;

import io.cucumber.java.sv.Givet;
import io.cucumber.java.sv.När;
import io.cucumber.java.sv.Så;

/** Steg för deltagare på svenska. */
public class DeltagareStegSv {

    @Givet("att deltagaren {string} som talar {string} och nås på {string} är registrerad")
    public void arRegistrerad(String namn, String sprak, String epost) {
        ParticipantDriver.registered(namn, null, sprak, epost, false);
    }

    @När("jag registrerar deltagaren {string} som talar {string} och nås på {string}")
    public void registrerar(String namn, String sprak, String epost) {
        ParticipantDriver.register(namn, null, sprak, epost, false);
    }

    @När("jag registrerar deltagaren {string} med personnummer {string} som talar {string} för en blankett som frågar efter det")
    public void registrerarMedPersonnummer(String namn, String nummer, String sprak) {
        ParticipantDriver.register(namn, nummer, sprak, null, true);
    }

    @När("jag registrerar deltagaren {string} med personnummer {string} som talar {string} för en blankett som inte frågar efter det")
    public void registrerarMedOefterfragatPersonnummer(String namn, String nummer, String sprak) {
        ParticipantDriver.register(namn, nummer, sprak, null, false);
    }

    @När("jag läser deltagaren {string}")
    public void laser(String namn) {
        ParticipantDriver.read(namn);
    }

    @När("jag exporterar deltagaren {string}")
    public void exporterar(String namn) {
        ParticipantDriver.export(namn);
    }

    @När("jag ändrar e-postadressen för {string} till {string}")
    public void andrarEpost(String namn, String epost) {
        ParticipantDriver.changeEmail(namn, epost);
    }

    @När("deltagandet för {string} avslutas")
    public void avslutas(String namn) {
        ParticipantDriver.complete(namn);
    }

    @Givet("att personuppgifter sparas i {int} månader efter avslut")
    public void sparas(int manader) {
        ParticipantDriver.retention(manader);
    }

    @När("{int} månader och {int} dag(ar) går")
    public void tidenGar(int manader, int dagar) {
        ParticipantDriver.timePasses(manader, dagar);
    }

    @När("gallringsjobbet körs")
    public void gallringsjobbetKors() {
        ParticipantDriver.retentionJobRuns();
    }

    @Så("ser jag deltagaren {string}")
    public void serJag(String namn) {
        ParticipantDriver.assertSeesName(namn);
    }

    @Så("är {string} {int} år den {string}")
    public void alder(String namn, int ar, String dag) {
        ParticipantDriver.assertAge(namn, ar, dag);
    }

    @Så("är e-postadressen för {string} {string}")
    public void epost(String namn, String epost) {
        ParticipantDriver.assertStoredEmail(namn, epost);
    }

    @Så("har åtkomstloggen för {string} en nekad läsning av personal hos {string}")
    public void nekadLasningLoggad(String namn, String nummer) {
        ParticipantDriver.assertRefusedAttemptLogged(namn, nummer);
    }

    @Så("finns varje läsning av {string} i scenariot i åtkomstloggen")
    public void varjeLasningLoggad(String namn) {
        ParticipantDriver.assertEveryReadLogged(namn);
    }

    @Så("har åtkomstloggen för {string} {int} ändring(ar)")
    public void andringarLoggade(String namn, int antal) {
        ParticipantDriver.assertChangesLogged(namn, antal);
    }

    @Så("är {string} anonymiserad")
    public void anonymiserad(String namn) {
        ParticipantDriver.assertAnonymised(namn);
    }

    @Så("finns personuppgifterna för {string} kvar")
    public void finnsKvar(String namn) {
        ParticipantDriver.assertKept(namn);
    }

    @Så("räknas {string} fortfarande som deltagare hos {string}")
    public void raknasFortfarande(String namn, String nummer) {
        ParticipantDriver.assertStillCountedFor(namn, nummer);
    }

    @Så("berättar utkorgen att {string} har anonymiserats")
    public void utkorgenBerattar(String namn) {
        ParticipantDriver.assertAnonymisationAnnounced(namn);
    }

    @Så("finns namnet på {string} i lagringen")
    public void finnsILagringen(String namn) {
        ParticipantDriver.assertStorageHolds(namn);
    }

    @Så("finns namn och personnummer för {string} inte kvar i någon tabell, utkorg, åtkomstlogg eller logg")
    public void ingenstans(String namn) throws SQLException {
        ParticipantDriver.assertNoPersonalDataAnywhere(namn);
    }
}
