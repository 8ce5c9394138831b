package se.esp.adapter.web.console.organisation;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.console.ConsoleText;
import se.esp.adapter.web.console.UseCasePageModel;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.organisation.ChangeOrganisationRolesCommand;
import se.esp.application.port.in.organisation.ChangeOrganisationRolesUseCase;
import se.esp.application.port.in.organisation.GetOrganisationQuery;
import se.esp.application.port.in.organisation.ListOrganisationsQuery;
import se.esp.application.port.in.organisation.OrganisationFilter;
import se.esp.application.port.in.organisation.OrganisationSort;
import se.esp.application.port.in.organisation.RegisterOrganisationCommand;
import se.esp.application.port.in.organisation.RegisterOrganisationUseCase;
import se.esp.application.port.in.organisation.UpdateOrganisationCommand;
import se.esp.application.port.in.organisation.UpdateOrganisationUseCase;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.ParticipationLevel;
import se.esp.domain.organisation.Population;
import se.esp.domain.shared.Violations;

/**
 * The organisations page ({@code console/organisations.xhtml}): the directory as a lazy table over
 * {@link ListOrganisationsQuery} (search by name, filter by kind and role, sort, page — all on the server), and one
 * dialog to register an organisation or edit one. The use cases decide who may do what and refuse what is wrong;
 * refusals reach the page through the console's error rule (next to the field named like the violation).
 */
