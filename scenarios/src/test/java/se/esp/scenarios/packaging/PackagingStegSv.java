package se.esp.scenarios.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.sv.Givet;
import io.cucumber.java.sv.När;
import io.cucumber.java.sv.Så;
import se.esp.application.port.in.packaging.Baseline;
import se.esp.application.security.UserRole;
import se.esp.domain.packaging.VariantCosting;
import se.esp.domain.shared.Money;
import se.esp.scenarios.support.World;

/** Paketering, granskning, kalkyl och utbud på svenska. */
public class PackagingStegSv {

    @Givet("att leverantörerna {string} och {string} är registrerade")
    public void leverantorerRegistrerade(String forsta, String andra) {
        PackagingDriver.registerSuppliers(forsta, andra);
    }

    @Givet("att jag paketerar tjänster åt {string}")
    public void paketerarAt(String organisation) {
        PackagingDriver.actAs(UserRole.SUPPLIER_STAFF, organisation);
    }

    @När("jag paketerar {string} \\(på engelska {string}) på språken {string} för {string} per deltagare")
    public void paketerar(String titel, String engelska, String sprak, String pris) {
        PackagingDriver.packageService(titel, engelska, sprak, pris);
    }

    @När("jag påbörjar en paketering med bara titeln {string}")
    public void paborjar(String titel) {
        PackagingDriver.startIncomplete(titel);
    }

    @När("jag lämnar in {string}")
    public void lamnarIn(String titel) {
        PackagingDriver.submit(titel);
    }

    @När("jag lämnar in {string} för granskning")
    public void lamnarInForGranskning(String titel) {
        PackagingDriver.submit(titel);
        World.current().requireLastSucceeded();
    }

    @När("jag tar upp {string} för granskning")
    public void tarUpp(String titel) {
        PackagingDriver.takeUpForReview(titel);
    }

    @När("jag underkänner {string} på {string} med anmärkningen {string}")
    public void underkanner(String titel, String kriterium, String anmarkning) {
        PackagingDriver.judge(titel, kriterium, anmarkning);
    }

    @När("jag godkänner {string} på alla kriterier")
    public void godkanner(String titel) {
        PackagingDriver.judge(titel, null, null);
    }

    @När("jag beskriver {string} på svenska som {string}")
    public void beskriver(String titel, String beskrivning) {
        PackagingDriver.describe(titel, beskrivning);
    }

    @När("jag byter titel på {string} till {string}")
    public void byterTitel(String titel, String nyTitel) {
        PackagingDriver.retitle(titel, nyTitel);
    }

    @När("jag ändrar priset för {string} till {string}")
    public void andrarPris(String titel, String pris) {
        PackagingDriver.reprice(titel, pris);
    }

    @När("jag publicerar {string}")
    public void publicerar(String titel) {
        PackagingDriver.publish(titel);
    }

    @När("jag påbörjar en revidering av {string}")
    public void reviderar(String titel) {
        PackagingDriver.startRevision(titel);
    }

    @Givet("att {string} kostar {string} i timmen för {int} onlineträffar på {int} minuter som kräver {string} timmar "
            + "var, med material för {string} och licenser för {string} per leverans")
    public void kalkyl(String titel, String timpris, int traffar, int minuter, String timmar, String material,
                       String licenser) {
        PackagingDriver.cost(titel, timpris, traffar, minuter, timmar, material, licenser);
    }

    @När("jag frågar vad {string} kostar vid gruppstorlek {int}")
    public void fragarKostnad(String titel, int gruppstorlek) {
        PackagingDriver.askCosting(titel, gruppstorlek);
    }

    @När("jag frågar vad som ändrats i {string} sedan den returnerades")
    public void fragarSedanReturen(String titel) {
        PackagingDriver.askWhatChanged(titel, Baseline.RETURNED);
    }

    @När("jag frågar vad som ändrats i {string} sedan versionen i utbudet")
    public void fragarSedanUtbudet(String titel) {
        PackagingDriver.askWhatChanged(titel, Baseline.OFFERED);
    }

    @Så("jämförs den med utkastet som returnerades eftersom {string} underkändes med anmärkningen {string}")
    public void jamfordMedReturen(String kriterium, String anmarkning) {
        PackagingDriver.assertComparedWithReturnedDraft(kriterium, anmarkning);
    }

    @Så("jämförs den med version {int} i utbudet")
    public void jamfordMedUtbudet(int version) {
        PackagingDriver.assertComparedWithVersionOnOffer(version);
    }

    @Så("finns det ingen sådan version att jämföra med")
    public void ingetAttJamfora() {
        PackagingDriver.assertNothingToCompareWith();
    }

