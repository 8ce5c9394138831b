package se.esp.adapter.web.console.consumer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.console.ConsoleText;
import se.esp.adapter.web.console.review.DiffLabels;
import se.esp.application.port.in.application.SubmitApplicationUseCase;
import se.esp.application.port.in.credential.CredentialDefinitionUseCases;
import se.esp.application.port.in.offering.FindOfferingsQuery;
import se.esp.application.port.in.organisation.GetOrganisationQuery;
import se.esp.domain.credential.CredentialDefinition;
import se.esp.domain.credential.CredentialTerms;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.offering.OfferingVersion;
import se.esp.domain.packaging.Choice;
import se.esp.domain.packaging.FormField;
import se.esp.domain.packaging.MicroCredentialRef;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.ValidationException;

/**
 * An offering's page ({@code console/offering.xhtml?id=…}): its current version as the catalogue offers it — title
 * and description in the user's language where the supplier wrote one, price, delivery languages, eligibility — and
 * the version's own application form, rendered from its definition for each participant. Applying sends the form to
 * {@link SubmitApplicationUseCase}, which checks it against the form and the eligibility rules and stores nothing
 * when it refuses; each refusal stands next to its input ({@link ApplicationFormInput} names the inputs like the
 * API's fields). On success the case officer lands on the new application.
 */
