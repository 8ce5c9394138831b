package se.esp.adapter.web.packaging;

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

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
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
import se.esp.application.port.in.packaging.Baseline;
import se.esp.application.port.in.packaging.CostPackagingQuery;
import se.esp.application.port.in.packaging.CreatePackagingCommand;
import se.esp.application.port.in.packaging.DiffPackagingQuery;
import se.esp.application.port.in.packaging.DraftPackagingUseCase;
import se.esp.application.port.in.packaging.EditPackagingCommand;
import se.esp.application.port.in.packaging.FindPackagingsQuery;
import se.esp.application.port.in.packaging.PackagingComparison;
import se.esp.application.port.in.packaging.PackagingDiffs;
import se.esp.application.port.in.packaging.PublishPackagingUseCase;
import se.esp.application.port.in.packaging.RecordReviewCommand;
import se.esp.application.port.in.packaging.ReviewChecklistUseCase;
import se.esp.application.port.in.packaging.ReviewPackagingUseCase;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.ChangeKind;
import se.esp.domain.packaging.ComponentKind;
import se.esp.domain.packaging.ContentChange;
import se.esp.domain.packaging.Costing;
import se.esp.domain.packaging.CriterionAssessment;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.PackagingDiff;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.packaging.PackagingIncompleteException;
import se.esp.domain.packaging.ReviewChecklist;
import se.esp.domain.packaging.TransactionFeeRate;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;

/** The packaging resources over real HTTP with the use cases mocked: status, headers, problem bodies. */
class PackagingResourceHttpTest {

