package se.esp.adapter.web.console.resource;

import java.io.Serializable;
import java.text.Collator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.console.ConsoleText;
import se.esp.adapter.web.console.review.DiffLabels;
import se.esp.application.port.in.organisation.GetOrganisationQuery;
import se.esp.application.port.in.resource.ChangeResourceProfileCommand;
import se.esp.application.port.in.resource.ChangeResourceProfileUseCase;
import se.esp.application.port.in.resource.DeclareCompetenceCommand;
import se.esp.application.port.in.resource.DeclareCompetenceUseCase;
import se.esp.application.port.in.resource.OwnResourceQuery;
import se.esp.application.port.in.resource.RegisterResourceCommand;
import se.esp.application.port.in.resource.RegisterResourceUseCase;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.resource.Competence;
import se.esp.domain.resource.CompetenceDeclaration;
import se.esp.domain.resource.CompetenceStatus;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.ResourceProfile;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violations;

/**
 * A resource person's profile ({@code console/resource-profile.xhtml}). Before they have registered it is the
 * registration form (profile, weekly availability and a first competence, sent to {@link RegisterResourceUseCase},
 * which registers only the signed-in person); afterwards it shows the profile, the status and every competence with
 * its evidence, its verification and its expiry, and offers the same form to change the profile
 * ({@link ChangeResourceProfileUseCase}, against the version shown) and one to declare or renew a competence
 * ({@link DeclareCompetenceUseCase}). The employer is one of the organisations the use case accepts from a
 * resource person: the one they act for, or none (independent).
 */