@Named("offering")
@ViewScoped
public class OfferingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Languages a participant commonly prefers, besides those the offering is delivered in. */
    private static final List<String> COMMON_LANGUAGES = List.of("sv", "en", "ar", "so", "ti", "fa", "uk");

    @Inject
    ConsoleSession session;

    @Inject
    FindOfferingsQuery offerings;

    @Inject
    SubmitApplicationUseCase submit;

    @Inject
    GetOrganisationQuery organisations;

    @Inject
    Clock clock;

    @Inject
    CredentialDefinitionUseCases credentialDefinitions;

    private String id;
    private ApplicationFormInput form;
    private transient Offering offering;
    private transient List<MicroCredentialRow> microCredentials;

    /**
     * A micro-credential the offering leads to, as the owner defines it now: the title in the user's language, the
     * credit points and how long it stays valid; a code the owner has not defined shows its code alone.
     */
    public record MicroCredentialRow(String code, String title, String credits, String validity) {
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Offering getOffering() {
        if (offering == null && id != null) {
            try {
                offering = offerings.get(session.actor(), OfferingId.parse(id));
            } catch (ValidationException e) {
                throw new DomainException(ErrorCode.OFFERING_NOT_FOUND, "no offering with id " + id);
            }
        }
        return offering;
    }

    public OfferingVersion getVersion() {
        return getOffering().current();
    }

    public PackagingContent getContent() {
        return getVersion().content();
    }

    /** The form as typed so far; a fresh one (one participant, in the offering's first language) at first. */
    public ApplicationFormInput getForm() {
        if (form == null) {
            String first = getContent().deliveryLanguages().stream().findFirst().map(LanguageCode::value).orElse(null);
            form = new ApplicationFormInput(first, LocalDate.now(clock.withZone(ZoneId.of("Europe/Stockholm")))
                    .plusWeeks(1), "console-" + UUID.randomUUID());
        }
        return form;
    }

    public String getTitle() {
        return getContent().titles().preferring(language());
    }

    public String getDescription() {
        return getContent().descriptions().isEmpty() ? "" : getContent().descriptions().preferring(language());
    }

    /** Whether the description is shown in another language than the user's, because the supplier wrote none. */
    public boolean isDescriptionInOtherLanguage() {
        return !getContent().descriptions().isEmpty() && !getContent().descriptions().has(language());
    }

    public String getSupplierName() {
        return organisations.get(session.actor(), getOffering().supplier()).name().value();
    }

    public String getLanguages() {
        return String.join(", ", getContent().deliveryLanguages().stream()
                .map(code -> DiffLabels.language(code.value(), ConsoleText.locale())).toList());
    }

    public String getAgeText() {
        return ageText(getContent().eligibilityOrAnybody().minAge(), getContent().eligibilityOrAnybody().maxAge());
    }

    static String ageText(Integer min, Integer max) {
        if (min != null && max != null) {
            return ConsoleText.get("review.age.range", min, max);
        }
        if (min != null) {
            return ConsoleText.get("review.age.from", min);
        }
        return max != null ? ConsoleText.get("review.age.to", max) : ConsoleText.get("review.age.any");
    }

    /** The delivery languages, for the application's language. */
    public List<SelectItem> getDeliveryLanguages() {
        return getContent().deliveryLanguages().stream()
                .map(code -> new SelectItem(code.value(), DiffLabels.language(code.value(), ConsoleText.locale())))
                .toList();
    }

    /** Languages a participant may prefer: the offering's and a few common ones, by name. */
    public List<SelectItem> getPreferredLanguages() {
        Set<String> codes = new TreeSet<>(COMMON_LANGUAGES);
        getContent().deliveryLanguages().forEach(code -> codes.add(code.value()));
        List<SelectItem> items = new ArrayList<>();
        codes.forEach(code -> items.add(new SelectItem(code, DiffLabels.language(code, ConsoleText.locale()))));
        items.sort(Comparator.comparing(SelectItem::getLabel));
        return items;
    }

    /** The target groups the offering is for (those it names and those its eligibility requires). */
    public List<SelectItem> getTargetGroups() {
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        groups.addAll(getContent().targetGroups());
        groups.addAll(getContent().eligibilityOrAnybody().targetGroups());
        return groups.stream().map(g -> new SelectItem(g.name(), ConsoleText.get("enum.TargetGroup." + g.name())))
                .toList();
    }

    public List<FormField> getFields() {
        return getContent().applicationForm().fields();
    }

    public String fieldLabel(FormField field) {
        return field.label().preferring(language());
    }

    public List<SelectItem> choices(FormField field) {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", ConsoleText.get("offering.choose")));
        for (Choice choice : field.choices()) {
            items.add(new SelectItem(choice.value(), choice.label().preferring(language())));
        }
        return items;
    }

    public List<SelectItem> getYesNo() {
        return List.of(new SelectItem("", ConsoleText.get("offering.choose")),
                new SelectItem("true", ConsoleText.get("common.yes")),
                new SelectItem("false", ConsoleText.get("common.no")));
    }

    public boolean isIdentityNumberAsked() {
        return getContent().formRequiresIdentityNumber();
    }

    public boolean isOnOffer() {
        return getOffering().isOnOffer();
    }

    public void addParticipant() {
        getForm().addParticipant(getForm().getLanguage());
    }

    public void removeLastParticipant() {
        getForm().removeParticipant(getForm().getParticipants().size() - 1);
    }

    /** Applies; a refusal propagates to the console's error rule, which puts each reason next to its input. */
    public String apply() {
        OfferingVersion version = getVersion();
        var submitted = submit.submit(session.actor(),
                getForm().command(version.id(), version.content().applicationForm()));
        // the application's page says it was received (done=applied): by the address, not Faces' flash, whose
        // cookie can be lost between the post and the redirected request
        return "/console/application.xhtml?faces-redirect=true&id=" + submitted.application().id() + "&done=applied";
    }

    /** The micro-credentials the offering's packaging leads to, in the packaging's order. */
    public List<MicroCredentialRow> getMicroCredentials() {
        if (microCredentials == null) {
            List<MicroCredentialRef> codes = getContent().microCredentials();
            Map<MicroCredentialRef, CredentialDefinition> defined = codes.isEmpty() ? Map.of()
                    : DefinedCredentials.all(credentialDefinitions, session.actor());
            microCredentials = codes.stream().map(code -> row(code, defined.get(code))).toList();
        }
        return microCredentials;
    }

    private static MicroCredentialRow row(MicroCredentialRef code, CredentialDefinition definition) {
        if (definition == null) {
            return new MicroCredentialRow(code.code(), code.code(), "", "");
        }
        CredentialTerms terms = definition.current().terms();
        BigDecimal credits = terms.creditPoints();
        String validity = terms.validity()
                .map(months -> ConsoleText.get("offering.credential.validMonths", months))
                .orElseGet(() -> ConsoleText.get("offering.credential.validAlways"));
        return new MicroCredentialRow(code.code(), terms.title().preferring(language()),
                ConsoleText.get("offering.credential.credits", credits.toPlainString()), validity);
    }

    private static LanguageCode language() {
        return CataloguePage.language();
    }
}
