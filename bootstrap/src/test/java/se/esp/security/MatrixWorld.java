package se.esp.security;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.esp.adapter.persistence.memory.InMemoryPersistence;
import se.esp.adapter.persistence.testing.PackagingFixtures;
import se.esp.adapter.persistence.testing.ResourceFixtures;
import se.esp.adapter.web.credential.CredentialIssuer;
import se.esp.adapter.web.credential.OwnerSigningKeys;
import se.esp.adapter.web.security.DemoTokenIssuer;
import se.esp.application.application.ApplicationParticipantReferences;
import se.esp.application.credential.CredentialsOfParticipant;
import se.esp.application.application.ApplicationService;
import se.esp.application.credential.CredentialRevocationService;
import se.esp.application.credential.CredentialService;
import se.esp.application.delivery.DeliveryParticipantAccess;
import se.esp.application.delivery.DeliveryService;
import se.esp.application.fee.FeeScheduleService;
import se.esp.application.matching.MatchingService;
import se.esp.application.offering.OfferingService;
import se.esp.application.organisation.OrganisationService;
import se.esp.application.packaging.PackagingService;
import se.esp.application.packaging.ReviewChecklistService;
import se.esp.application.participant.ParticipantReadPolicy;
import se.esp.application.participant.ParticipantService;
import se.esp.application.port.in.fee.FeeScheduleCommands;
import se.esp.application.port.in.offering.OfferingChange;
import se.esp.application.port.in.organisation.RegisterOrganisationCommand;
import se.esp.application.port.in.packaging.CreatePackagingCommand;
import se.esp.application.port.in.packaging.PackagingChange;
import se.esp.application.port.in.packaging.RecordReviewCommand;
import se.esp.application.port.in.participant.RegisterParticipantCommand;
import se.esp.application.port.in.project.RegisterScalingProjectCommand;
import se.esp.application.port.in.resource.ChangeResourceStatusCommand;
import se.esp.application.port.in.resource.RegisterResourceCommand;
import se.esp.application.port.out.DeliverySettlementSource;
import se.esp.application.project.ScalingProjectService;
import se.esp.application.resource.ResourceService;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.application.settlement.FeeSettlementSource;
import se.esp.application.settlement.SettlementService;
import se.esp.application.statistics.StatisticsService;
import se.esp.domain.application.Answers;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationParticipant;
import se.esp.domain.credential.Alignment;
import se.esp.domain.credential.AlignmentKind;
import se.esp.domain.credential.CredentialDefinition;
import se.esp.domain.credential.CredentialDefinitionId;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.CredentialTerms;
import se.esp.domain.credential.IssuedCredential;
import se.esp.domain.delivery.CostSplitRule;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.delivery.ResourceAssignment;
import se.esp.domain.fee.CostKey;
import se.esp.domain.fee.CostShare;
import se.esp.domain.fee.ExampleFeeRates;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.Population;
import se.esp.domain.packaging.CriterionAssessment;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.MicroCredentialRef;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingStatus;
import se.esp.domain.packaging.ReviewChecklist;
import se.esp.domain.packaging.TransactionFeeRate;
import se.esp.domain.participant.ParticipantDetails;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.participant.ParticipantName;
import se.esp.domain.participant.PreferredLanguage;
import se.esp.domain.project.ScalingProject;
import se.esp.domain.resource.CompetenceDeclaration;
import se.esp.domain.resource.Resource;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;

/**
 * One cell's platform: the real services over fresh in-memory storage, with the records the endpoint's request
 * points at — one of the caller's own organisation (Malmö stad) and one of another (Olofströms kommun), each in the
 * state the endpoint needs (a packaging in review for a verdict, a suspended offering for a resumption, a closed
 * month for an invoice), so that only authorisation decides the answer. A new area adds its service to
 * {@link #services()} and, in {@link #prepare}, the records its endpoints' path parameters name.
 */
final class MatrixWorld {

    enum Whose { OWN, OTHER }