    @Så("har exakt de här fälten ändrats:")
    public void andrade(DataTable andringar) {
        PackagingDriver.assertChanges(andringar.cells().subList(1, andringar.height()));
    }

    // "paketeringen" tells it apart from the resource pool's "har resursen {string} status {string}"
    @Så("har paketeringen {string} status {string}")
    public void harStatus(String titel, String status) {
        PackagingDriver.assertStatus(titel, status);
    }

    @Så("har {string} returnerats eftersom {string} underkändes med anmärkningen {string}")
    public void returnerad(String titel, String kriterium, String anmarkning) {
        PackagingDriver.assertStatus(titel, "RETURNED");
        PackagingDriver.assertRemark(titel, kriterium, anmarkning);
    }

    @Så("är granskningshistoriken för {string} {string}")
    public void historik(String titel, String utfall) {
        PackagingDriver.assertHistory(titel, utfall);
    }

    @Så("avvisas det som ofullständigt eftersom {string} saknas")
    public void ofullstandig(String falt) {
        PackagingDriver.assertIncomplete(falt);
    }

    @Så("heter {string} fortfarande {string}")
    public void heterFortfarande(String titel, String svenskTitel) {
        PackagingDriver.assertTitled(titel, svenskTitel);
    }

    @Så("hittar en sökning i utbudet på {string} {string} för {string}, version {int}")
    public void hittar(String text, String titel, String pris, int version) {
        PackagingDriver.assertFound(text, titel, pris, version);
    }

    @Så("hittar en sökning i utbudet på {string} ingenting")
    public void hittarIngenting(String text) {
        PackagingDriver.assertNotFound(text);
    }

    @När("jag byter namn på organisationen {string} till {string}")
    public void bytNamn(String namn, String nyttNamn) {
        PackagingDriver.renameOrganisation(namn, nyttNamn);
    }

    @Så("hittar en sökning i utbudet på {string} {string} från leverantören {string}")
    public void hittarFranLeverantor(String text, String titel, String leverantor) {
        PackagingDriver.assertFoundFromSupplier(text, titel, leverantor);
    }

    @Så("listar utbudet leverantören {string} med {int} erbjudande(n) och ingen leverantör {string}")
    public void listarLeverantor(String leverantor, int erbjudanden, String saknas) {
        PackagingDriver.assertSupplierListed(leverantor, erbjudanden, saknas);
    }

    @Så("hittar en filtrering av utbudet på leverantören {string} bara {string}")
    public void filtreratPaLeverantor(String leverantor, String titel) {
        PackagingDriver.assertFilteredBySupplier(leverantor, titel);
    }

    @Så("lämnade namnbytet utbudet oförändrat")
    public void utbudetOforandrat() {
        PackagingDriver.assertCatalogueUnchangedByRename();
    }

    @Så("går den första versionen av {string} fortfarande att läsa, med titeln {string}")
    public void forstaVersionen(String titel, String svenskTitel) {
        PackagingDriver.assertFirstVersionReadable(titel, svenskTitel);
    }

    @Så("kostar en digital leverans {string}, {string} per deltagare")
    public void digitalKostnad(String summa, String perDeltagare) {
        VariantCosting digital = PackagingDriver.lastCosting().digital();
        assertThat(digital.cost().total()).isEqualTo(Money.parse(summa));
        assertThat(digital.costPerParticipant()).isEqualTo(Money.parse(perDeltagare));
    }

    @Så("är priset per deltagare som täcker kostnaden efter transaktionsavgiften på {string} % {string}")
    public void tackandePris(String procent, String pris) {
        assertThat(PackagingDriver.lastCosting().feeRate().percent()).isEqualByComparingTo(procent);
        assertThat(PackagingDriver.lastCosting().digital().coveringPricePerParticipant()).isEqualTo(Money.parse(pris));
    }

    @Så("är transaktionsavgiften {string} vid försäljning till paketets pris, leverantören behåller {string} och "
            + "går jämnt ut vid {int} deltagare")
    public void forsaljning(String avgift, String netto, int jamnt) {
        VariantCosting digital = PackagingDriver.lastCosting().digital();
        assertThat(digital.sale().transactionFee()).isEqualTo(Money.parse(avgift));
        assertThat(digital.sale().supplierNet()).isEqualTo(Money.parse(netto));
        assertThat(digital.breakEvenGroupSize()).hasValue(jamnt);
    }

    @Så("kostar en fysisk leverans {string}")
    public void fysiskKostnad(String summa) {
        assertThat(PackagingDriver.lastCosting().physical().cost().total()).isEqualTo(Money.parse(summa));
    }
}