@Named("organisations")
@ViewScoped
public class OrganisationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE = "directory:organisations";

    @Inject
    ConsoleSession session;

    @Inject
    ListOrganisationsQuery list;

    @Inject
    GetOrganisationQuery get;

    @Inject
    RegisterOrganisationUseCase register;

    @Inject
    UpdateOrganisationUseCase update;

    @Inject
    ChangeOrganisationRolesUseCase changeRoles;

    // the directory's search
    private String nameFilter;
    private OrganisationKind kindFilter;
    private OrganisationRole roleFilter;
    private final Directory directory = new Directory();

    // the dialog: editingId is null while registering
    private String editingId;
    private long editingVersion;
    private String editingName;
    private String organisationNumber;
    private String name;
    private OrganisationKind kind;
    private Long population;
    private OrganisationRole[] roles = {};
    private ParticipationLevel participationLevel;

    /** The directory, one page at a time from the use case. */
    public Directory getDirectory() {
        return directory;
    }

    /** Applies the search from the first page. */
    public void search() {
        UseCasePageModel.fromFirstPage(TABLE);
    }

    public void clearSearch() {
        nameFilter = null;
        kindFilter = null;
        roleFilter = null;
        search();
    }

    /** Opens the dialog empty, to register an organisation. */
    public void startRegistration() {
        editingId = null;
        editingVersion = 0;
        editingName = null;
        organisationNumber = null;
        name = null;
        kind = OrganisationKind.MUNICIPALITY;
        population = null;
        roles = new OrganisationRole[0];
        participationLevel = null;
    }

    /** Opens the dialog with the organisation as it is now stored (its version guards the change). */
    public void startEdit(String id) {
        Organisation current = get.get(session.actor(), OrganisationId.parse(id));
        editingId = current.id().toString();
        editingVersion = current.version();
        editingName = current.name().value();
        organisationNumber = current.number().formatted();
        name = current.name().value();
        kind = current.kind();
        population = current.profile().populationIfAny().map(Population::value).orElse(null);
        roles = current.roles().toArray(new OrganisationRole[0]);
        participationLevel = current.profile().participationLevelIfAny().orElse(null);
    }

    /**
     * Registers or saves the dialog's organisation. A refusal propagates to the console's error rule and keeps the
     * dialog open; an edit changes the profile, then the roles, each against the version it was read at.
     */
    public void save() {
        Violations violations = new Violations();
        OrganisationNumber number = editingId != null ? null
                : violations.check("organisationNumber", () -> OrganisationNumber.parse(organisationNumber));
        OrganisationName checkedName = violations.check("name", () -> new OrganisationName(name));
        Population checkedPopulation = population == null ? null
                : violations.check("population", () -> new Population(population));
        // the profile's own rule (a population exactly for municipalities and regions) is checked even when the
        // name was refused, so every refusal shows at once
        OrganisationName nameForProfile = checkedName != null ? checkedName : new OrganisationName("-");
        OrganisationProfile checkedProfile = violations.concerns("population") ? null : violations.check("population",
                () -> new OrganisationProfile(nameForProfile, kind, checkedPopulation, participationLevel));
        violations.throwIfAny();
        OrganisationProfile profile = checkedProfile;
        Set<OrganisationRole> chosenRoles = roles == null || roles.length == 0
                ? EnumSet.noneOf(OrganisationRole.class) : EnumSet.copyOf(Arrays.asList(roles));
        String message;
        if (editingId == null) {
            Organisation registered = register.register(session.actor(),
                    new RegisterOrganisationCommand(number, profile, chosenRoles));
            message = ConsoleText.get("organisations.registered", registered.name().value());
        } else {
            OrganisationId id = OrganisationId.parse(editingId);
            Organisation updated = update.update(session.actor(),
                    new UpdateOrganisationCommand(id, editingVersion, profile));
            editingVersion = updated.version();
            Organisation changed = changeRoles.changeRoles(session.actor(),
                    new ChangeOrganisationRolesCommand(id, updated.version(), chosenRoles));
            editingVersion = changed.version();
            message = ConsoleText.get("organisations.updated", changed.name().value());
        }
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    }

    /** The lazy model of the directory: the page's search, the table's sort and page. */
    public final class Directory extends UseCasePageModel<Organisation> {

        private static final long serialVersionUID = 1L;

        @Override
        protected Page<Organisation> fetch(PageRequest request, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
            return list.list(session.actor(), new OrganisationFilter(kindFilter, roleFilter, nameFilter),
                    sort(sortBy), request);
        }

        @Override
        protected String keyOf(Organisation row) {
            return row.id().toString();
        }

        private OrganisationSort sort(Map<String, SortMeta> sortBy) {
            if (sortBy != null) {
                for (SortMeta meta : sortBy.values()) {
                    if (!meta.getOrder().isUnsorted()) {
                        OrganisationSort.Key key = switch (meta.getField()) {
                            case "organisationNumber" -> OrganisationSort.Key.ORGANISATION_NUMBER;
                            case "kind" -> OrganisationSort.Key.KIND;
                            case "population" -> OrganisationSort.Key.POPULATION;
                            default -> OrganisationSort.Key.NAME;
                        };
                        return new OrganisationSort(key, meta.getOrder().isDescending());
                    }
                }
            }
            return OrganisationSort.byName();
        }
    }

    public boolean isRegistering() {
        return editingId == null;
    }

    public String getEditingName() {
        return editingName;
    }

    public List<OrganisationKind> getKinds() {
        return List.of(OrganisationKind.values());
    }

    public List<OrganisationRole> getRoleChoices() {
        return List.of(OrganisationRole.values());
    }

    public List<ParticipationLevel> getParticipationLevels() {
        return List.of(ParticipationLevel.values());
    }

    public String getNameFilter() {
        return nameFilter;
    }

    public void setNameFilter(String nameFilter) {
        this.nameFilter = nameFilter;
    }

    public OrganisationKind getKindFilter() {
        return kindFilter;
    }

    public void setKindFilter(OrganisationKind kindFilter) {
        this.kindFilter = kindFilter;
    }

    public OrganisationRole getRoleFilter() {
        return roleFilter;
    }

    public void setRoleFilter(OrganisationRole roleFilter) {
        this.roleFilter = roleFilter;
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

    public OrganisationRole[] getRoles() {
        return roles;
    }

    public void setRoles(OrganisationRole[] roles) {
        this.roles = roles;
    }

    public ParticipationLevel getParticipationLevel() {
        return participationLevel;
    }

    public void setParticipationLevel(ParticipationLevel participationLevel) {
        this.participationLevel = participationLevel;
    }
}
