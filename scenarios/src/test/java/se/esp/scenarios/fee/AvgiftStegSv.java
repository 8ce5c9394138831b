package se.esp.scenarios.fee;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.sv.Givet;
import io.cucumber.java.sv.När;
import io.cucumber.java.sv.Så;
import se.esp.domain.fee.BillingPeriod;
import se.esp.domain.fee.CostKey;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.settlement.LineKind;
import se.esp.scenarios.support.World;

/** Steg för avgifter och avräkning på svenska. */
public class AvgiftStegSv {

    private String arbetsgivare;
    private String timmar;
    private String timpris;

    @Givet("att ägaren {string} med organisationsnummer {string} är registrerad")
    public void agaren(String namn, String nummer) {
        SettlementDriver.registerWithoutPopulation(OrganisationKind.OWNER, namn, nummer);
    }

    @Givet("att partnerföretaget {string} med organisationsnummer {string} är registrerat")
    public void partnerforetaget(String namn, String nummer) {
        SettlementDriver.registerWithoutPopulation(OrganisationKind.COMPANY, namn, nummer, OrganisationRole.PARTNER);
    }

    @Givet("att demotaxan gäller från {int}")
    public void demotaxan(int ar) {
        SettlementDriver.establishDemoSchedule(ar);
    }

    @Givet("att det är {string}")
    public void idag(String dag) {
        SettlementDriver.today(LocalDate.parse(dag));
    }

    @När("{string} avtalar en partneravgift på {string} per månad från {string}")
    public void partneravgift(String nummer, String avgift, String fran) {
        SettlementDriver.agreePartnership(nummer, avgift, BillingPeriod.MONTH, LocalDate.parse(fran));
    }

    @Givet("att {string} blev medlem {string}")
    public void medlem(String nummer, String dag) {
        SettlementDriver.admitMember(nummer, LocalDate.parse(dag));
    }

    @När("en gemensam kostnad {string} på {string} nycklas efter invånarantal i {string} mellan {string}")
    public void gemensamKostnad(String beskrivning, String belopp, String manad, String nummer) {
        SettlementDriver.recordJointCost(beskrivning, belopp, CostKey.BY_POPULATION,
                Arrays.stream(nummer.split(",| och ")).map(String::strip).toList(), YearMonth.parse(manad));
    }

    @Givet("att leveransen leds av en resurs anställd av {string} i {string} timmar à {string}")
    public void resurs(String arbetsgivare, String timmar, String timpris) {
        this.arbetsgivare = arbetsgivare;
        this.timmar = timmar;
        this.timpris = timpris;
    }

    @Givet("att {string} sålt {string} den {string} för {string} per deltagare till:")
    public void salt(String leverantor, String leverans, String dag, String pris, DataTable kopare) {
        List<Object[]> rader = kopare.asLists().stream()
                .map(r -> new Object[] {r.get(0), Long.parseLong(r.get(1))}).toList();
        SettlementDriver.sold(leverans, leverantor, LocalDate.parse(dag), pris, rader, arbetsgivare, timmar, timpris);
    }

    @När("{string} avbokas")
    public void avbokas(String leverans) {
        SettlementDriver.cancel(leverans);
    }

    @När("{string} avräknas")
    public void avraknas(String manad) {
        SettlementDriver.settle(YearMonth.parse(manad));
        World.current().requireLastSucceeded();
    }

    @När("{string} stängs")
    public void stangs(String manad) {
        SettlementDriver.close(YearMonth.parse(manad));
    }

    @Så("ska {string} betala {string} i partneravgift för {string}")
    public void partneravgiftRad(String nummer, String belopp, String manad) {
        SettlementDriver.assertLine(nummer, YearMonth.parse(manad), LineKind.PARTNER_FEE, "-" + belopp);
    }

    @Så("ska {string} betala {string} i årsavgift för {string}")
    public void arsavgift(String nummer, String belopp, String manad) {
        SettlementDriver.assertLine(nummer, YearMonth.parse(manad), LineKind.MEMBERSHIP_ANNUAL_FEE, "-" + belopp);
    }

    @Så("är nettot för {string} i {string} {string}")
    public void netto(String nummer, String manad, String belopp) {
        SettlementDriver.assertNet(nummer, YearMonth.parse(manad), belopp);
    }