@Named("resourceProfile")
@ViewScoped
public class ResourceProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One competence as the table shows it. */
    public record CompetenceRow(String code, String evidence, CompetenceStatus status, LocalDate expiresOn,
                                boolean expired, String remark) {
    }

    @Inject
    ConsoleSession session;

    @Inject
    OwnResourceQuery own;

    @Inject
    RegisterResourceUseCase register;

    @Inject
    ChangeResourceProfileUseCase change;

    @Inject
    DeclareCompetenceUseCase declare;

    @Inject
    GetOrganisationQuery organisations;

    private String resourceId;
    private long version;
    private transient Resource resource;
    private ProfileForm form;
    /** The first competence, while registering. */
    private CompetenceForm competence = new CompetenceForm();
    /** A competence declared or renewed later. */
    private CompetenceForm declaration = new CompetenceForm();
    /** The employer choices, name → id, besides "none". */
    private Map<String, String> employers;

    @PostConstruct
    void load() {
        Optional<Resource> found = own.own(session.actor());
        if (found.isPresent()) {
            show(found.get());
        } else {
            form = ProfileForm.empty(session.getDisplayName(), session.actor().organisation().orElse(null));
        }
    }

    /** Registers the signed-in person with the form's profile and, if typed, one competence. */
    public String register() {
        ResourceProfile profile = null;
        CompetenceDeclaration first = null;
        Violations violations = new Violations();
        try {
            profile = form.toProfile();
        } catch (ValidationException e) {
            violations.addAll(e);
        }
        try {
            first = competence.toDeclarationIfAny().orElse(null);
        } catch (ValidationException e) {
            violations.addAll(e);
        }
        violations.throwIfAny();
        Resource registered = register.register(session.actor(),
                new RegisterResourceCommand(null, profile, first == null ? List.of() : List.of(first)));
        competence = new CompetenceForm();
        show(registered);
        inform("resourceProfile.registered");
        return null;
    }

    /** Changes the profile, against the version shown. */
    public String save() {
        ResourceProfile profile = form.toProfile();
        show(change.changeProfile(session.actor(), new ChangeResourceProfileCommand(id(), version, profile)));
        inform("resourceProfile.saved");
        return null;
    }

    /** Declares a new competence or renews one; it waits for a coordinator. */
    public String declareCompetence() {
        CompetenceDeclaration declared = declaration.toDeclaration();
        show(declare.declareCompetence(session.actor(), new DeclareCompetenceCommand(id(), version, declared)));
        declaration = new CompetenceForm();
        inform("resourceProfile.declared", declared.code().value());
        return null;
    }

    private void show(Resource stored) {
        resource = stored;
        resourceId = stored.id().toString();
        version = stored.version();
        form = ProfileForm.of(stored.profile());
        employers = null;
    }

    private ResourceId id() {
        if (resourceId == null) {
            throw new DomainException(se.esp.domain.shared.ErrorCode.RESOURCE_NOT_FOUND, "not registered yet");
        }
        return ResourceId.parse(resourceId);
    }

    private static void inform(String key, Object... arguments) {
        String text = ConsoleText.get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    // ---- what the page shows ----

    public boolean isRegistered() {
        return resourceId != null;
    }

    /** The stored resource, read again when the view was restored from elsewhere. */
    public Resource getResource() {
        if (resource == null && resourceId != null) {
            resource = own.own(session.actor()).orElse(null);
        }
        return resource;
    }

    public String getLanguagesText() {
        return languageNames(getResource().profile().languages().stream().map(LanguageCode::value).toList(),
                ConsoleText.locale());
    }

    public String getEmployerText() {
        return getResource().profile().employerIfAny().map(this::organisationName)
                .orElseGet(() -> ConsoleText.get("resourceProfile.independent"));
    }

    /** The weekly slots, one a line: "tisdag 10:00–12:00". */
    public List<String> getSlotTexts() {
        return getResource().profile().availability().slots().stream()
                .map(slot -> slotText(slot, ConsoleText.locale())).toList();
    }

    public List<CompetenceRow> getCompetences() {
        LocalDate today = LocalDate.now(se.esp.adapter.web.console.Formats.SWEDISH_TIME);
        return getResource().competences().stream().map(c -> row(c, today)).toList();
    }

    /** The state of a competence as a person reads it: verified but expired says so. */
    public String stateText(CompetenceRow row) {
        if (row.expired()) {
            return ConsoleText.get("resourceProfile.expired");
        }
        return ConsoleText.get("enum.CompetenceStatus." + row.status().name());
    }

    static CompetenceRow row(Competence competence, LocalDate today) {
        return new CompetenceRow(competence.code().value(), competence.declaration().evidence(), competence.status(),
                competence.expiresOn(), !today.isBefore(competence.expiresOn()), competence.remark());
    }

    // ---- the form's choices ----

    /** Every ISO 639-1 language, by its name in the reader's language. */
    public List<SelectItem> getLanguageChoices() {
        Locale locale = ConsoleText.locale();
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOLanguages())
                .map(code -> new SelectItem(code, DiffLabels.language(code, locale)))
                .filter(item -> !item.getLabel().equals(item.getValue()))
                .sorted(Comparator.comparing(SelectItem::getLabel, collator)).toList();
    }

    public List<SelectItem> getDayChoices() {
        Locale locale = ConsoleText.locale();
        return Arrays.stream(DayOfWeek.values()).map(day -> new SelectItem(day, dayName(day, locale))).toList();
    }

    /**
     * The organisations the person may name as employer, name → id: the one they act for, and the one stored if an
     * administrator set another. "None" (independent) is the select's first choice.
     */
    public Map<String, String> getEmployers() {
        if (employers == null) {
            Map<String, String> choices = new LinkedHashMap<>();
            session.actor().organisation().ifPresent(o -> choices.put(organisationName(o), o.toString()));
            if (form != null && form.getEmployerId() != null && !choices.containsValue(form.getEmployerId())) {
                OrganisationId stored = OrganisationId.parse(form.getEmployerId());
                choices.put(organisationName(stored), stored.toString());
            }
            employers = choices;
        }
        return employers;
    }

    private String organisationName(OrganisationId id) {
        try {
            return organisations.get(session.actor(), id).name().value();
        } catch (DomainException e) {
            return id.toString();
        }
    }

    // ---- texts, also for the deliveries page ----

    static String languageNames(List<String> codes, Locale locale) {
        return codes.stream().map(code -> DiffLabels.language(code, locale)).collect(Collectors.joining(", "));
    }

    static String slotText(WeeklySlot slot, Locale locale) {
        return dayName(slot.day(), locale) + " " + slot.start() + "–" + slot.end();
    }

    static String dayName(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    public ProfileForm getForm() {
        return form;
    }

    public CompetenceForm getCompetence() {
        return competence;
    }

    public CompetenceForm getDeclaration() {
        return declaration;
    }
}