    private static final ActingUser SETUP = ActingUser.system("matrix-setup");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    private static final CompetenceCode STUDY_GUIDANCE = new CompetenceCode("study-guidance");
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    final Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    private final InMemoryPersistence storage = new InMemoryPersistence();
    private final OrganisationService organisations = new OrganisationService(storage.organisations(),
            storage.catalogue(), storage.outbox(), storage.transactions(), clock);
    private final ParticipantService participants = new ParticipantService(storage.participants(),
            storage.personalDataAuditLog(), storage.outbox(), storage.transactions(), clock,
            new ParticipantReadPolicy(new DeliveryParticipantAccess(storage.deliveries(), storage.resources())),
            ParticipantService.DEFAULT_RETENTION,
            new ApplicationParticipantReferences(storage.applications()),
                new CredentialsOfParticipant(storage.issuedCredentials(), storage.credentialRevocations()));
    private final MatchingService matching = new MatchingService(storage.waitingDemand(), storage.applications(),
            storage.resources(), storage.organisations(), storage.offeringRequirements(), storage.offerings(),
            storage.openDeliveries(), storage.deliveries(), storage.matchingRuns(), storage.outbox(),
            storage.transactions(), clock);
    private final ResourceService resources = new ResourceService(storage.resources(), storage.organisations(),
            storage.outbox(), storage.transactions(), clock, matching);
    private final ApplicationService applications = new ApplicationService(storage.applications(),
            storage.offerings(), storage.deliveries(), participants, matching, storage.outbox(),
            storage.personalDataAuditLog(), storage.transactions(), clock);
    private final CredentialService credentials = new CredentialService(storage.credentialDefinitions(),
            storage.issuedCredentials(), storage.offerings(), storage.outbox(), storage.transactions(), clock);
    private final CredentialRevocationService revocations = new CredentialRevocationService(
            storage.issuedCredentials(), storage.credentialRevocations(), storage.outbox(), storage.transactions(),
            clock);
    private final CredentialIssuer issuer = new CredentialIssuer(OwnerSigningKeys.resolve(null, null,
            storage.credentialSigningKeys(), storage.transactions(), clock), "eSP", null);
    private final DeliveryService deliveries = new DeliveryService(storage.deliveries(), storage.applications(),
            storage.resources(), storage.organisations(), participants, credentials, matching, storage.outbox(),
            storage.transactions(), clock);
    private final PackagingService packagings = new PackagingService(storage.packagings(), storage.offerings(),
            storage.organisations(), storage.reviewChecklists(), storage.catalogue(),
            date -> TransactionFeeRate.percent("5"), storage.outbox(), storage.transactions(), clock);
    private final ReviewChecklistService checklists = new ReviewChecklistService(storage.reviewChecklists(),
            storage.outbox(), storage.transactions(), clock);
    private final OfferingService offerings = new OfferingService(storage.offerings(), storage.organisations(),
            storage.catalogue(), storage.outbox(), storage.transactions(), clock, se.esp.application.matching
            .MatchingTrigger.NONE, new se.esp.application.offering.CatalogueCapacity(storage.offeringRequirements(),
            storage.waitingDemand(), storage.openDeliveries(), storage.resources(), clock));
    private final FeeScheduleService feeSchedule = new FeeScheduleService(storage.feeSchedules(),
            storage.organisations(), storage.settlementPeriods(), storage.outbox(), storage.transactions(), clock);
    private final ScalingProjectService scalingProjects = new ScalingProjectService(storage.scalingProjects(),
            storage.organisations(), storage.settlementPeriods(), storage.outbox(), storage.transactions(), clock);
    private final SettlementService settlement = new SettlementService(storage.settlementPeriods(),
            storage.organisations(), new FeeSettlementSource(storage.feeSchedules(), storage.scalingProjects(),
            storage.organisations()), new NoDeliveries(), storage.outbox(), storage.transactions(), clock);
    private final StatisticsService statistics = new StatisticsService(storage.statistics(), storage.organisations(),
            storage.transactions());

