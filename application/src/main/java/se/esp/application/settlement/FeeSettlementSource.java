package se.esp.application.settlement;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.organisation.OrganisationFilter;
import se.esp.application.port.out.FeeSchedules;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.ScalingProjects;
import se.esp.domain.fee.FeeCalculator;
import se.esp.domain.fee.FeeCharge;
import se.esp.domain.fee.FeePayer;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.fee.JointCost;
import se.esp.domain.fee.ProjectBudget;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.project.ScalingProject;
import se.esp.domain.project.ScalingProjectStatus;
import se.esp.domain.settlement.Cause;
import se.esp.domain.settlement.CauseType;

/**
 * The fee side of settlement's inputs: reads the fee schedule, the organisations (population, participation level)
 * and the scaling projects, and lets the domain's {@link FeeCalculator} say what is due in a month. Called inside a
 * transaction.
 */
public final class FeeSettlementSource {

    private static final int PAGE = PageRequest.MAX_SIZE;

    private final FeeSchedules schedules;
    private final ScalingProjects projects;
    private final Organisations organisations;

    public FeeSettlementSource(FeeSchedules schedules, ScalingProjects projects, Organisations organisations) {
        this.schedules = Objects.requireNonNull(schedules, "schedules");
        this.projects = Objects.requireNonNull(projects, "projects");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
    }

    public Optional<FeeSchedule> schedule() {
        return schedules.find();
    }

    /** What the fee rules make due in the month; nothing before a schedule is established. */
    public List<FeeCharge> dueIn(YearMonth month) {
        Optional<FeeSchedule> schedule = schedules.find();
        if (schedule.isEmpty()) {
            return List.of();
        }
        Map<OrganisationId, FeePayer> payers = new LinkedHashMap<>();
        for (Organisation organisation : allOrganisations()) {
            if (organisation.kind() != OrganisationKind.OWNER) {
                payers.put(organisation.id(), new FeePayer(organisation.id(),
                        organisation.profile().population(), organisation.profile().participationLevel(),
                        organisation.feeBasisHistory()));
            }
        }
        List<ProjectBudget> budgets = projects.activatedIn(month).stream()
                .filter(ScalingProject::owesProjectFee)
                .map(p -> new ProjectBudget(p.id().toString(), p.owner(), p.budget(), p.activatedOn().orElseThrow()))
                .toList();
        return FeeCalculator.dueIn(month, schedule.get(), payers, budgets);
    }

    /** Fee sources cancelled during the month: scaling projects and joint costs. */
    public List<Cause> cancelledIn(YearMonth month) {
        List<Cause> cancelled = new ArrayList<>();
        projects.endedIn(month).stream()
                .filter(p -> p.status() == ScalingProjectStatus.CANCELLED)
                .forEach(p -> cancelled.add(new Cause(CauseType.SCALING_PROJECT, p.id().toString(), null)));
        schedules.find().ifPresent(schedule -> schedule.jointCosts().stream()
                .filter(c -> c.cancelledOnIfAny().map(YearMonth::from).filter(month::equals).isPresent())
                .map(JointCost::id)
                .forEach(id -> cancelled.add(new Cause(CauseType.JOINT_COST, id.toString(), null))));
        return cancelled;
    }

    private List<Organisation> allOrganisations() {
        List<Organisation> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<Organisation> batch = organisations.list(OrganisationFilter.all(), new PageRequest(page, PAGE));
            all.addAll(batch.items());
            if (batch.items().size() < PAGE) {
                return all;
            }
        }
    }
}
