package se.esp.scenarios.statistics;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.sv.När;
import io.cucumber.java.sv.Så;

/** De svenska fraserna för statistiken; samma beteende som {@link StatisticsSteps}. */
public class StatistikStegSv {

    @När("jag läser konsumentstatistiken för {string} från {string} till {string}")
    public void konsument(String organisation, String fran, String till) {
        StatisticsDriver.consumer(organisation, fran, till);
    }

    @När("jag läser leverantörsstatistiken för {string} från {string} till {string}")
    public void leverantor(String organisation, String fran, String till) {
        StatisticsDriver.supplier(organisation, fran, till);
    }

    @När("jag läser plattformens statistik från {string} till {string}")
    public void plattform(String fran, String till) {
        StatisticsDriver.platform(fran, till);
    }

    @Så("visar statistiken:")
    public void visar(DataTable tabell) {
        StatisticsDriver.shows(tabell.asLists());
    }

    @Så("visar statistiken för erbjudandet {string}:")
    public void visarForErbjudandet(String titel, DataTable tabell) {
        StatisticsDriver.offeringShows(titel, tabell.asLists());
    }

    @Så("är avgiftsintäkten från {string} enligt regeln {string} {string}")
    public void avgiftsintakt(String slag, String regel, String belopp) {
        StatisticsDriver.feeRevenue(slag, regel, belopp);
    }

    @Så("används {string} av {long} kommuner och {long} konsumentorganisationer")
    public void tackning(String titel, long kommuner, long konsumenter) {
        StatisticsDriver.coverage(titel, kommuner, konsumenter);
    }
}
