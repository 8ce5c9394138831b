package se.esp.adapter.web.console.admin;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.console.ConsoleText;
import se.esp.adapter.web.console.Labels;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.organisation.ListOrganisationsQuery;
import se.esp.application.port.in.organisation.OrganisationFilter;
import se.esp.application.port.in.project.ChangeScalingProjectStatusCommand;
import se.esp.application.port.in.project.RegisterScalingProjectCommand;
import se.esp.application.port.in.project.ScalingProjectUseCases;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.project.ScalingProject;
import se.esp.domain.project.ScalingProjectId;
import se.esp.domain.project.ScalingProjectStatus;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * The scaling projects page ({@code console/scaling-projects.xhtml}): every project with its owner, budget and
 * status; a form to register one and a form to move one to its next status on a day (the project fee falls due
 * when it becomes active). Through {@link ScalingProjectUseCases} with the signed-in user.
 */
@Named("projects")
@ViewScoped
public class ScalingProjectsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    ScalingProjectUseCases useCases;

    @Inject
    ListOrganisationsQuery organisationsQuery;

    @Inject
    Labels labels;

    private List<ScalingProject> items;
    private Map<OrganisationId, String> names;

    private String owner;
    private String name;
    private Money budget;

    private String project;
    private ScalingProjectStatus status;
    private LocalDate on;

    @PostConstruct
    void load() {
        items = useCases.list(session.actor(), new PageRequest(0, PageRequest.MAX_SIZE)).items();
        names = new LinkedHashMap<>();
        organisationsQuery.list(session.actor(), OrganisationFilter.all(), new PageRequest(0, PageRequest.MAX_SIZE))
                .items().stream().filter(o -> o.kind() != OrganisationKind.OWNER)
                .forEach(o -> names.put(o.id(), o.name().value()));
    }

    public List<ScalingProject> getItems() {
        return items;
    }

    public String ownerOf(ScalingProject p) {
        return names.getOrDefault(p.owner(), p.owner().toString());
    }

    /** The organisations that may own a project: name shown, id sent. */
    public Map<String, String> getOwners() {
        Map<String, String> owners = new LinkedHashMap<>();
        names.forEach((id, n) -> owners.put(n, id.toString()));
        return owners;
    }

    /** The projects that can still move on, each with its status. */
    public Map<String, String> getChangeable() {
        Map<String, String> open = new LinkedHashMap<>();
        for (ScalingProject p : items) {
            if (!p.status().next().isEmpty()) {
                open.put(p.name() + " (" + labels.of(p.status()) + ")", p.id().toString());
            }
        }
        return open;
    }

    public List<SelectItem> getStatuses() {
        return List.of(ScalingProjectStatus.ACTIVE, ScalingProjectStatus.COMPLETED, ScalingProjectStatus.CANCELLED)
                .stream().map(s -> new SelectItem(s, labels.of(s))).toList();
    }

    public void register() {
        Violations violations = new Violations();
        OrganisationId ownerId = null;
        if (owner == null || owner.isBlank()) {
            violations.add("owner", ViolationCode.REQUIRED, "must be chosen");
        } else {
            ownerId = violations.check("owner", () -> OrganisationId.parse(owner));
        }
        violations.throwIfAny();
        ScalingProject registered = useCases.register(session.actor(),
                new RegisterScalingProjectCommand(ownerId, name, budget));
        load();
        owner = null;
        name = null;
        budget = null;
        info("projects.registered", registered.name());
    }

    public void changeStatus() {
        Violations violations = new Violations();
        ScalingProject chosen = null;
        if (project == null || project.isBlank()) {
            violations.add("project", ViolationCode.REQUIRED, "must be chosen");
        } else {
            ScalingProjectId id = violations.check("project", () -> ScalingProjectId.parse(project));
            chosen = items.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
            if (id != null && chosen == null) {
                violations.add("project", ViolationCode.UNKNOWN_VALUE, "no such project");
            }
        }
        if (status == null) {
            violations.add("newStatus", ViolationCode.REQUIRED, "must be chosen");
        }
        if (on == null) {
            violations.add("on", ViolationCode.REQUIRED, "must be given");
        }
        violations.throwIfAny();
        ScalingProject changed = useCases.changeStatus(session.actor(),
                new ChangeScalingProjectStatusCommand(chosen.id(), chosen.version(), status, on));
        load();
        project = null;
        status = null;
        on = null;
        info("projects.statusChanged", changed.name(), labels.of(changed.status()));
    }

    private static void info(String key, Object... args) {
        String text = ConsoleText.get(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Money getBudget() {
        return budget;
    }

    public void setBudget(Money budget) {
        this.budget = budget;
    }

    public String getProject() {
        return project;
    }

    public void setProject(String project) {
        this.project = project;
    }

    public ScalingProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ScalingProjectStatus status) {
        this.status = status;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }
}
