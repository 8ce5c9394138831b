package se.esp.scenarios.matching;

import io.cucumber.java.sv.Givet;
import io.cucumber.java.sv.När;
import io.cucumber.java.sv.Så;

/** Steg för matchning, ansökningar och leveranser på svenska. */
public class MatchningStegSv {

    @Givet("att {string} erbjuder {string} som kräver {string}, ges på {string} med {int} tillfälle(n) om {int} "
            + "minuter i veckan i {int} veckor för grupper om {int} till {int} för {string} per deltagare")
    public void erbjuder(String leverantor, String titel, String kompetenser, String sprak, int tillfallen,
                         int minuter, int veckor, int minst, int mest, String pris) {
        MatchingDriver.offers(leverantor, titel, kompetenser, sprak, tillfallen, minuter, veckor, minst, mest, pris);
    }

    @Givet("att {string} ansöker om {int} deltagare till {string} på {string} från {string}")
    public void ansoker(String konsument, int deltagare, String erbjudande, String sprak, String fran) {
        MatchingDriver.applies(konsument, deltagare, erbjudande, sprak, fran, false);
    }

    @Givet("att {string} ansöker brådskande om {int} deltagare till {string} på {string} från {string}")
    public void ansokerBradskande(String konsument, int deltagare, String erbjudande, String sprak, String fran) {
        MatchingDriver.applies(konsument, deltagare, erbjudande, sprak, fran, true);
    }

    @När("{string} ansöker om {int} deltagare till {string} på {string} från {string}")
    public void nyAnsokan(String konsument, int deltagare, String erbjudande, String sprak, String fran) {
        MatchingDriver.applies(konsument, deltagare, erbjudande, sprak, fran, false);
    }

    @När("{string} ansöker brådskande om {int} deltagare till {string} på {string} från {string}")
    public void nyBradskandeAnsokan(String konsument, int deltagare, String erbjudande, String sprak, String fran) {
        MatchingDriver.applies(konsument, deltagare, erbjudande, sprak, fran, true);
    }

    @När("{string} återkallar sin ansökan på {string}")
    public void aterkallar(String konsument, String sprak) {
        MatchingDriver.cancel(MatchingDriver.label(konsument, sprak));
    }

    @När("leverantören startar leveransen för ansökan från {string} på {string}")
    public void startar(String konsument, String sprak) {
        MatchingDriver.start(MatchingDriver.label(konsument, sprak));
    }

    @När("leverantören avslutar leveransen för ansökan från {string} på {string} med alla deltagare genomförda")
    public void avslutar(String konsument, String sprak) {
        MatchingDriver.complete(MatchingDriver.label(konsument, sprak));
    }

    @När("leverantören ställer in leveransen för ansökan från {string} på {string} eftersom {string}")
    public void stallerIn(String konsument, String sprak, String skal) {
        MatchingDriver.cancelDelivery(MatchingDriver.label(konsument, sprak), skal);
    }

    @Så("placeras ansökan från {string} på {string} på nytt hos {string}")
    public void placerasPaNytt(String konsument, String sprak, String resurs) {
        MatchingDriver.assertPlacedAnew(MatchingDriver.label(konsument, sprak), resurs);
    }

    @När("jag läser ansökan från {string} på {string}")
    public void laser(String konsument, String sprak) {
        MatchingDriver.readAsActor(MatchingDriver.label(konsument, sprak));
    }

    @När("jag läser deltagarna i ansökan från {string} på {string}")
    public void laserDeltagare(String konsument, String sprak) {
        MatchingDriver.readParticipantsAsActor(MatchingDriver.label(konsument, sprak));
    }

    @Så("ser jag dem")
    public void serDem() {
        se.esp.scenarios.support.World.current().requireLastSucceeded();
    }

    @Så("delar ansökningarna från {string} på {string} och {string} på {string} en leverans som leds av {string}")
    public void delarLeverans(String forsta, String forstaSprak, String andra, String andraSprak, String resurs) {
        MatchingDriver.assertShareOneDelivery(MatchingDriver.label(forsta, forstaSprak),
                MatchingDriver.label(andra, andraSprak), resurs);
    }

    @Så("placeras ansökan från {string} på {string} hos {string}")
    public void placerasHos(String konsument, String sprak, String resurs) {
        MatchingDriver.assertPlacedWith(MatchingDriver.label(konsument, sprak), resurs);
    }

    @Så("väntar ansökan från {string} på {string} eftersom {string}")
    public void vantar(String konsument, String sprak, String skal) {
        MatchingDriver.assertWaits(MatchingDriver.label(konsument, sprak), skal);
    }

    @Så("har ansökan från {string} på {string} status {string}")
    public void status(String konsument, String sprak, String status) {
        MatchingDriver.assertStatus(MatchingDriver.label(konsument, sprak), status);
    }

    @Så("säger förklaringen för {string} på {string} {string}")
    public void forklaring(String konsument, String sprak, String text) {
        MatchingDriver.assertExplanation(MatchingDriver.label(konsument, sprak), text);
    }

    @Så("kostar leveransen för {string} på {string} {string}, fördelat med {string} på {string} och {string} på {string}")
    public void kostnad(String konsument, String sprak, String kostnad, String forstaBelopp, String forsta,
                        String andraBelopp, String andra) {
        MatchingDriver.assertCostSplit(MatchingDriver.label(konsument, sprak), kostnad, forstaBelopp, forsta,
                andraBelopp, andra);
    }

    @Så("har ansökan från {string} på {string} kvar deltagarnas svar")
    public void svarKvar(String konsument, String sprak) {
        MatchingDriver.assertAnswersErased(MatchingDriver.label(konsument, sprak), false);
    }

    @Så("har ansökan från {string} på {string} inte längre deltagarnas svar")
    public void svarBorta(String konsument, String sprak) {
        MatchingDriver.assertAnswersErased(MatchingDriver.label(konsument, sprak), true);
    }

    @Så("är deltagandena i ansökan från {string} på {string} avslutade")
    public void deltagandenAvslutade(String konsument, String sprak) {
        MatchingDriver.assertParticipantsCompleted(MatchingDriver.label(konsument, sprak));
    }

    @När("en plattformsadministratör pausar {string} eftersom {string}")
    public void pausarErbjudande(String erbjudande, String skal) {
        MatchingDriver.suspendOffering(erbjudande, skal);
    }

    @När("en plattformsadministratör återupptar {string}")
    public void aterupptarErbjudande(String erbjudande) {
        MatchingDriver.resumeOffering(erbjudande);
    }

    @När("matchningssvepet körs")
    public void svep() {
        MatchingDriver.sweep();
    }

    @Så("begärde svepet dagens matchningskörning")
    public void dagensKorningBegard() {
        MatchingDriver.assertDailyRunRequested(true);
    }

    @Så("begärde svepet ingen daglig matchningskörning")
    public void ingenDagligKorning() {
        MatchingDriver.assertDailyRunRequested(false);
    }
}