    @Så("summerar {string} till exakt 0,00")
    public void nollsumma(String manad) {
        SettlementDriver.assertSumsToZero(YearMonth.parse(manad));
    }

    @Så("är andelarna av den gemensamma kostnaden på {string} i {string}:")
    public void andelar(String totalt, String manad, DataTable andelar) {
        SettlementDriver.assertJointCostShares(YearMonth.parse(manad), totalt,
                andelar.asLists().stream().map(r -> new String[] {r.get(0), r.get(1)}).toList());
    }

    @Så("krediteras {string} {string} i {string} som rättelse av {string}")
    public void krediteras(String nummer, String belopp, String manad, String rattar) {
        SettlementDriver.assertCorrection(nummer, YearMonth.parse(manad), belopp, YearMonth.parse(rattar));
    }

    @Så("är {string} fortfarande stängd med nettot för {string} {string}")
    public void fortfarandeStangd(String manad, String nummer, String belopp) {
        SettlementDriver.assertClosedUnchanged(YearMonth.parse(manad), nummer, belopp);
    }

    @När("jag läser avräkningen för {string} för {string}")
    public void lasAvrakning(String nummer, String manad) {
        SettlementDriver.readStatement(nummer, YearMonth.parse(manad));
    }

    @Givet("att ägaren skickar betalningsaviseringar för pengar som ska betalas ut")
    public void betalningsaviseringar() {
        SettlementDriver.owedDocument(se.esp.domain.settlement.OwedMoneyDocument.PAYMENT_ADVICE);
    }

    @När("jag försöker stänga {string}")
    public void forsokerStanga(String manad) {
        SettlementDriver.tryClose(YearMonth.parse(manad));
    }

    @När("{string} lämnar medlemskapet den {string}")
    public void lamnar(String nummer, String sistaDag) {
        SettlementDriver.endMembership(nummer, LocalDate.parse(sistaDag));
    }

    @Så("får {string} tillbaka {string} av årsavgiften i {string}")
    public void aterbetalas(String nummer, String belopp, String manad) {
        SettlementDriver.assertLine(nummer, YearMonth.parse(manad), LineKind.MEMBERSHIP_ANNUAL_FEE, belopp);
    }

    @Så("ska {string} betala {string} i inträdesavgift för {string}")
    public void intradesavgift(String nummer, String belopp, String manad) {
        SettlementDriver.assertLine(nummer, YearMonth.parse(manad), LineKind.MEMBERSHIP_ENTRY_FEE, "-" + belopp);
    }

    @Så("är dokumenten för {string} för {string}:")
    public void dokument(String nummer, String manad, DataTable forvantade) {
        SettlementDriver.assertDocuments(nummer, YearMonth.parse(manad), forvantade.asLists());
    }

    @Så("har {string} inga dokument för {string}")
    public void ingaDokument(String nummer, String manad) {
        SettlementDriver.assertDocuments(nummer, YearMonth.parse(manad), List.of());
    }

    @När("en gemensam kostnad {string} på {string} delas lika i {string} mellan {string}")
    public void gemensamKostnadLika(String beskrivning, String belopp, String manad, String nummer) {
        SettlementDriver.recordJointCostIn(beskrivning, belopp,
                Arrays.stream(nummer.split(",| och ")).map(String::strip).toList(), YearMonth.parse(manad));
    }

    @Så("har {string} avräknats {int} gånger")
    public void korningar(String manad, int antal) {
        SettlementDriver.assertRuns(YearMonth.parse(manad), antal);
    }

    @När("{string} deltar på nivån {string} från {string}")
    public void niva(String nummer, String niva, String fran) {
        SettlementDriver.changeFeeBasis(nummer, se.esp.domain.organisation.ParticipationLevel.valueOf(niva), null,
                LocalDate.parse(fran));
    }

    @När("invånarantalet i {string} är {long} från {string}")
    public void invanarantal(String nummer, long invanare, String fran) {
        SettlementDriver.changeFeeBasis(nummer, null, invanare, LocalDate.parse(fran));
    }

    @Så("ska {string} betala {string} i deltagaravgift för {string}")
    public void deltagaravgift(String nummer, String belopp, String manad) {
        SettlementDriver.assertLine(nummer, YearMonth.parse(manad), LineKind.PARTICIPATION_FEE, "-" + belopp);
    }
}