    final Organisation owner = organisation("eSP Nationell plattform", "802999-0002", OrganisationKind.OWNER);
    final Organisation malmo = organisation("Malmö stad", "212000-1124", OrganisationKind.MUNICIPALITY,
            OrganisationRole.SUPPLIER, OrganisationRole.CONSUMER);
    final Organisation olofstrom = organisation("Olofströms kommun", "212000-0811", OrganisationKind.MUNICIPALITY,
            OrganisationRole.SUPPLIER, OrganisationRole.CONSUMER);
    /** Reviews the packagings the cells need reviewed; of the owner, so neither Malmö's nor Olofström's. */
    private final ActingUser reviewer = new ActingUser("setup-coordinator", owner.id(),
            EnumSet.of(UserRole.COORDINATOR));
    private final ParticipantId malmoParticipant = participantOf(malmo);
    private final ParticipantId olofstromParticipant = participantOf(olofstrom);

    /** Per record: the path parameters it fills ({id}, {versionId}, {period}, …) and its version for If-Match. */
    private final Map<Whose, Map<String, String>> parameters = new EnumMap<>(Whose.class);
    private final Map<Whose, Long> versions = new EnumMap<>(Whose.class);

    /** @param endpoint "METHOD /path" whose records to prepare; {@code null} for none (building the server) */
    MatrixWorld(String endpoint) {
        for (Whose whose : Whose.values()) {
            Organisation organisation = organisation(whose);
            parameters.put(whose, new HashMap<>(Map.of("organisationId", organisation.id().toString())));
            versions.put(whose, organisation.version());
        }
        if (endpoint != null) {
            prepare(endpoint);
        }
    }

    /** Every service whose use cases a resource may need; matched to a constructor parameter by type. */
    List<Object> services() {
        return List.of(organisations, participants, resources, packagings, checklists, offerings, feeSchedule,
                scalingProjects, settlement, applications, deliveries, credentials, statistics, clock, new EnabledDemoTokens(),
                issuer, revocations,
                se.esp.adapter.web.settlement.InvoiceSettings.defaults());
    }

    /** The caller: one role, acting for Malmö stad. */
    ActingUser caller(UserRole role) {
        return new ActingUser("matrix-" + role.name().toLowerCase(), malmo.id(), EnumSet.of(role));
    }

    Organisation organisation(Whose whose) {
        return whose == Whose.OWN ? malmo : olofstrom;
    }

    /** The path with every {parameter} replaced by the prepared record's value. */
    String path(String template, Whose whose) {
        return fill(template, whose);
    }

