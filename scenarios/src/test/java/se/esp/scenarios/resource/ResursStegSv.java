package se.esp.scenarios.resource;

import io.cucumber.java.sv.Givet;
import io.cucumber.java.sv.När;
import io.cucumber.java.sv.Så;

/** Steg för resurser på svenska. */
public class ResursStegSv {

    @Givet("att resursen {string} anställd av {string} talar {string} och har angett kompetensen {string} till {string}")
    public void registrerad(String namn, String arbetsgivare, String sprak, String kompetens, String giltigTill) {
        ResourceDriver.registered(namn, arbetsgivare, sprak, kompetens, giltigTill);
    }

    @Givet("att resursen {string} anställd av {string} talar {string}, tar {string} i timmen och har angett "
            + "kompetensen {string} till {string}")
    public void registreradMedTimpris(String namn, String arbetsgivare, String sprak, String timpris, String kompetens,
                                      String giltigTill) {
        ResourceDriver.registered(namn, arbetsgivare, sprak, kompetens, giltigTill, timpris, 20);
    }

    @Givet("att resursen {string} anställd av {string} talar {string}, arbetar högst {int} timm(e)(ar) i veckan och "
            + "har angett kompetensen {string} till {string}")
    public void registreradMedTak(String namn, String arbetsgivare, String sprak, int timmar, String kompetens,
                                  String till) {
        ResourceDriver.registered(namn, arbetsgivare, sprak, kompetens, till, "450.00", timmar);
    }

    @Givet("att den fristående resursen {string} talar {string} och har angett kompetensen {string} till {string}")
    public void registreradFristaende(String namn, String sprak, String kompetens, String giltigTill) {
        ResourceDriver.registered(namn, null, sprak, kompetens, giltigTill);
    }

    @Givet("att en samordnare hos {string} har verifierat kompetensen {string} hos {string}")
    public void verifieradAv(String organisation, String kompetens, String namn) {
        ResourceDriver.verifiedBy(namn, kompetens, organisation);
    }

    @När("en samordnare hos {string} verifierar kompetensen {string} hos {string}")
    public void samordnareVerifierar(String organisation, String kompetens, String namn) {
        ResourceDriver.verifiedBy(namn, kompetens, organisation);
    }

    @När("jag verifierar kompetensen {string} hos {string}")
    public void verifierar(String kompetens, String namn) {
        ResourceDriver.verify(namn, kompetens);
    }

    @När("jag avvisar kompetensen {string} hos {string} eftersom {string}")
    public void avvisar(String kompetens, String namn, String anmarkning) {
        ResourceDriver.reject(namn, kompetens, anmarkning);
    }

    @När("jag stänger av {string} eftersom {string}")
    public void stangerAv(String namn, String skal) {
        ResourceDriver.suspend(namn, skal);
    }

    @När("datumet är {string}")
    public void datumetAr(String datum) {
        ResourceDriver.dateIs(datum);
    }

    @Så("har resursen {string} status {string}")
    public void harStatus(String namn, String status) {
        ResourceDriver.assertStatus(namn, status);
    }

    @Så("räknas kompetensen {string} hos {string}")
    public void raknas(String kompetens, String namn) {
        ResourceDriver.assertCounts(namn, kompetens, true);
    }

    @Så("räknas kompetensen {string} hos {string} inte längre")
    public void raknasInteLangre(String kompetens, String namn) {
        ResourceDriver.assertCounts(namn, kompetens, false);
    }

    @Så("väntar en händelse {string} för resursen {string} i utkorgen")
    public void vantarHandelse(String typ, String namn) {
        ResourceDriver.assertEventWaiting(namn, typ);
    }
}
