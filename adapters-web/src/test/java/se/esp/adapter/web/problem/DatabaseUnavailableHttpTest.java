package se.esp.adapter.web.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static se.esp.adapter.web.testing.HttpHarness.assertProblem;
import static se.esp.adapter.web.testing.HttpHarness.json;

import java.net.http.HttpResponse;
import java.sql.SQLNonTransientConnectionException;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import se.esp.adapter.web.organisation.OrganisationResource;
import se.esp.adapter.web.security.RequestIdentity;
import se.esp.adapter.web.testing.HttpHarness;
import se.esp.application.port.in.organisation.ChangeOrganisationRolesUseCase;
import se.esp.application.port.in.organisation.GetOrganisationQuery;
import se.esp.application.port.in.organisation.ListOrganisationsQuery;
import se.esp.application.port.in.organisation.RegisterOrganisationUseCase;
import se.esp.application.port.in.organisation.UpdateOrganisationUseCase;
import se.esp.application.port.out.StorageUnavailableException;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.OrganisationId;

/**
 * The database away: reads and writes answer 503 {@code DATABASE_UNAVAILABLE} with {@code Retry-After}, whether
 * the failure arrives as it is or wrapped in another; anything else stays a 500.
 */
class DatabaseUnavailableHttpTest {

    private static final ActingUser ADMIN = new ActingUser("admin@owner", OrganisationId.newId(),
            EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));
    private static final RegisterOrganisationUseCase REGISTER = mock(RegisterOrganisationUseCase.class);
    private static final GetOrganisationQuery GET = mock(GetOrganisationQuery.class);
    private static final ListOrganisationsQuery LIST = mock(ListOrganisationsQuery.class);

    private static HttpHarness api;

    @BeforeAll
    static void start() {
        api = new HttpHarness(ADMIN, new OrganisationResource(REGISTER, mock(UpdateOrganisationUseCase.class),
                mock(ChangeOrganisationRolesUseCase.class), GET, LIST, new RequestIdentity()));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void resetMocks() {
        Mockito.reset(REGISTER, GET, LIST);
    }

    @Test
    void aReadAnswersServiceUnavailableWithRetryAfter() throws Exception {
        when(LIST.list(any(), any(), any())).thenThrow(unavailable());

        HttpResponse<String> response = api.send("GET", "organisations", null);

        assertProblem(response, 503, "DATABASE_UNAVAILABLE");
        assertThat(response.headers().firstValue("Retry-After")).contains("5");
        assertThat(json(response).getString("detail")).doesNotContain("127.0.0.1").contains("try again");
    }

    @Test
    void aWriteAnswersServiceUnavailableWithRetryAfter() throws Exception {
        when(REGISTER.register(any(), any())).thenThrow(unavailable());

        HttpResponse<String> response = api.send("POST", "organisations", """
                {"organisationNumber": "2120000837", "name": "Ronneby kommun", "kind": "MUNICIPALITY",
                 "population": 29021, "roles": ["SUPPLIER"]}""");

        assertProblem(response, 503, "DATABASE_UNAVAILABLE");
        assertThat(response.headers().firstValue("Retry-After")).contains("5");
    }

    @Test
    void anOutageWrappedInAnotherFailureIsStillServiceUnavailable() throws Exception {
        when(GET.get(any(), any())).thenThrow(new IllegalStateException("while reading",
                new RuntimeException("framework wrapper", unavailable())));

        HttpResponse<String> response = api.send("GET", "organisations/" + OrganisationId.newId(), null);

        assertProblem(response, 503, "DATABASE_UNAVAILABLE");
        assertThat(response.headers().firstValue("Retry-After")).contains("5");
    }

    @Test
    void anyOtherFailureStaysAnInternalError() throws Exception {
        when(GET.get(any(), any())).thenThrow(new IllegalStateException("a bug",
                new SQLNonTransientConnectionException("not translated by storage: not ours to guess")));

        HttpResponse<String> response = api.send("GET", "organisations/" + OrganisationId.newId(), null);

        assertProblem(response, 500, "INTERNAL_ERROR");
        assertThat(response.headers().firstValue("Retry-After")).isEmpty();
    }

    private static StorageUnavailableException unavailable() {
        return new StorageUnavailableException("the database cannot be reached: Socket fail to connect to 127.0.0.1",
                new SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1", "08000"));
    }
}
