package se.esp.scenarios.messaging;

import io.cucumber.java.sv.Så;
import io.cucumber.java.sv.När;

/** Steg för kön med inkommande ansökningar på svenska. */
public class KoStegSv {

    @När("en handläggare hos {string} skickar en ansökan om {int} deltagare till {string} på {string} från {string} "
            + "på kön med nyckeln {string}")
    public void skickarMedNyckel(String konsument, int deltagare, String titel, String sprak, String fran,
                                 String nyckel) {
        QueueDriver.send(QueueDriver.application(titel, deltagare, sprak, fran),
                QueueDriver.token("CONSUMER_STAFF", konsument), nyckel);
    }

    @När("en handläggare hos {string} skickar en ansökan om {int} deltagare till {string} på {string} från {string} "
            + "på kön")
    public void skickar(String konsument, int deltagare, String titel, String sprak, String fran) {
        QueueDriver.send(QueueDriver.application(titel, deltagare, sprak, fran),
                QueueDriver.token("CONSUMER_STAFF", konsument), null);
    }

    @När("meddelandeservern levererar samma meddelande igen")
    public void levererarIgen() {
        QueueDriver.deliverAgain();
    }

    @När("en handläggare hos {string} skickar {string} på kön")
    public void skickarText(String konsument, String text) {
        QueueDriver.send(text, QueueDriver.token("CONSUMER_STAFF", konsument), null);
    }

    @När("en handläggare hos {string} skickar en ansökan till ett erbjudande som inte finns på kön")
    public void skickarTillOkantErbjudande(String konsument) {
        QueueDriver.send(QueueDriver.application(null, 1, "ar", "2026-12-07"),
                QueueDriver.token("CONSUMER_STAFF", konsument), null);
    }

    @När("någon utan token skickar en ansökan om {int} deltagare till {string} på {string} från {string} på kön")
    public void skickarUtanToken(int deltagare, String titel, String sprak, String fran) {
        QueueDriver.send(QueueDriver.application(titel, deltagare, sprak, fran), null, null);
    }

    @När("leverantörspersonal hos {string} skickar en ansökan om {int} deltagare till {string} på {string} från "
            + "{string} på kön")
    public void leverantorSkickar(String leverantor, int deltagare, String titel, String sprak, String fran) {
        QueueDriver.send(QueueDriver.application(titel, deltagare, sprak, fran),
                QueueDriver.token("SUPPLIER_STAFF", leverantor), null);
    }

    @Så("tar kön emot den som en ny ansökan")
    public void tasEmotSomNy() {
        QueueDriver.assertAccepted(true);
    }

    @Så("tar kön emot den som ansökan den redan har")
    public void tasEmotIgen() {
        QueueDriver.assertAccepted(false);
    }

    @Så("har {string} {int} ansökan/ansökningar")
    public void harAnsokningar(String konsument, int antal) {
        QueueDriver.assertApplicationCount(konsument, antal);
    }

    @Så("ligger meddelandet på kön för obeställbara meddelanden med orsaken {string}")
    public void obestallbart(String orsak) {
        QueueDriver.assertDeadLettered(orsak, null);
    }

    @Så("ligger meddelandet på kön för obeställbara meddelanden med orsaken {string} för fältet {string}")
    public void obestallbartFalt(String orsak, String falt) {
        QueueDriver.assertDeadLettered(orsak, falt);
    }

    @Så("ligger ingenting på kön för obeställbara meddelanden")
    public void ingetObestallbart() {
        QueueDriver.assertNoDeadLetters();
    }
}
