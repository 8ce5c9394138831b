package se.esp.adapter.web.console;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.organisation.ListOrganisationsQuery;
import se.esp.application.port.in.organisation.OrganisationFilter;
import se.esp.application.port.in.organisation.RegisterOrganisationCommand;
import se.esp.application.port.in.organisation.RegisterOrganisationUseCase;
import se.esp.application.security.ActingUser;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.Population;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violations;

/**
 * The organisations page ({@code console/organisations.xhtml}): the directory, and a form to register an
 * organisation. The same use cases as the API decide who may do what; the page only shows their answers.
 */
@Named("organisations")
@RequestScoped
public class OrganisationsPage {

    @Inject
    ConsoleSession session;

    @Inject
    ListOrganisationsQuery list;

    @Inject
    RegisterOrganisationUseCase register;

    private String organisationNumber;
    private String name;
    private OrganisationKind kind = OrganisationKind.MUNICIPALITY;
    private Long population;
    private String roles;
    private List<Organisation> loaded;

    public List<Organisation> getItems() {
        if (loaded == null) {
            loaded = list.list(actor(), OrganisationFilter.all(), new PageRequest(0, PageRequest.MAX_SIZE)).items();
        }
        return loaded;
    }

    public String rolesOf(Organisation organisation) {
        return organisation.roles().stream().map(Enum::name).sorted().reduce((a, b) -> a + ", " + b).orElse("");
    }

    public List<OrganisationKind> getKinds() {
        return Arrays.asList(OrganisationKind.values());
    }

    public String register() {
        FacesContext faces = FacesContext.getCurrentInstance();
        {
            Violations violations = new Violations();
            OrganisationNumber number = violations.check("organisationNumber",
                    () -> OrganisationNumber.parse(organisationNumber));
            OrganisationName checkedName = violations.check("name", () -> new OrganisationName(name));
            OrganisationKind checkedKind = kind;
            Population checkedPopulation = population == null ? null
                    : violations.check("population", () -> new Population(population));
            violations.throwIfAny();
            OrganisationProfile profile = new OrganisationProfile(checkedName, checkedKind, checkedPopulation, null);
            Organisation registered = register.register(actor(),
                    new RegisterOrganisationCommand(number, profile, parseRoles()));
            String text = ConsoleText.get("organisations.registered", registered.name().value());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
            organisationNumber = null;
            name = null;
            population = null;
            roles = null;
            loaded = null;
        }
        return null;
    }

    private Set<OrganisationRole> parseRoles() {
        Set<OrganisationRole> parsed = EnumSet.noneOf(OrganisationRole.class);
        if (roles != null && !roles.isBlank()) {
            for (String role : roles.split("[,\\s]+")) {
                try {
                    parsed.add(OrganisationRole.valueOf(role.strip().toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw ValidationException.of("roles", se.esp.domain.shared.ViolationCode.UNKNOWN_VALUE,
                            "'" + role + "' is not one of SUPPLIER, CONSUMER, PARTNER");
                }
            }
        }
        return parsed;
    }

    private ActingUser actor() {
        return session.actingUser().orElseThrow(() -> new IllegalStateException("the console guard lets nobody "
                + "unsigned through"));
    }

    public String getOrganisationNumber() {
        return organisationNumber;
    }

    public void setOrganisationNumber(String organisationNumber) {
        this.organisationNumber = organisationNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public Long getPopulation() {
        return population;
    }

    public void setPopulation(Long population) {
        this.population = population;
    }

    public String getRoles() {
        return roles;
    }

    public void setRoles(String roles) {
        this.roles = roles;
    }
}