    private static final DraftPackagingUseCase DRAFTS = mock(DraftPackagingUseCase.class);
    private static final ReviewPackagingUseCase REVIEWS = mock(ReviewPackagingUseCase.class);
    private static final PublishPackagingUseCase PUBLISH = mock(PublishPackagingUseCase.class);
    private static final FindPackagingsQuery FIND = mock(FindPackagingsQuery.class);
    private static final CostPackagingQuery COSTING = mock(CostPackagingQuery.class);
    private static final DiffPackagingQuery DIFFS = mock(DiffPackagingQuery.class);
    private static final ReviewChecklistUseCase CHECKLIST = mock(ReviewChecklistUseCase.class);
    private static final OrganisationId RONNEBY = OrganisationId.newId();
    private static final OrganisationId MALMO = OrganisationId.newId();
    /** Signed in with bearer tokens as on the server; requests are the Ronneby supplier staff's unless said. */
    private static final ActingUser SUPPLIER_STAFF = new ActingUser("ronneby-staff", RONNEBY,
            EnumSet.of(UserRole.SUPPLIER_STAFF));
    private static final ActingUser MALMO_STAFF = new ActingUser("malmo-staff", MALMO,
            EnumSet.of(UserRole.SUPPLIER_STAFF));
    private static final ActingUser RONNEBY_COORDINATOR = new ActingUser("ronneby-coordinator", RONNEBY,
            EnumSet.of(UserRole.COORDINATOR));
    private static final ActingUser MALMO_COORDINATOR = new ActingUser("malmo-coordinator", MALMO,
            EnumSet.of(UserRole.COORDINATOR));
    private static final ActingUser ADMIN = new ActingUser("admin@owner", OrganisationId.newId(),
            EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));

    private static HttpHarness http;

    /** A complete packaging body: study guidance online in Arabic. */
    static final String COMPLETE = """
            {"titles": {"sv": "Studievägledning online på arabiska", "en": "Study guidance online in Arabic",
                        "ar": "التوجيه الدراسي عبر الإنترنت"},
             "descriptions": {"sv": "Tio gruppträffar.", "en": "Ten group sessions."},
             "phase": "PREPARATORY", "serviceArea": "STUDY_GUIDANCE", "targetGroups": ["NEWLY_ARRIVED"],
             "deliveryMode": "DIGITAL", "deliveryLanguages": ["ar"],
             "components": [{"kind": "GROUP_SESSION", "count": 10, "durationMinutes": 60, "setting": "ONLINE",
                             "resource": {"competence": "study-guide", "hours": 1.5}},
                            {"kind": "SELF_STUDY_MODULE", "count": 1, "durationMinutes": 120, "setting": "ONLINE"}],
             "groupSize": {"min": 4, "max": 12},
             "eligibility": {"minAge": 16, "maxAge": 64, "targetGroups": []},
             "applicationForm": [{"key": "level", "label": {"sv": "Nivå", "en": "Level"}, "type": "CHOICE",
                                  "required": true, "choices": [{"value": "basic", "label": {"sv": "Grund"}},
                                                                {"value": "advanced", "label": {"sv": "Fördjupad"}}]}],
             "microCredentials": ["care-assistant-1"],
             "costModel": {"hourlyRate": 450.00,
                           "digital": {"materials": 500, "licences": 1200, "premises": 0},
                           "physical": {"materials": 500, "premises": 2000, "extraResourceHours": 4}},
             "pricePerParticipant": 1200.00}""";

    @BeforeAll
    static void startServer() {
        RequestIdentity identity = new RequestIdentity();
        http = new HttpHarness(SUPPLIER_STAFF, new PackagingResource(DRAFTS, REVIEWS, PUBLISH, FIND, COSTING, DIFFS,
                identity),
                new ReviewChecklistResource(CHECKLIST, identity));
    }

    @AfterAll
    static void stopServer() {
        http.close();
    }

    @BeforeEach
    void resetMocks() {
        Mockito.reset(DRAFTS, REVIEWS, PUBLISH, FIND, COSTING, DIFFS, CHECKLIST);
    }

    private static Packaging stored(PackagingContent content, long version) {
        return Packaging.reconstitute(PackagingId.newId(), RONNEBY, se.esp.domain.packaging.PackagingStatus.DRAFT,
                content, 1, List.of(), null, Instant.parse("2026-11-23T09:00:00Z"),
                Instant.parse("2026-11-23T09:00:00Z"), version);
    }

    @Test
    void createsAPackagingFromTheWholeBodyAndAnswersWithLocationAndVersion() throws Exception {
        when(DRAFTS.create(any(), any())).thenAnswer(call ->
                stored(call.<CreatePackagingCommand>getArgument(1).content(), 1));

        HttpResponse<String> response = http.send("POST", "packagings", COMPLETE);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).contains("/api/packagings/"));
        assertThat(response.headers().firstValue("ETag")).contains("\"1\"");
        ArgumentCaptor<CreatePackagingCommand> command = ArgumentCaptor.forClass(CreatePackagingCommand.class);
        verify(DRAFTS).create(eq(SUPPLIER_STAFF), command.capture());
        PackagingContent content = command.getValue().content();
        assertThat(content.titles().in(LanguageCode.of("ar"))).contains("التوجيه الدراسي عبر الإنترنت");
        assertThat(content.components()).hasSize(2);
        assertThat(content.components().get(0).resource().hours()).isEqualByComparingTo("1.5");
        assertThat(content.costModel().physical().premises()).isEqualTo(Money.parse("2000"));
        assertThat(content.missingForReview()).isEmpty();
        JsonObject body = json(response);
        assertThat(body.getString("status")).isEqualTo("DRAFT");
        assertThat(body.getString("pricePerParticipant")).isEqualTo("1200.00");
        assertThat(body.getJsonObject("costModel").getString("hourlyRate")).isEqualTo("450.00");
        assertThat(body.getJsonArray("components").getJsonObject(0).getJsonObject("resource")
                .getJsonNumber("hours").bigDecimalValue()).isEqualByComparingTo("1.5");
        assertThat(body.getJsonArray("missingForReview")).isEmpty();
    }

    @Test
    void anUnknownPhaseIsRefusedByNameAndNothingIsStored() throws Exception {
        HttpResponse<String> response = http.send("POST", "packagings", COMPLETE.replace("\"PREPARATORY\"", "\"LATER\""));

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactly("phase:UNKNOWN_VALUE");
        verifyNoInteractions(DRAFTS);
    }

    @Test
    void aComponentOfZeroMinutesIsRefusedByItsPath() throws Exception {
        HttpResponse<String> response = http.send("POST", "packagings",
                COMPLETE.replace("\"durationMinutes\": 120", "\"durationMinutes\": 0"));

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactly("components[1].durationMinutes:OUT_OF_RANGE");
        verifyNoInteractions(DRAFTS);
    }

    @Test
    void aGroupSizeWhoseMinimumIsAboveItsMaximumIsRefusedByName() throws Exception {
        HttpResponse<String> response = http.send("POST", "packagings",
                COMPLETE.replace("{\"min\": 4, \"max\": 12}", "{\"min\": 12, \"max\": 4}"));

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactly("groupSize.min:OUT_OF_RANGE");
        verifyNoInteractions(DRAFTS);
    }

    @Test
    void aPriceWithFractionsOfOreIsRefusedByName() throws Exception {
        HttpResponse<String> price = http.send("POST", "packagings",
                COMPLETE.replace("\"pricePerParticipant\": 1200.00", "\"pricePerParticipant\": 1200.005"));
        HttpResponse<String> rate = http.send("POST", "packagings",
                COMPLETE.replace("\"hourlyRate\": 450.00", "\"hourlyRate\": 450.001"));

        assertProblem(price, 400, "VALIDATION_FAILED");
        assertThat(errors(price)).containsExactly("pricePerParticipant:INVALID_FORMAT");
        assertThat(errors(rate)).containsExactly("costModel.hourlyRate:INVALID_FORMAT");
        verifyNoInteractions(DRAFTS);
    }

    @Test
    void reportsEveryRefusedFieldAtOnceAtEveryDepth() throws Exception {
        HttpResponse<String> response = http.send("POST", "packagings", """
                {"titles": {"xx": "Okänt språk"}, "phase": "LATER", "deliveryLanguages": ["sv", "klingon"],
                 "components": [{"kind": "LECTURE", "count": 0, "durationMinutes": 30, "setting": "ONLINE",
                                 "colour": "red"}],
                 "groupSize": {"min": 0, "max": 5}, "pricePerParticipant": "gratis", "sponsor": "nobody"}""");

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactlyInAnyOrder("titles.xx:UNKNOWN_VALUE", "phase:UNKNOWN_VALUE",
                "deliveryLanguages[1]:UNKNOWN_VALUE", "components[0].kind:UNKNOWN_VALUE",
                "components[0].count:OUT_OF_RANGE",
                "groupSize.min:OUT_OF_RANGE", "pricePerParticipant:INVALID_FORMAT", "sponsor:NOT_ALLOWED",
                "components[0].colour:NOT_ALLOWED");
        verifyNoInteractions(DRAFTS);
    }

    @Test
    void negativeAmountsAndHoursAreRefusedByTheirPaths() throws Exception {
        HttpResponse<String> response = http.send("POST", "packagings", COMPLETE
                .replace("\"pricePerParticipant\": 1200.00", "\"pricePerParticipant\": \"-1200.00\"")
                .replace("\"hourlyRate\": 450.00", "\"hourlyRate\": -450")
                .replace("\"licences\": 1200", "\"licences\": -1200")
                .replace("\"extraResourceHours\": 4", "\"extraResourceHours\": -4")
                .replace("\"hours\": 1.5", "\"hours\": -1.5"));

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactlyInAnyOrder("pricePerParticipant:OUT_OF_RANGE",
                "costModel.hourlyRate:OUT_OF_RANGE", "costModel.digital.licences:OUT_OF_RANGE",
                "costModel.physical.extraResourceHours:OUT_OF_RANGE", "components[0].resource.hours:OUT_OF_RANGE");
        verifyNoInteractions(DRAFTS);
    }

    @Test
    void anUnknownFieldDeepInTheContentIsRefusedByItsPath() throws Exception {
        HttpResponse<String> response = http.send("POST", "packagings", COMPLETE
                .replace("\"premises\": 2000", "\"premises\": 2000, \"parking\": 100")
                .replace("{\"value\": \"advanced\",", "{\"value\": \"advanced\", \"colour\": \"red\",")
                .replace("\"competence\": \"study-guide\",", "\"competence\": \"study-guide\", \"level\": 2,")
                .replace("\"min\": 4,", "\"min\": 4, \"ideal\": 8,"));

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactlyInAnyOrder("costModel.physical.parking:NOT_ALLOWED",
                "applicationForm[0].choices[1].colour:NOT_ALLOWED", "components[0].resource.level:NOT_ALLOWED",
                "groupSize.ideal:NOT_ALLOWED");
        verifyNoInteractions(DRAFTS);
    }

    @Test
    void aDuplicateKeyIsRefusedByItsPath() throws Exception {
        HttpResponse<String> response = http.send("POST", "packagings",
                COMPLETE.replace("\"max\": 12}", "\"max\": 12, \"max\": 1000}"));

        assertProblem(response, 400, "MALFORMED_JSON");
        assertThat(errors(response)).containsExactly("groupSize.max:INVALID_FORMAT");
        verifyNoInteractions(DRAFTS);
    }

    @Test
    void aRefusedListElementDoesNotShiftThePathsOfTheOnesAfterIt() throws Exception {
        HttpResponse<String> response = http.send("POST", "packagings", COMPLETE
                .replace("\"components\": [", "\"components\": [\"a lecture\", ")
                .replace("\"hours\": 1.5", "\"hours\": 1.3")
                .replace("\"durationMinutes\": 120", "\"durationMinutes\": 0")
                .replace("\"deliveryLanguages\": [\"ar\"]", "\"deliveryLanguages\": [7, \"klingon\"]"));

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactlyInAnyOrder("components[0]:INVALID_FORMAT",
                "components[1].resource.hours:INVALID_FORMAT", "components[2].durationMinutes:OUT_OF_RANGE",
                "deliveryLanguages[0]:INVALID_FORMAT", "deliveryLanguages[1]:UNKNOWN_VALUE");
        verifyNoInteractions(DRAFTS);
    }

    @Test
    void whatAGetOfACompletePackagingAnswersCanBeSentBackUnchanged() throws Exception {
        when(DRAFTS.create(any(), any())).thenAnswer(call ->
                stored(call.<CreatePackagingCommand>getArgument(1).content(), 1));
        when(DRAFTS.edit(any(), any())).thenAnswer(call ->
                stored(call.<EditPackagingCommand>getArgument(1).content(), 2));
        HttpResponse<String> created = http.send("POST", "packagings", COMPLETE);
        JsonObject read = json(created);

        HttpResponse<String> edited = http.send("PUT", "packagings/" + read.getString("id"), created.body(),
                "If-Match", "\"1\"");

        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        ArgumentCaptor<CreatePackagingCommand> first = ArgumentCaptor.forClass(CreatePackagingCommand.class);
        verify(DRAFTS).create(any(), first.capture());
        ArgumentCaptor<EditPackagingCommand> second = ArgumentCaptor.forClass(EditPackagingCommand.class);
        verify(DRAFTS).edit(any(), second.capture());
        assertThat(second.getValue().content()).isEqualTo(first.getValue().content());
        JsonObject physical = read.getJsonObject("costModel").getJsonObject("physical");
        assertThat(physical.getString("premises")).isEqualTo("2000.00");
        assertThat(physical.getJsonNumber("extraResourceHours").intValue()).isEqualTo(4);
        assertThat(read.getJsonObject("eligibility").getJsonArray("targetGroups")).isEmpty();
        assertThat(read.isNull("sessionsPerWeek")).isTrue();
        assertThat(read.getJsonArray("components").getJsonObject(1).isNull("resource")).isTrue();
    }

    @Test
    void aVerdictOrRejectionWithUnknownOrMissingFieldsIsRefusedByPath() throws Exception {
        HttpHarness coordinator = http.as(MALMO_COORDINATOR);
        PackagingId id = PackagingId.newId();

        HttpResponse<String> verdict = coordinator.send("POST", "packagings/" + id + "/verdict", """
                {"assessments": [{"criterion": "goal-stated", "passed": true, "score": 5},
                                 {"criterion": "accessibility"}]}""", "If-Match", "\"3\"");
        HttpResponse<String> noAssessments = coordinator.send("POST", "packagings/" + id + "/verdict", "{}",
                "If-Match", "\"3\"");
        HttpResponse<String> rejection = coordinator.send("POST", "packagings/" + id + "/rejection",
                "{\"reason\": \"\", \"urgent\": true}", "If-Match", "\"3\"");

        assertThat(errors(verdict)).containsExactlyInAnyOrder("assessments[0].score:NOT_ALLOWED",
                "assessments[1].passed:REQUIRED");
        assertThat(errors(noAssessments)).containsExactly("assessments:REQUIRED");
        assertThat(errors(rejection)).containsExactlyInAnyOrder("reason:REQUIRED", "urgent:NOT_ALLOWED");
        verifyNoInteractions(REVIEWS);
    }

    @Test
    void anEditByAnotherOrganisationsUserIsForbidden() throws Exception {
        when(DRAFTS.edit(any(), any())).thenThrow(new DomainException(ErrorCode.ACCESS_DENIED,
                "only staff of the supplier that owns the packaging may change it"));
        PackagingId id = PackagingId.newId();

        HttpResponse<String> response = http.as(MALMO_STAFF).send("PUT", "packagings/" + id, COMPLETE, "If-Match",
                "\"3\"");

        assertProblem(response, 403, "ACCESS_DENIED");
        ArgumentCaptor<EditPackagingCommand> command = ArgumentCaptor.forClass(EditPackagingCommand.class);
        verify(DRAFTS).edit(eq(MALMO_STAFF), command.capture());
        assertThat(command.getValue().expectedVersion()).isEqualTo(3);
        assertThat(command.getValue().id()).isEqualTo(id);
    }

    @Test
    void anEditAcceptsWhatAGetReturnedAndNeedsTheVersion() throws Exception {
        Packaging packaging = stored(PackagingContent.empty(), 2);
        when(FIND.get(any(), eq(packaging.id()))).thenReturn(packaging);
        when(DRAFTS.edit(any(), any())).thenReturn(stored(PackagingContent.empty(), 3));
        String read = http.send("GET", "packagings/" + packaging.id(), null).body();

        assertProblem(http.send("PUT", "packagings/" + packaging.id(), read), 428, "VERSION_REQUIRED");
        HttpResponse<String> edited = http.send("PUT", "packagings/" + packaging.id(), read, "If-Match", "\"2\"");

        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(edited.headers().firstValue("ETag")).contains("\"3\"");
    }

    @Test
    void submittingAnIncompletePackagingListsWhatIsMissing() throws Exception {
        when(DRAFTS.submit(any(), any())).thenThrow(new PackagingIncompleteException(
                PackagingContent.empty().missingForReview()));

        HttpResponse<String> response = http.send("POST", "packagings/" + PackagingId.newId() + "/submission", null,
                "If-Match", "\"1\"");

        assertProblem(response, 400, "PACKAGING_INCOMPLETE");
        assertThat(errors(response)).contains("titles.sv:REQUIRED", "phase:REQUIRED", "pricePerParticipant:REQUIRED");
    }

    @Test
    void aReviewerOfTheSuppliersOwnOrganisationIsForbidden() throws Exception {
        when(REVIEWS.startReview(any(), any())).thenThrow(new DomainException(ErrorCode.REVIEW_OF_OWN_ORGANISATION,
                "a reviewer may not review a packaging of their own organisation"));

        assertProblem(http.as(RONNEBY_COORDINATOR).send("POST", "packagings/" + PackagingId.newId() + "/review", null,
                "If-Match", "\"2\""), 403, "REVIEW_OF_OWN_ORGANISATION");
        verify(REVIEWS).startReview(eq(RONNEBY_COORDINATOR), any());
    }

    @Test
    void aVerdictNeedsARemarkForEveryFailedCriterion() throws Exception {
        PackagingId id = PackagingId.newId();
        HttpHarness coordinator = http.as(MALMO_COORDINATOR);
        HttpResponse<String> missingRemark = coordinator.send("POST", "packagings/" + id + "/verdict", """
                {"assessments": [{"criterion": "goal-stated", "passed": true},
                                 {"criterion": "accessibility", "passed": false}]}""", "If-Match", "\"3\"");
        assertProblem(missingRemark, 400, "VALIDATION_FAILED");
        assertThat(errors(missingRemark)).containsExactly("assessments[1].remark:REQUIRED");
        verifyNoInteractions(REVIEWS);

        when(REVIEWS.recordReview(any(), any())).thenReturn(stored(PackagingContent.empty(), 4));
        coordinator.send("POST", "packagings/" + id + "/verdict", """
                {"assessments": [{"criterion": "goal-stated", "passed": true},
                                 {"criterion": "accessibility", "passed": false, "remark": "Textning saknas."}]}""",
                "If-Match", "\"3\"");
        ArgumentCaptor<RecordReviewCommand> command = ArgumentCaptor.forClass(RecordReviewCommand.class);
        verify(REVIEWS).recordReview(eq(MALMO_COORDINATOR), command.capture());
        assertThat(command.getValue().assessments()).extracting(a -> a.criterion() + ":" + a.passed())
                .containsExactly("goal-stated:true", "accessibility:false");
    }

    @Test
    void theCostingQueryAnswersBothVariantsToTheOre() throws Exception {
        PackagingId id = PackagingId.newId();
        when(COSTING.costAt(any(), eq(id), eq(8), any())).thenAnswer(call -> Costing.report(
                List.of(new se.esp.domain.packaging.Component(ComponentKind.GROUP_SESSION, 10, 60,
                        se.esp.domain.packaging.Setting.ONLINE, new se.esp.domain.packaging.ResourceRequirement(
                                new se.esp.domain.shared.CompetenceCode("study-guide"), new BigDecimal("1.5")))),
                new se.esp.domain.packaging.CostModel(Money.parse("450"), new se.esp.domain.packaging.VariantCosts(
                        Money.parse("500"), Money.parse("1200"), Money.ZERO, BigDecimal.ZERO), null),
                Money.parse("1200"), 8, TransactionFeeRate.percent("5")));

        HttpResponse<String> response = http.send("GET", "packagings/" + id + "/costing?groupSize=8", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject digital = json(response).getJsonObject("digital");
        assertThat(digital.getString("costPerDelivery")).isEqualTo("8450.00");
        assertThat(digital.getString("coveringPricePerParticipant")).isEqualTo("1111.84");
        assertThat(digital.getJsonObject("sale").getString("transactionFee")).isEqualTo("480.00");
        assertThat(digital.getInt("breakEvenGroupSize")).isEqualTo(8);
        assertThat(json(response).getJsonNumber("transactionFeePercent").intValue()).isEqualTo(5);

        assertProblem(http.send("GET", "packagings/" + id + "/costing", null), 400, "VALIDATION_FAILED");
        HttpResponse<String> badPrice = http.send("GET", "packagings/" + id + "/costing?groupSize=8&price=99.999",
                null);
        assertThat(errors(badPrice)).containsExactly("price:INVALID_FORMAT");
    }

    /** Returned for its price and revised since; version 1 of its offering is on offer. */
    private static PackagingDiffs returnedAndOffered(PackagingId id) {
        PackagingComparison returned = new PackagingComparison(Baseline.RETURNED, 2,
                Instant.parse("2026-11-24T10:00:00Z"), List.of(CriterionAssessment.fail("price-justified",
                "Motivera priset.")), null, null, null, new PackagingDiff(List.of(
                new ContentChange("pricePerParticipant", ChangeKind.CHANGED, "1200.00", "1150.00"),
                new ContentChange("applicationForm[key=level].required", ChangeKind.CHANGED, "false", "true"))));
        PackagingComparison offered = new PackagingComparison(Baseline.OFFERED, 1,
                Instant.parse("2026-11-20T09:00:00Z"), List.of(), OfferingId.newId(), OfferingVersionId.newId(), 1,
                new PackagingDiff(List.of(new ContentChange("titles.ar", ChangeKind.ADDED, null, "التوجيه"),
                        new ContentChange("components[1].durationMinutes", ChangeKind.REMOVED, "120", null))));
        return new PackagingDiffs(id, se.esp.domain.packaging.PackagingStatus.IN_REVIEW, 2, 7,
                List.of(returned, offered));
    }

    @Test
    void theDiffAnswersEachComparisonWithWhatItComparedAgainstAndThePackagingsVersion() throws Exception {
        PackagingId id = PackagingId.newId();
        when(DIFFS.diff(eq(MALMO_COORDINATOR), eq(id))).thenReturn(returnedAndOffered(id));

        HttpResponse<String> response = http.as(MALMO_COORDINATOR).send("GET", "packagings/" + id + "/diff", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).contains("\"7\"");
        JsonObject body = json(response);
        assertThat(body.getString("packagingId")).isEqualTo(id.toString());
        assertThat(body.getString("status")).isEqualTo("IN_REVIEW");
        assertThat(body.getInt("draftNumber")).isEqualTo(2);
        JsonObject returned = body.getJsonArray("comparisons").getJsonObject(0);
        assertThat(returned.getString("against")).isEqualTo("RETURNED");
        assertThat(returned.getString("since")).isEqualTo("2026-11-24T10:00:00Z");
        assertThat(returned.getJsonArray("remarks").getJsonObject(0).getString("remark")).isEqualTo("Motivera priset.");
        assertThat(returned.isNull("offeringId")).isTrue();
        assertThat(returned.isNull("offeringVersionNumber")).isTrue();
        JsonObject price = returned.getJsonArray("changes").getJsonObject(0);
        assertThat(price.getString("path")).isEqualTo("pricePerParticipant");
        assertThat(price.getString("kind")).isEqualTo("CHANGED");
        assertThat(price.getString("before")).isEqualTo("1200.00");
        assertThat(price.getString("after")).isEqualTo("1150.00");
        JsonObject offered = body.getJsonArray("comparisons").getJsonObject(1);
        assertThat(offered.getString("against")).isEqualTo("OFFERED");
        assertThat(offered.getInt("offeringVersionNumber")).isEqualTo(1);
        assertThat(offered.getJsonArray("remarks")).isEmpty();
        JsonObject added = offered.getJsonArray("changes").getJsonObject(0);
        assertThat(added.isNull("before")).isTrue();
        assertThat(added.getString("after")).isEqualTo("التوجيه");
        assertThat(offered.getJsonArray("changes").getJsonObject(1).isNull("after")).isTrue();
    }

    @Test
    void againstNarrowsTheAnswerToTheOneComparisonAskedFor() throws Exception {
        PackagingId id = PackagingId.newId();
        PackagingDiffs onlyOffered = new PackagingDiffs(id, se.esp.domain.packaging.PackagingStatus.DRAFT, 2, 3,
                List.of(returnedAndOffered(id).comparisons().get(1)));
        when(DIFFS.diff(any(), eq(id))).thenReturn(returnedAndOffered(id), onlyOffered);

        HttpResponse<String> offered = http.send("GET", "packagings/" + id + "/diff?against=offered", null);
        HttpResponse<String> returned = http.send("GET", "packagings/" + id + "/diff?against=RETURNED", null);

        assertThat(json(offered).getJsonArray("comparisons")).singleElement()
                .satisfies(c -> assertThat(c.asJsonObject().getString("against")).isEqualTo("OFFERED"));
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        assertThat(json(returned).getJsonArray("comparisons")).as("this draft was never returned").isEmpty();
    }

    @Test
    void anUnknownVersionToCompareWithIsRefusedByNameBeforeAnyUseCase() throws Exception {
        HttpResponse<String> response = http.send("GET", "packagings/" + PackagingId.newId()
                + "/diff?against=YESTERDAY", null);

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errors(response)).containsExactly("against:UNKNOWN_VALUE");
        verifyNoInteractions(DIFFS);
    }

    @Test
    void aCoordinatorOfTheSuppliersOwnOrganisationIsRefusedTheDiff() throws Exception {
        when(DIFFS.diff(any(), any())).thenThrow(new DomainException(ErrorCode.REVIEW_OF_OWN_ORGANISATION,
                "a coordinator may not compare the versions of a packaging of their own organisation"));

        assertProblem(http.as(RONNEBY_COORDINATOR).send("GET", "packagings/" + PackagingId.newId() + "/diff", null),
                403, "REVIEW_OF_OWN_ORGANISATION");
        assertProblem(http.send("GET", "packagings/not-a-uuid/diff", null), 404, "PACKAGING_NOT_FOUND");
        verify(DIFFS).diff(eq(RONNEBY_COORDINATOR), any());
    }

    @Test
    void aMalformedIdIsNotFound() throws Exception {
        assertProblem(http.send("GET", "packagings/not-a-uuid", null), 404, "PACKAGING_NOT_FOUND");
    }

    @Test
    void theChecklistStartsAtVersionZeroAndIsReplacedWithIfMatch() throws Exception {
        when(CHECKLIST.current(any())).thenReturn(ReviewChecklist.seeded());
        HttpHarness admin = http.as(ADMIN);
        HttpResponse<String> read = admin.send("GET", "review-checklist", null);
        assertThat(read.headers().firstValue("ETag")).contains("\"0\"");
        assertThat(json(read).getJsonArray("criteria")).hasSize(7);

        HttpResponse<String> refused = admin.send("PUT", "review-checklist",
                "{\"criteria\": [{\"key\": \"Goal\", \"label\": {\"sv\": \"Mål\"}}]}", "If-Match", "\"0\"");
        assertProblem(refused, 400, "VALIDATION_FAILED");
        assertThat(errors(refused)).containsExactly("criteria[0].key:INVALID_FORMAT");
        verify(CHECKLIST, Mockito.never()).replace(any(), any());
    }

    @Test
    void theChecklistNamesEveryRefusedCriterionByItsPlaceInTheBody() throws Exception {
        HttpResponse<String> refused = http.as(ADMIN).send("PUT", "review-checklist", """
                {"version": 0, "criteria": [{"key": "goal-stated", "label": {"sv": "Mål", "xx": "?"}},
                                            null,
                                            {"key": "accessibility", "label": {"sv": "Tillgänglighet"}, "weight": 2},
                                            {"key": "Goal", "label": {"en": "Goal"}}]}""", "If-Match", "\"0\"");

        assertProblem(refused, 400, "VALIDATION_FAILED");
        assertThat(errors(refused)).containsExactlyInAnyOrder("criteria[0].label.xx:UNKNOWN_VALUE",
                "criteria[1]:REQUIRED", "criteria[2].weight:NOT_ALLOWED", "criteria[3].key:INVALID_FORMAT");
        verify(CHECKLIST, Mockito.never()).replace(any(), any());
    }

    @Test
    void anAnonymousCallIsRefusedWith401BeforeAnyUseCase() throws Exception {
        assertProblem(http.anonymous().send("POST", "packagings", COMPLETE), 401, "NOT_AUTHENTICATED");
        assertProblem(http.anonymous().send("GET", "review-checklist", null), 401, "NOT_AUTHENTICATED");
        verifyNoInteractions(DRAFTS, CHECKLIST);
    }
}
