package se.esp.adapter.web.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static se.esp.adapter.web.testing.HttpHarness.assertProblem;
import static se.esp.adapter.web.testing.HttpHarness.errors;
import static se.esp.adapter.web.testing.HttpHarness.json;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

import se.esp.adapter.web.security.RequestIdentity;
import se.esp.adapter.web.testing.HttpHarness;
import se.esp.application.paging.Page;
import se.esp.application.port.in.project.ChangeScalingProjectStatusCommand;
import se.esp.application.port.in.project.RegisterScalingProjectCommand;
import se.esp.application.port.in.project.ScalingProjectUseCases;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.project.ScalingProject;
import se.esp.domain.project.ScalingProjectId;
import se.esp.domain.project.ScalingProjectStatus;
import se.esp.domain.shared.Money;

/** The scaling project REST adapter over real HTTP, with the use cases mocked. */
class ScalingProjectResourceHttpTest {

    private static final ScalingProjectUseCases PROJECTS = mock(ScalingProjectUseCases.class);
    private static final ScalingProject PROJECT = ScalingProject.register(ScalingProjectId.newId(),
            OrganisationId.newId(), "Studiehandledning – nationell skala", Money.ofKronor(800_000), Instant.EPOCH)
            .project();
    /** A platform administrator of the owner, signed in with a bearer token as on the server. */
    private static final ActingUser ADMIN = new ActingUser("admin@owner", OrganisationId.newId(),
            EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));
    private static HttpHarness http;

    @BeforeAll
    static void start() {
        http = new HttpHarness(ADMIN, new ScalingProjectResource(PROJECTS, new RequestIdentity()));
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @BeforeEach
    void reset() {
        Mockito.reset(PROJECTS);
    }

    @Test
    void registersWithLocationAndVersion() throws Exception {
        when(PROJECTS.register(any(), any())).thenReturn(PROJECT);

        HttpResponse<String> response = http.send("POST", "scaling-projects", """
                {"ownerId": "%s", "name": "Studiehandledning – nationell skala", "budget": "800000.00"}"""
                .formatted(PROJECT.owner()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).contains(http.base() + "scaling-projects/" + PROJECT.id());
        assertThat(json(response).getString("budget")).isEqualTo("800000.00");
        assertThat(json(response).getString("status")).isEqualTo("PROPOSED");
    }

    @Test
    void refusesABadBudgetAndAnUnknownStatusByName() throws Exception {
        HttpResponse<String> register = http.send("POST", "scaling-projects", """
                {"ownerId": "%s", "name": "X", "budget": "12,345.678"}""".formatted(PROJECT.owner()));
        assertProblem(register, 400, "VALIDATION_FAILED");
        assertThat(errors(register)).containsExactly("budget:INVALID_FORMAT");

        HttpResponse<String> status = http.send("PUT", "scaling-projects/" + PROJECT.id() + "/status",
                "{\"status\": \"DREAMING\", \"on\": \"2026-11-05\"}", "If-Match", "\"1\"");
        assertProblem(status, 400, "VALIDATION_FAILED");
        assertThat(errors(status)).containsExactly("status:UNKNOWN_VALUE");
        verifyNoInteractions(PROJECTS);
    }

    @Test
    void aBudgetMustBeAPositiveAmountInWholeOreAndMayBeAJsonNumber() throws Exception {
        for (String budget : List.of("\"-800000.00\"", "0", "\"0.00\"")) {
            HttpResponse<String> response = http.send("POST", "scaling-projects", """
                    {"ownerId": "%s", "name": "Studiehandledning", "budget": %s}""".formatted(PROJECT.owner(), budget));
            assertProblem(response, 400, "VALIDATION_FAILED");
            assertThat(errors(response)).as(budget).containsExactly("budget:OUT_OF_RANGE");
        }
        HttpResponse<String> fractions = http.send("POST", "scaling-projects", """
                {"ownerId": "%s", "name": "Studiehandledning", "budget": 800000.001}""".formatted(PROJECT.owner()));
        assertThat(errors(fractions)).containsExactly("budget:INVALID_FORMAT");
        verifyNoInteractions(PROJECTS);

        when(PROJECTS.register(any(), any())).thenReturn(PROJECT);
        HttpResponse<String> number = http.send("POST", "scaling-projects", """
                {"ownerId": "%s", "name": "Studiehandledning", "budget": 800000.00}""".formatted(PROJECT.owner()));
        assertThat(number.statusCode()).as(number.body()).isEqualTo(201);
        ArgumentCaptor<RegisterScalingProjectCommand> command =
                ArgumentCaptor.forClass(RegisterScalingProjectCommand.class);
        verify(PROJECTS).register(eq(ADMIN), command.capture());
        assertThat(command.getValue().budget()).isEqualTo(Money.ofKronor(800_000));
    }

    @Test
    void unknownFieldsMissingFieldsAndDaysOutsideTheSaneRangeAreRefusedByName() throws Exception {
        HttpResponse<String> register = http.send("POST", "scaling-projects", """
                {"ownerId": "Ronneby", "name": " ", "fee": "80000.00"}""");
        assertProblem(register, 400, "VALIDATION_FAILED");
        assertThat(errors(register)).containsExactlyInAnyOrder("ownerId:INVALID_FORMAT", "name:REQUIRED",
                "budget:REQUIRED", "fee:NOT_ALLOWED");

        HttpResponse<String> status = http.send("PUT", "scaling-projects/" + PROJECT.id() + "/status",
                "{\"status\": \"ACTIVE\", \"on\": \"0000-01-01\"}", "If-Match", "\"1\"");
        assertThat(errors(status)).containsExactly("on:OUT_OF_RANGE");
        verifyNoInteractions(PROJECTS);
    }

    @Test
    void listsWithEveryDocumentedFieldAlsoWhenItHasNoValue() throws Exception {
        when(PROJECTS.list(any(), any())).thenAnswer(call -> new Page<>(List.of(PROJECT), call.getArgument(1), 1));

        HttpResponse<String> response = http.send("GET", "scaling-projects?page=0&size=10", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject project = json(response).getJsonArray("items").getJsonObject(0);
        assertThat(project.keySet()).containsExactly("id", "ownerId", "name", "budget", "status", "activatedOn",
                "endedOn", "version");
        assertThat(project.isNull("activatedOn")).isTrue();
        assertThat(project.isNull("endedOn")).isTrue();
        assertThat(json(response).getInt("totalItems")).isEqualTo(1);
    }

    @Test
    void changesTheStatusOnTheVersionRead() throws Exception {
        when(PROJECTS.changeStatus(any(), any())).thenReturn(PROJECT);

        HttpResponse<String> response = http.send("PUT", "scaling-projects/" + PROJECT.id() + "/status",
                "{\"status\": \"ACTIVE\", \"on\": \"2026-11-05\"}", "If-Match", "\"1\"");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        ArgumentCaptor<ChangeScalingProjectStatusCommand> command =
                ArgumentCaptor.forClass(ChangeScalingProjectStatusCommand.class);
        verify(PROJECTS).changeStatus(eq(ADMIN), command.capture());
        assertThat(command.getValue()).isEqualTo(new ChangeScalingProjectStatusCommand(PROJECT.id(), 1,
                ScalingProjectStatus.ACTIVE, LocalDate.of(2026, 11, 5)));
        assertProblem(http.send("GET", "scaling-projects/not-an-id", null), 404, "SCALING_PROJECT_NOT_FOUND");
    }

    @Test
    void anAnonymousCallIsRefusedWith401BeforeAnyUseCase() throws Exception {
        assertProblem(http.anonymous().send("POST", "scaling-projects", """
                {"ownerId": "%s", "name": "P", "budget": "1.00"}""".formatted(OrganisationId.newId())),
                401, "NOT_AUTHENTICATED");
        verifyNoInteractions(PROJECTS);
    }
}
