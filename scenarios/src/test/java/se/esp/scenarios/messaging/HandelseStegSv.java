package se.esp.scenarios.messaging;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.sv.Givet;
import io.cucumber.java.sv.När;
import io.cucumber.java.sv.Så;

/** Steg för händelser på svenska. */
public class HandelseStegSv {

    @Givet("att meddelandeservern inte svarar")
    public void attMeddelandeservernInteSvarar() {
        EventDriver.brokerUnavailable();
    }

    @Givet("att meddelandeservern bara tar emot {int} meddelande(n) till")
    public void attMeddelandeservernBaraTarEmot(int antal) {
        EventDriver.brokerAcceptsOnly(antal);
    }

    @När("meddelandeservern svarar igen")
    public void meddelandeservernSvararIgen() {
        EventDriver.brokerAvailable();
    }

    @När("händelserna skickas vidare")
    public void handelsernaSkickasVidare() {
        EventDriver.relay();
    }

    @Så("har dessa händelser publicerats, i ordning:")
    public void harDessaHandelserPublicerats(DataTable handelser) {
        EventDriver.assertPublished(handelser.cells().subList(1, handelser.height()));
    }

    @Så("har ingen händelse publicerats")
    public void harIngenHandelsePublicerats() {
        EventDriver.assertNothingPublished();
    }

    @Så("väntar {long} händelse(r) på att publiceras")
    public void vantarHandelser(long antal) {
        EventDriver.assertWaiting(antal);
    }
}
