package se.esp.scenarios.matching;

import io.cucumber.java.sv.Givet;
import io.cucumber.java.sv.När;
import io.cucumber.java.sv.Så;

/** Steg för matchning på svenska. */
public class MatchningStegSv {

    @Givet("att erbjudandet {string} kräver {string}, ges på {string} med {int} tillfälle(n) om {int} minuter i "
            + "veckan i {int} veckor för grupper om {int} till {int}")
    public void erbjudande(String titel, String kompetenser, String sprak, int tillfallen, int minuter, int veckor,
                           int minst, int mest) {
        MatchingDriver.offering(titel, kompetenser, sprak, tillfallen, minuter, veckor, minst, mest);
    }

    @Givet("att {string} ansöker om {int} deltagare till {string} på {string} från {string}")
    public void ansoker(String konsument, int deltagare, String erbjudande, String sprak, String fran) {
        MatchingDriver.applies(konsument, deltagare, erbjudande, sprak, fran, false);
    }

    @När("matchningen körs")
    public void matchningenKors() {
        MatchingDriver.run();
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

    @Så("säger förklaringen för {string} på {string} {string}")
    public void forklaring(String konsument, String sprak, String text) {
        MatchingDriver.assertExplanation(MatchingDriver.label(konsument, sprak), text);
    }

    @Så("fördelas leveransens kostnad {string} med {string} på {string} och {string} på {string}")
    public void kostnad(String kostnad, String forstaBelopp, String forsta, String andraBelopp, String andra) {
        MatchingDriver.assertCostSplit(kostnad, forstaBelopp, forsta, andraBelopp, andra);
    }
}
