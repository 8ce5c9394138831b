package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import se.esp.apiclient.ApiException;
import se.esp.apiclient.ApiResponse;
import se.esp.apiclient.api.OrganisationsApi;
import se.esp.apiclient.model.Organisation;
import se.esp.apiclient.model.OrganisationKind;
import se.esp.apiclient.model.OrganisationPage;
import se.esp.apiclient.model.OrganisationRole;
import se.esp.apiclient.model.RegisterOrganisation;

/**
 * DOMAIN.md's worked example on a running server, through nothing but the Java client generated from the served
 * OpenAPI document ({@link GeneratedClient}; no JSON written by hand): Ronneby sells study guidance online in
 * Arabic at 6 500.00 SEK per participant, Olofström applies for two participants and Borlänge for one, matching
 * puts all three in one delivery led by a study guide employed by Malmö, 10 hours at 450.00 SEK, and the month's
 * statements are Olofström −13 000.00, Borlänge −6 500.00, Ronneby +14 025.00, Malmö +4 500.00 and the owner
 * +975.00, summing to 0.00.
 *
 * <p>The platform starts empty — no demo data, only the demo identities to sign in as — so the example builds its
 * own world and the month holds its amounts and nothing else: no demo pool resource can be matched instead of the
 * example's, no demo fee schedule adds annual fees, and without a schedule the transaction fee is the default 5 %.
 * Each step signs in as the demo user whose work it is; a demo token carries the organisation of its user's
 * organisation number once that organisation is registered.
 *
 * <p>The steps follow the example's order and share what they made through the fields below. Written so far:
 * the organisations (the area typed first). The steps after it are written when their areas are typed in the
 * document, each with the calls named in {@code bootstrap/README.md} ("The worked example through the generated
 * client").
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkedExampleIT {

    static final String OWNER = "802999-0002";
    static final String RONNEBY = "212000-0837";
    static final String OLOFSTROM = "212000-0811";
    static final String BORLANGE = "212000-2239";
    static final String MALMO = "212000-1124";

    /** The five organisations of the example; populations from shared/data/municipalities.csv. */
    private record Party(String number, String name, OrganisationKind kind, Long population,
                         Set<OrganisationRole> roles) {
    }

    private static final List<Party> PARTIES = List.of(
            new Party(OWNER, "eSP Nationell plattform (fiktiv demoägare)", OrganisationKind.OWNER, null, Set.of()),
            new Party(RONNEBY, "Ronneby kommun", OrganisationKind.MUNICIPALITY, 29_021L,
                    Set.of(OrganisationRole.SUPPLIER, OrganisationRole.CONSUMER)),
            new Party(OLOFSTROM, "Olofströms kommun", OrganisationKind.MUNICIPALITY, 13_061L,
                    Set.of(OrganisationRole.CONSUMER)),
            new Party(BORLANGE, "Borlänge kommun", OrganisationKind.MUNICIPALITY, 51_424L,
                    Set.of(OrganisationRole.CONSUMER)),
            new Party(MALMO, "Malmö stad", OrganisationKind.MUNICIPALITY, 365_252L,
                    Set.of(OrganisationRole.SUPPLIER, OrganisationRole.CONSUMER)));

    private LibertyServer server;
    /** The example's organisations by organisation number, as the server registered them. */
    private final Map<String, Organisation> organisations = new LinkedHashMap<>();

    @BeforeAll
    void start() throws Exception {
        server = new LibertyServer(Map.of(
                "ESP_DATA_DIR", LibertyServer.workDir("worked-example-data").toString(),
                "ESP_DEMO_DATA_ENABLED", "false",
                "ESP_DEMO_IDENTITIES_ENABLED", "true"));
        server.start();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    @Order(1)
    void theAdministratorRegistersTheOwnerAndTheFourMunicipalities() throws ApiException {
        OrganisationsApi administrator = new OrganisationsApi(GeneratedClient.as(server, "esp-admin"));

        for (Party party : PARTIES) {
            ApiResponse<Organisation> registered = administrator.apiOrganisationsPostWithHttpInfo(
                    new RegisterOrganisation().organisationNumber(party.number())
                            .name(party.name()).kind(party.kind()).population(party.population())
                            .roles(party.roles()));

            assertThat(registered.getStatusCode()).isEqualTo(201);
            Organisation organisation = registered.getData();
            assertThat(registered.getHeaders().get("Location")).singleElement().asString()
                    .endsWith("/api/organisations/" + organisation.getId());
            assertThat(registered.getHeaders().get("ETag")).containsExactly("\"1\"");
            assertThat(organisation.getOrganisationNumber()).isEqualTo(party.number());
            assertThat(organisation.getName()).isEqualTo(party.name());
            assertThat(organisation.getKind()).isEqualTo(party.kind());
            assertThat(organisation.getPopulation()).isEqualTo(party.population());
            assertThat(organisation.getParticipationLevel()).isNull();
            assertThat(organisation.getRoles()).containsExactlyInAnyOrderElementsOf(party.roles());
            assertThat(organisation.getVersion()).isOne();
            organisations.put(party.number(), organisation);
        }

        for (Organisation registered : organisations.values()) {
            assertThat(administrator.apiOrganisationsIdGet(registered.getId().toString()))
                    .as("read back").isEqualTo(registered);
        }
        OrganisationPage municipalities = administrator.apiOrganisationsGet(OrganisationKind.MUNICIPALITY, 0, null,
                100);
        assertThat(municipalities.getTotalItems()).isEqualTo(4);
        assertThat(municipalities.getItems()).extracting(Organisation::getName).as("by name")
                .containsExactly("Borlänge kommun", "Malmö stad", "Olofströms kommun", "Ronneby kommun");
        assertThat(administrator.apiOrganisationsGet(OrganisationKind.OWNER, null, null, null).getItems())
                .extracting(Organisation::getOrganisationNumber).containsExactly(OWNER);
        assertThat(administrator.apiOrganisationsGet(null, null, OrganisationRole.SUPPLIER, null).getItems())
                .extracting(Organisation::getOrganisationNumber).containsExactlyInAnyOrder(MALMO, RONNEBY);
    }
}
