package se.esp.scenarios.credential;

import io.cucumber.java.sv.Givet;
import io.cucumber.java.sv.När;
import io.cucumber.java.sv.Så;

/** Steg för mikromeriter på svenska. */
public class MikromeritStegSv {

    @Givet("att ägaren har definierat mikromeriten {string} med titeln {string} kopplad till ESCO-yrket {string} "
            + "värd {string} poäng")
    public void definierad(String kod, String titel, String yrke, String poang) {
        CredentialDriver.define(kod, titel, yrke, poang);
    }

    @Givet("att {string} erbjuder {string} som leder till mikromeriten/mikromeriterna {string}, kräver {string} "
            + "och ges på {string}")
    public void erbjuder(String leverantor, String titel, String koder, String kompetens, String sprak) {
        CredentialDriver.offers(leverantor, titel, koder, kompetens, sprak);
    }

    @När("leverantören avslutar leveransen för ansökan från {string} på {string} där deltagare {string} inte "
            + "fullföljde")
    public void avslutar(String konsument, String sprak, String nummer) {
        CredentialDriver.complete(konsument, sprak, nummer);
    }

    @Så("har deltagare {int} i ansökan från {string} på {string} mikromeriterna {string}")
    public void har(int nummer, String konsument, String sprak, String koder) {
        CredentialDriver.assertHolds(nummer, konsument, sprak, koder);
    }

    @Så("har deltagare {int} i ansökan från {string} på {string} ingen mikromerit")
    public void harIngen(int nummer, String konsument, String sprak) {
        CredentialDriver.assertHoldsNone(nummer, konsument, sprak);
    }

    @Så("utfärdades {int} mikromeriter i leveransen för ansökan från {string} på {string}, var och en meddelad "
            + "som händelse")
    public void utfardades(int antal, String konsument, String sprak) {
        CredentialDriver.assertIssuedForDelivery(antal, konsument, sprak);
    }

    @När("leverantörspersonal hos {string} återkallar mikromeriten {string} för deltagare {int} i ansökan från "
            + "{string} på {string} med motiveringen {string}")
    public void leverantorenAterkallar(String organisation, String code, int number, String consumer,
                                      String language, String reason) {
        CredentialDriver.revoke("SUPPLIER_STAFF", organisation, code, number, consumer, language, reason);
    }

    @När("konsumentpersonal hos {string} återkallar mikromeriten {string} för deltagare {int} i ansökan från "
            + "{string} på {string} med motiveringen {string}")
    public void konsumentenAterkallar(String organisation, String code, int number, String consumer,
                                     String language, String reason) {
        CredentialDriver.revoke("CONSUMER_STAFF", organisation, code, number, consumer, language, reason);
    }

    @Så("är mikromeriten {string} för deltagare {int} i ansökan från {string} på {string} återkallad med "
            + "motiveringen {string}, meddelat som händelse")
    public void aterkallad(String code, int number, String consumer, String language, String reason) {
        CredentialDriver.assertRevoked(number, consumer, language, code, reason);
    }

    @Så("är mikromeriten {string} för deltagare {int} i ansökan från {string} på {string} inte återkallad")
    public void interAterkallad(String code, int number, String consumer, String language) {
        CredentialDriver.assertNotRevoked(number, consumer, language, code);
    }

    @Så("har dataexporten för deltagare {int} i ansökan från {string} på {string} mikromeriterna {string}, "
            + "{string} återkallad med motiveringen {string}")
    public void exportenHar(int nummer, String konsument, String sprak, String koder, String aterkallad,
                            String motivering) {
        CredentialDriver.assertExportHolds(nummer, konsument, sprak, koder, aterkallad, motivering);
    }

    @Så("är deltagare {int} i ansökan från {string} på {string} anonymiserad")
    public void anonymiserad(int nummer, String konsument, String sprak) {
        CredentialDriver.assertAnonymised(nummer, konsument, sprak);
    }

    @När("konsumentpersonal exporterar mikromeriten {string} för deltagare {int} i ansökan från {string} på "
            + "{string} som signerat Open Badge")
    public void exporterar(String kod, int nummer, String konsument, String sprak) {
        OpenBadgeDriver.export(kod, nummer, konsument, sprak);
    }

    @Så("verifieras den exporterade mikromeriten som giltig, dess signatur stämmer med ägarens publicerade nyckel, "
            + "och den anger deltagaren endast genom en saltad hash")
    public void giltig() {
        OpenBadgeDriver.assertVerifiesAsValid();
    }

    @När("någon ändrar den exporterade mikromeritens innehåll efter att den signerades")
    public void andrar() {
        OpenBadgeDriver.tamper();
    }

    @Så("underkänns den exporterade mikromeriten vid verifieringen som manipulerad")
    public void manipulerad() {
        OpenBadgeDriver.assertFailsAsTampered();
    }

    @Så("verifieras den exporterade mikromeriten som återkallad med motiveringen {string}")
    public void verifieradAterkallad(String motivering) {
        OpenBadgeDriver.assertVerifiesAsRevoked(motivering);
    }
}
