package se.esp.adapter.web.console.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.faces.context.FacesContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.console.consumer.OfferingPage.MicroCredentialRow;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.credential.CredentialDefinitionUseCases;
import se.esp.application.port.in.offering.FindOfferingsQuery;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.credential.Alignment;
import se.esp.domain.credential.AlignmentKind;
import se.esp.domain.credential.CredentialDefinition;
import se.esp.domain.credential.CredentialDefinitionId;
import se.esp.domain.credential.CredentialTerms;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.offering.OfferingVersion;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.MicroCredentialRef;
import se.esp.domain.packaging.PackagingContent;

/** The offering page shows the micro-credentials the offering leads to, as the owner defines them. */
class OfferingPageTest {

    private static final ActingUser CASE_OFFICER = new ActingUser("demo:olofstrom-consumer",
            new OrganisationId(UUID.randomUUID()), Set.of(UserRole.CONSUMER_STAFF));
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    private final OfferingId id = new OfferingId(UUID.randomUUID());
    private final OfferingPage page = new OfferingPage();
    private final PackagingContent content = mock(PackagingContent.class);

    /** A Faces context with no view, so the texts are Swedish, without a Faces implementation on the class path. */
    private abstract static class NoView extends FacesContext {
        static void use(FacesContext context) {
            setCurrentInstance(context);
        }
    }

    @BeforeEach
    void wire() {
        NoView.use(mock(FacesContext.class));
        page.session = mock(ConsoleSession.class);
        when(page.session.actor()).thenReturn(CASE_OFFICER);
        page.offerings = mock(FindOfferingsQuery.class);
        page.credentialDefinitions = mock(CredentialDefinitionUseCases.class);
        Offering offering = mock(Offering.class);
        OfferingVersion version = mock(OfferingVersion.class);
        when(page.offerings.get(CASE_OFFICER, id)).thenReturn(offering);
        when(offering.current()).thenReturn(version);
        when(version.content()).thenReturn(content);
        page.setId(id.toString());
    }

    @AfterEach
    void release() {
        NoView.use(null);
    }

    @Test
    void showsEachCredentialTheOfferingLeadsToWithTitleCreditsAndValidity() {
        when(content.microCredentials()).thenReturn(List.of(new MicroCredentialRef("VO-OMV-01"),
                new MicroCredentialRef("VO-HYG-02"), new MicroCredentialRef("VO-NOT-DEFINED")));
        when(page.credentialDefinitions.list(eq(CASE_OFFICER), any())).thenAnswer(call -> new Page<>(List.of(
                defined("VO-HYG-02", "Hygien i vården", "Hygiene in care", "2.5", null),
                defined("VO-OMV-01", "Basal omvårdnad", "Basic care", "7.5", 36),
                defined("VO-OTHER", "Annat", "Other", "1", null)), call.getArgument(1), 3));

        assertThat(page.getMicroCredentials()).containsExactly(
                new MicroCredentialRow("VO-OMV-01", "Basal omvårdnad", "7.5 poäng", "36 månader"),
                new MicroCredentialRow("VO-HYG-02", "Hygien i vården", "2.5 poäng", "Tillsvidare"),
                new MicroCredentialRow("VO-NOT-DEFINED", "VO-NOT-DEFINED", "", ""));
    }

    @Test
    void anOfferingLeadingToNoCredentialAsksForNoDefinitions() {
        when(content.microCredentials()).thenReturn(List.of());

        assertThat(page.getMicroCredentials()).isEmpty();
        verify(page.credentialDefinitions, never()).list(any(), any(PageRequest.class));
    }

    private static CredentialDefinition defined(String code, String sv, String en, String credits, Integer months) {
        return CredentialDefinition.define(CredentialDefinitionId.newId(), new MicroCredentialRef(code),
                new CredentialTerms(LocalisedText.svEn(sv, en), LocalisedText.svEn(sv, en),
                        LocalisedText.svEn("Deltagit i alla pass.", "Attended every session."),
                        List.of(new Alignment(AlignmentKind.ESCO_OCCUPATION,
                                "http://data.europa.eu/esco/occupation/0d4a5b36-example", sv)),
                        new BigDecimal(credits), months), NOW).definition();
    }
}