    /**
     * A body or If-Match template with its placeholders filled: {organisationId} (Malmö or Olofström),
     * {version} (the prepared record's), or any path parameter.
     */
    String fill(String template, Whose whose) {
        if (template == null) {
            return null;
        }
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = name.equals("version") ? Long.toString(versions.get(whose))
                    : parameters.get(whose).get(name);
            if (value == null) {
                throw new AssertionError("the matrix world prepared no {" + name + "} for " + template
                        + ": prepare it in MatrixWorld.prepare");
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /** The records an endpoint's path points at, each in the state the endpoint acts on. */
    private void prepare(String endpoint) {
        String template = endpoint.substring(endpoint.indexOf(' ') + 1);
        String area = template.substring(1).split("/")[0];
        switch (area) {
            case "organisations" -> {
                for (Whose whose : Whose.values()) {
                    record(whose, "id", organisation(whose).id().toString(), organisation(whose).version());
                }
            }
            case "demo", "catalogue", "review-checklist", "statistics", "public" -> {
                // nothing: the catalogue is searched, the checklist is the seeded one, demo tokens are public,
                // statistics name only the organisation (Malmö or Olofström) and count whatever there is; the public
                // credential endpoints name no record
            }
            case "hsds" -> {
                // the open exchange reads what anybody signed in reads: an offering on offer, an organisation
                for (Whose whose : Whose.values()) {
                    if (endpoint.startsWith("GET /hsds/services")) {
                        Offering offering = offeringOf(organisation(whose), false);
                        record(whose, "id", offering.id().toString(), offering.version());
                    } else {
                        record(whose, "id", organisation(whose).id().toString(), organisation(whose).version());
                    }
                }
            }
            case "participants" -> {
                record(Whose.OWN, "id", malmoParticipant.toString(), 1);
                record(Whose.OTHER, "id", olofstromParticipant.toString(), 1);
            }
            case "packagings" -> {
                PackagingStatus status = packagingStatusFor(endpoint);
                for (Whose whose : Whose.values()) {
                    Packaging packaging = packagingOf(organisation(whose), status);
                    record(whose, "id", packaging.id().toString(), packaging.version());
                }
            }
            case "offerings", "offering-versions" -> {
                for (Whose whose : Whose.values()) {
                    Offering offering = offeringOf(organisation(whose), endpoint.endsWith("/resumption"));
                    record(whose, "id", offering.id().toString(), offering.version());
                    parameters.get(whose).put("versionId", offering.current().id().toString());
                }
            }
            case "resources" -> {
                if (!endpoint.equals("POST /resources")) {
                    for (Whose whose : Whose.values()) {
                        Resource resource = resourceOf(whose, endpoint.endsWith("/reinstatement"));
                        record(whose, "id", resource.id().toString(), resource.version());
                        parameters.get(whose).put("code", STUDY_GUIDANCE.value());
                    }
                }
            }
            case "fee-schedule" -> prepareFeeSchedule(endpoint);
            case "scaling-projects" -> {
                for (Whose whose : Whose.values()) {
                    ScalingProject project = scalingProjects.register(SETUP, new RegisterScalingProjectCommand(
                            organisation(whose).id(), "Skalningsprojekt", Money.ofKronor(100_000)));
                    record(whose, "id", project.id().toString(), project.version());
                }
            }
            case "settlement" -> prepareSettlement(endpoint);
            case "applications" -> prepareApplications(endpoint);
            case "deliveries" -> prepareDeliveries(endpoint);
            case "credential-definitions" -> {
                for (Whose whose : Whose.values()) {
                    CredentialDefinition definition = definitionCoded("MATRIS-" + whose);
                    record(whose, "id", definition.id().toString(), definition.version());
                }
            }
            case "credentials" -> prepareCredentials();
            default -> throw new AssertionError("the matrix world has no records for /" + area
                    + ": add them to MatrixWorld.prepare");
        }
    }

    private void record(Whose whose, String parameter, String value, long version) {
        parameters.get(whose).put(parameter, value);
        versions.put(whose, version);
    }

    private static PackagingStatus packagingStatusFor(String endpoint) {
        if (endpoint.endsWith("/review")) {
            return PackagingStatus.SUBMITTED;
        }
        if (endpoint.endsWith("/verdict") || endpoint.endsWith("/rejection")) {
            return PackagingStatus.IN_REVIEW;
        }
        if (endpoint.endsWith("/publication")) {
            return PackagingStatus.APPROVED;
        }
        if (endpoint.endsWith("/revision") || endpoint.endsWith("/diff")) {
            return PackagingStatus.PUBLISHED;
        }
        return PackagingStatus.DRAFT;
    }

    /** A complete packaging of the supplier, walked through review up to the given status by its own staff. */
    private Packaging packagingOf(Organisation supplier, PackagingStatus upTo) {
        ActingUser staff = new ActingUser("setup-staff@" + supplier.number().value(), supplier.id(),
                EnumSet.of(UserRole.SUPPLIER_STAFF));
        Packaging packaging = packagings.create(staff,
                new CreatePackagingCommand(PackagingFixtures.aPackaging().content()));
        if (upTo == PackagingStatus.DRAFT) {
            return packaging;
        }
        packaging = packagings.submit(staff, change(packaging));
        if (upTo == PackagingStatus.SUBMITTED) {
            return packaging;
        }
        packaging = packagings.startReview(reviewer, change(packaging));
        if (upTo == PackagingStatus.IN_REVIEW) {
            return packaging;
        }
        packaging = packagings.recordReview(reviewer, new RecordReviewCommand(packaging.id(), packaging.version(),
                ReviewChecklist.seeded().criteria().stream().map(c -> CriterionAssessment.pass(c.key())).toList()));
        if (upTo == PackagingStatus.APPROVED) {
            return packaging;
        }
        return packagings.publish(staff, change(packaging)).packaging();
    }

    private static PackagingChange change(Packaging packaging) {
        return new PackagingChange(packaging.id(), packaging.version());
    }

    private Offering offeringOf(Organisation supplier, boolean suspended) {
        Packaging published = packagingOf(supplier, PackagingStatus.PUBLISHED);
        Offering offering = storage.transactions().inTransaction(() ->
                storage.offerings().findByPackaging(published.id())).orElseThrow();
        return suspended ? offerings.suspend(SETUP, new OfferingChange(offering.id(), offering.version(), "Paus"))
                : offering;
    }

    /**
     * Malmö's resource is the RESOURCE_PERSON caller's own profile; Olofström's is another person's. Both have a
     * pending study-guidance competence for the coordinators' decisions.
     */
    private Resource resourceOf(Whose whose, boolean suspended) {
        Organisation employer = organisation(whose);
        String person = whose == Whose.OWN ? caller(UserRole.RESOURCE_PERSON).userId() : "setup-person@olofstrom";
        Resource resource = resources.register(SETUP, new RegisterResourceCommand(person,
                ResourceFixtures.aResource().employedBy(employer.id()).profile(),
                List.of(new CompetenceDeclaration(STUDY_GUIDANCE, "Examen", LocalDate.of(2030, 1, 1)))));
        return suspended ? resources.suspend(SETUP, new ChangeResourceStatusCommand(resource.id(),
                resource.version(), "Klagomål")) : resource;
    }

    private void prepareFeeSchedule(String endpoint) {
        if (endpoint.equals("POST /fee-schedule")) {
            return;
        }
        FeeSchedule schedule = feeSchedule.establish(SETUP, new FeeScheduleCommands.Establish(
                new RatesVersion(LocalDate.of(2026, 1, 1), ExampleFeeRates.pricesOf(2026))));
        if (endpoint.contains("/agreements/")) {
            for (Whose whose : Whose.values()) {
                schedule = feeSchedule.admitMember(SETUP, new FeeScheduleCommands.AdmitMember(schedule.version(),
                        organisation(whose).id(), LocalDate.of(2026, 12, 1)));
            }
            for (Whose whose : Whose.values()) {
                String member = organisation(whose).id().toString();
                record(whose, "id", schedule.memberships().stream()
                        .filter(m -> m.member().toString().equals(member)).findFirst().orElseThrow().id().toString(),
                        schedule.version());
            }
        } else if (endpoint.contains("/joint-costs/")) {
            for (Whose whose : Whose.values()) {
                schedule = feeSchedule.recordJointCost(SETUP, new FeeScheduleCommands.RecordJointCost(
                        schedule.version(), "Gemensam kostnad " + whose, Money.ofKronor(1_000), CostKey.EQUALLY,
                        List.of(new CostShare(organisation(whose).id(), 0)), YearMonth.of(2026, 12)));
            }
            for (Whose whose : Whose.values()) {
                String description = "Gemensam kostnad " + whose;
                record(whose, "id", schedule.jointCosts().stream().filter(c -> c.description().equals(description))
                        .findFirst().orElseThrow().id().toString(), schedule.version());
            }
        } else {
            for (Whose whose : Whose.values()) {
                versions.put(whose, schedule.version());
            }
        }
    }

    /**
     * October is settled (and, for statements, closed) with a joint cost both municipalities owe half of, so
     * either has a statement and an invoice; November is open for a run.
     */
    private void prepareSettlement(String endpoint) {
        if (endpoint.equals("POST /settlement/periods/{period}/runs")) {
            parameters.values().forEach(p -> p.put("period", NOVEMBER.toString()));
            return;
        }
        FeeSchedule schedule = feeSchedule.establish(SETUP, new FeeScheduleCommands.Establish(
                new RatesVersion(LocalDate.of(2026, 1, 1), ExampleFeeRates.pricesOf(2026))));
        feeSchedule.recordJointCost(SETUP, new FeeScheduleCommands.RecordJointCost(schedule.version(),
                "Gemensam utveckling", Money.ofKronor(10_000), CostKey.EQUALLY,
                List.of(new CostShare(malmo.id(), 0), new CostShare(olofstrom.id(), 0)), OCTOBER));
        settlement.settle(SETUP, OCTOBER);
        if (endpoint.contains("/statements/")) {
            settlement.close(SETUP, OCTOBER);
        }
        parameters.values().forEach(p -> p.put("period", OCTOBER.toString()));
        // Both owe half the joint cost, so each has the owner's invoice of October to download by its number.
        for (Whose whose : Whose.values()) {
            parameters.get(whose).put("number", se.esp.domain.settlement.SettlementDocuments.number(
                    se.esp.domain.settlement.DocumentKind.INVOICE, OCTOBER, organisation(whose).number()));
        }
    }

    /**
     * For a submission, an offering of the owner's to apply to (both cells apply for the caller's own organisation).
     * Otherwise an application of Malmö to Malmö's offering and one of Olofström to Olofström's, so consumer and
     * supplier staff of Malmö each have their own: received (cancellation, rejection) or matched (confirmation).
     */
    private void prepareApplications(String endpoint) {
        if (endpoint.equals("POST /applications")) {
            Offering offering = offeringOf(olofstrom, false);
            parameters.values().forEach(p -> p.put("versionId", offering.current().id().toString()));
            return;
        }
        for (Whose whose : Whose.values()) {
            Organisation organisation = organisation(whose);
            Offering offering = offeringOf(organisation, false);
            ParticipantId participant = whose == Whose.OWN ? malmoParticipant : olofstromParticipant;
            Application application = Application.submit(ApplicationId.newId(), organisation.id(), "setup",
                    null, offering.id(), offering.current().id(), organisation.id(),
                    List.of(new ApplicationParticipant(participant, Set.of(), Answers.none())),
                    LanguageCode.of("ar"), LocalDate.of(2026, 12, 7), false, clock.instant()).application();
            if (endpoint.endsWith("/confirmation")) {
                application.match(DeliveryId.newId(), "Placed for the matrix.", clock.instant());
            }
            Application saved = storage.transactions().inTransaction(() -> storage.applications().save(application));
            record(whose, "id", saved.id().toString(), saved.version());
        }
    }

    /**
     * A delivery supplied by Malmö seating Malmö's participant and led by the RESOURCE caller's own resource, and one
     * of Olofström's led by another person: planned, or running for a completion.
     */
    private void prepareDeliveries(String endpoint) {
        if (endpoint.equals("GET /deliveries")) {
            return;
        }
        for (Whose whose : Whose.values()) {
            Organisation organisation = organisation(whose);
            Resource resource = resourceOf(whose, false);
            ParticipantId participant = whose == Whose.OWN ? malmoParticipant : olofstromParticipant;
            Delivery delivery = Delivery.open(DeliveryId.newId(), offeringOf(organisation, false).current().id(),
                    organisation.id(), "Matrisleverans", LanguageCode.of("ar"), new ResourceAssignment(resource.id(),
                            "Mina Studiehandledare", organisation.id(), Money.parse("450.00"),
                            java.math.BigDecimal.TEN), List.of(), LocalDate.of(2026, 12, 7),
                    LocalDate.of(2027, 2, 14), 8, Money.parse("6500.00"), CostSplitRule.PER_PARTICIPANT,
                    clock.instant()).delivery();
            Application application = Application.submit(ApplicationId.newId(), organisation.id(), "setup", null,
                    OfferingId.newId(), OfferingVersionId.newId(), organisation.id(),
                    List.of(new ApplicationParticipant(participant, Set.of(), Answers.none())),
                    LanguageCode.of("ar"), LocalDate.of(2026, 12, 7), false, clock.instant()).application();
            delivery.seat(application.id(), organisation.id(), List.of(participant),
                    clock.instant());
            application.match(delivery.id(), "Placed for the matrix.", clock.instant());
            if (endpoint.endsWith("/completion")) {
                delivery.start(clock.instant());
                application.start(clock.instant());
            }
            storage.transactions().inTransaction(() -> storage.applications().save(application));
            Delivery saved = storage.transactions().inTransaction(() -> storage.deliveries().save(delivery));
            record(whose, "id", saved.id().toString(), saved.version());
            parameters.get(whose).put("participantId", participant.toString());
        }
    }

    private CredentialDefinition definitionCoded(String code) {
        CredentialTerms terms = new CredentialTerms(LocalisedText.svEn("Basal omvårdnad", "Basic care"),
                LocalisedText.svEn("Grunderna.", "The basics."), LocalisedText.svEn("Alla pass.", "Every session."),
                List.of(new Alignment(AlignmentKind.ESCO_OCCUPATION, "http://data.europa.eu/esco/occupation/x",
                        "healthcare assistant")), java.math.BigDecimal.ONE, null);
        return storage.transactions().inTransaction(() -> storage.credentialDefinitions().save(
                CredentialDefinition.define(CredentialDefinitionId.newId(), new MicroCredentialRef(code), terms,
                        clock.instant()).definition()));
    }

    /** A credential earned in a delivery Malmö supplied to its own participant, and one of Olofström's likewise. */
    private void prepareCredentials() {
        CredentialDefinition definition = definitionCoded("MATRIS-1");
        for (Whose whose : Whose.values()) {
            Organisation organisation = organisation(whose);
            IssuedCredential credential = new IssuedCredential(CredentialId.newId(), definition.id(),
                    definition.code().code(), 1, whose == Whose.OWN ? malmoParticipant : olofstromParticipant,
                    DeliveryId.newId(), organisation.id(), organisation.id(), clock.instant(), null);
            storage.transactions().inTransaction(() -> {
                storage.issuedCredentials().addAll(List.of(credential));
                return null;
            });
            record(whose, "id", credential.id().toString(), 0);
        }
    }

    private Organisation organisation(String name, String number, OrganisationKind kind, OrganisationRole... roles) {
        return organisations.register(SETUP, new RegisterOrganisationCommand(OrganisationNumber.parse(number),
                new OrganisationProfile(new OrganisationName(name), kind,
                        kind == OrganisationKind.OWNER ? null : new Population(10_000), null), Set.of(roles)));
    }

    private ParticipantId participantOf(Organisation consumer) {
        ActingUser caseOfficer = new ActingUser("setup-case-officer", consumer.id(),
                EnumSet.of(UserRole.CONSUMER_STAFF));
        return participants.register(caseOfficer, new RegisterParticipantCommand(new ParticipantDetails(
                new ParticipantName("Matris Deltagare"), null, new PreferredLanguage("sv"), null), false)).id();
    }

    /** Until deliveries exist, settlement has only the fee side, as on the server. */
    private static final class NoDeliveries implements DeliverySettlementSource {

        @Override
        public List<se.esp.domain.settlement.SoldDelivery> soldIn(YearMonth month) {
            return List.of();
        }

        @Override
        public List<String> cancelledIn(YearMonth month) {
            return List.of();
        }
    }

    /** The demo run's token endpoint is public; what it signs is not the matrix's concern. */
    private static final class EnabledDemoTokens implements DemoTokenIssuer {

        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public List<DemoIdentity> identities() {
            return List.of();
        }

        @Override
        public Optional<IssuedToken> issue(String username) {
            return Optional.of(new IssuedToken("not-a-real-token", 60));
        }
    }
}
