package se.esp.scenarios.catalogue;

import io.cucumber.java.sv.Så;

/** Katalogsteg på svenska. */
public class KatalogStegSv {

    @Så("visar katalogen {string} med nästa start {string} på {string} och {int} ansökning(ar) i kö")
    public void visarKapacitet(String titel, String nastaStart, String sprak, int iKo) {
        CatalogueDriver.showsCapacity(titel, nastaStart, sprak, iKo);
    }

    @Så("hittar en sökning i katalogen efter det som kan starta inom {int} dagar {string}")
    public void hittar(int dagar, String titel) {
        CatalogueDriver.startingWithinFinds(dagar, titel, true);
    }

    @Så("utelämnar en sökning i katalogen efter det som kan starta inom {int} dagar {string}")
    public void utelamnar(int dagar, String titel) {
        CatalogueDriver.startingWithinFinds(dagar, titel, false);
    }
}
