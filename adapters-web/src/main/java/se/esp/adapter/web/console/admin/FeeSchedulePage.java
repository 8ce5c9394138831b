package se.esp.adapter.web.console.admin;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.console.ConsoleText;
import se.esp.adapter.web.console.Formats;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.fee.FeeScheduleCommands;
import se.esp.application.port.in.fee.GetFeeScheduleQuery;
import se.esp.application.port.in.fee.ManageFeeScheduleUseCase;
import se.esp.application.port.in.fee.PreviewJointCostQuery;
import se.esp.application.port.in.organisation.ListOrganisationsQuery;
import se.esp.application.port.in.organisation.OrganisationFilter;
import se.esp.domain.fee.CostKey;
import se.esp.domain.fee.CostShare;
import se.esp.domain.fee.FeeItemId;
import se.esp.domain.fee.FeeRates;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.fee.Indexation;
import se.esp.domain.fee.JointCost;
import se.esp.domain.fee.JointCostSplit;
import se.esp.domain.fee.Membership;
import se.esp.domain.fee.MembershipFees;
import se.esp.domain.fee.ParticipationFees;
import se.esp.domain.fee.Partnership;
import se.esp.domain.fee.PopulationBand;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.ParticipationLevel;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.Percentage;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * The fee schedule page ({@code console/fee-schedule.xhtml}): every version of the rates with its validity, the
 * partnerships, memberships and joint costs, read through {@link GetFeeScheduleQuery}; forms to change the rates
 * from a date, record a joint cost (its split previewed first through {@link PreviewJointCostQuery}, the rule
 * settlement charges), cancel one, and end an agreement. Refusals are shown by the console's error rule, each next
 * to its field.
 */
@Named("fees")
@ViewScoped
public class FeeSchedulePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    GetFeeScheduleQuery query;

    @Inject
    ManageFeeScheduleUseCase manage;

    @Inject
    PreviewJointCostQuery previewQuery;

    @Inject
    ListOrganisationsQuery organisationsQuery;

    @Inject
    Formats formats;

    private FeeSchedule schedule;
    private Map<OrganisationId, String> names;
    private List<Organisation> sharers;
    private final Map<String, JointCostSplit> savedSplits = new LinkedHashMap<>();

    // change of rates
    private LocalDate validFrom;
    private String transactionFee;
    private String scalingProjectFee;
    private String indexationPercent;
    private Integer indexationBaseYear;
    private List<BandRow> bands;
    private Map<ParticipationLevel, Money> participationFees;

    // joint cost
    private String description;
    private Money amount;
    private CostKey costKey = CostKey.BY_POPULATION;
    private String chargedIn;
    private List<ShareRow> shareRows;
    private JointCostSplit preview;

    // cancel a joint cost, end an agreement
    private String jointCostToCancel;
    private LocalDate cancelledOn;
    private String agreementToEnd;
    private LocalDate lastDay;

    @PostConstruct
    void load() {
        schedule = query.find(session.actor()).orElse(null);
        List<Organisation> all = organisationsQuery.list(session.actor(), OrganisationFilter.all(),
                new PageRequest(0, PageRequest.MAX_SIZE)).items();
        names = new LinkedHashMap<>();
        all.forEach(o -> names.put(o.id(), o.name().value()));
        sharers = all.stream().filter(o -> o.kind() != OrganisationKind.OWNER).toList();
        savedSplits.clear();
        resetRatesForm();
        resetJointCostForm();
    }

    private void resetRatesForm() {
        if (schedule == null) { // the owner's first rates: an empty form, three bands to fill in
            validFrom = null;
            transactionFee = null;
            scalingProjectFee = null;
            indexationPercent = null;
            indexationBaseYear = LocalDate.now(Formats.SWEDISH_TIME).getYear();
            bands = new ArrayList<>(List.of(new BandRow(null, null, null), new BandRow(null, null, null),
                    new BandRow(null, null, null)));
            participationFees = new EnumMap<>(ParticipationLevel.class);
            return;
        }
        RatesVersion latest = schedule.versions().get(schedule.versions().size() - 1);
        FeeRates rates = latest.rates();
        validFrom = null;
        transactionFee = percentInput(rates.transactionFee());
        scalingProjectFee = percentInput(rates.scalingProjectFee());
        indexationPercent = percentInput(rates.indexation().yearlyPercent());
        indexationBaseYear = rates.indexation().baseYear();
        bands = new ArrayList<>();
        for (PopulationBand band : rates.membership().bands()) {
            bands.add(new BandRow(band.fromPopulation(), band.entryFee(), band.annualFee()));
        }
        participationFees = new EnumMap<>(ParticipationLevel.class);
        for (ParticipationLevel level : ParticipationLevel.values()) {
            participationFees.put(level, rates.participation().annualFee(level));
        }
    }

    private void resetJointCostForm() {
        description = null;
        amount = null;
        costKey = CostKey.BY_POPULATION;
        chargedIn = YearMonth.now(Formats.SWEDISH_TIME).toString();
        shareRows = new ArrayList<>();
        for (Organisation organisation : sharers) {
            shareRows.add(new ShareRow(organisation.id().toString(), organisation.name().value()));
        }
        preview = null;
    }

    // ---- reading

    /** Whether the owner has established the fee schedule; until then the rates form establishes it. */
    public boolean isEstablished() {
        return schedule != null;
    }

    public List<RatesVersion> getVersions() {
        return schedule == null ? List.of() : schedule.versions();
    }

    /** The version in force today, marked in the table. */
    public boolean inForce(RatesVersion version) {
        return schedule != null
                && schedule.ratesOn(LocalDate.now(Formats.SWEDISH_TIME)).map(version::equals).orElse(false);
    }

    /** The day before the next version's start, or {@code null} for the last one. */
    public LocalDate validUntil(RatesVersion version) {
        List<RatesVersion> versions = getVersions();
        int index = versions.indexOf(version);
        return index + 1 < versions.size() ? versions.get(index + 1).validFrom().minusDays(1) : null;
    }

    public List<ParticipationLevel> getLevels() {
        return List.of(ParticipationLevel.values());
    }

    public List<Partnership> getPartnerships() {
        return schedule == null ? List.of() : schedule.partnerships();
    }

    public List<Membership> getMemberships() {
        return schedule == null ? List.of() : schedule.memberships();
    }

    public List<JointCost> getJointCosts() {
        return schedule == null ? List.of() : schedule.jointCosts();
    }

    /** The version changes are made against; 0 before the schedule exists (the use case then refuses them). */
    public long getVersion() {
        return schedule == null ? 0 : schedule.version();
    }

    public String nameOf(OrganisationId id) {
        return names.getOrDefault(id, id.toString());
    }

    /** Each organisation's part of a recorded joint cost, as settlement will charge it. */
    public List<JointCostSplit.Part> partsOf(JointCost cost) {
        return savedSplits.computeIfAbsent(cost.id().toString(),
                id -> previewQuery.preview(session.actor(), cost.amount(), cost.key(), cost.shares())).parts();
    }

    /** The agreements still running: the ones an administrator can end. */
    public Map<String, String> getOpenAgreements() {
        Map<String, String> open = new LinkedHashMap<>();
        for (Partnership p : getPartnerships()) {
            if (p.endsOnIfAny().isEmpty()) {
                open.put(ConsoleText.get("fees.partnershipOf", nameOf(p.partner())), p.id().toString());
            }
        }
        for (Membership m : getMemberships()) {
            if (m.leftOnIfAny().isEmpty()) {
                open.put(ConsoleText.get("fees.membershipOf", nameOf(m.member())), m.id().toString());
            }
        }
        return open;
    }

    public Map<String, String> getOpenJointCosts() {
        Map<String, String> open = new LinkedHashMap<>();
        for (JointCost cost : getJointCosts()) {
            if (!cost.isCancelled()) {
                open.put(cost.description() + " (" + formats.money(cost.amount()) + ", "
                        + formats.month(cost.chargedIn()) + ")", cost.id().toString());
            }
        }
        return open;
    }

    // ---- changing

    public void changeRates() {
        Violations violations = new Violations();
        if (validFrom == null) {
            violations.add("validFrom", ViolationCode.REQUIRED, "must be given");
        }
        Percentage transaction = percent(violations, "transactionFee", transactionFee);
        Percentage project = percent(violations, "scalingProjectFee", scalingProjectFee);
        Percentage yearly = percent(violations, "indexationPercent", indexationPercent);
        Indexation indexation = null;
        if (indexationBaseYear == null) {
            violations.add("indexationBaseYear", ViolationCode.REQUIRED, "must be given");
        } else if (yearly != null) {
            indexation = violations.check("indexationBaseYear", () -> new Indexation(yearly, indexationBaseYear));
        }
        List<PopulationBand> built = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            BandRow row = bands.get(i);
            String path = "membershipBands[" + i + "]";
            if (row.getFromPopulation() == null) {
                violations.add(path + ".fromPopulation", ViolationCode.REQUIRED, "must be given");
            }
            if (row.getEntryFee() == null) {
                violations.add(path + ".entryFee", ViolationCode.REQUIRED, "must be given");
            }
            if (row.getAnnualFee() == null) {
                violations.add(path + ".annualFee", ViolationCode.REQUIRED, "must be given");
            }
            if (row.getFromPopulation() != null && row.getEntryFee() != null && row.getAnnualFee() != null) {
                PopulationBand band = violations.checkNested(path, () -> new PopulationBand(row.getFromPopulation(),
                        row.getEntryFee(), row.getAnnualFee()));
                if (band != null) {
                    built.add(band);
                }
            }
        }
        for (ParticipationLevel level : ParticipationLevel.values()) {
            if (participationFees.get(level) == null) {
                violations.add("participationFees." + level.name(), ViolationCode.REQUIRED, "must be given");
            }
        }
        violations.throwIfAny();
        MembershipFees membership = violations.check("membershipBands", () -> new MembershipFees(built));
        ParticipationFees participation = violations.check("participationFees",
                () -> new ParticipationFees(participationFees));
        violations.throwIfAny();
        RatesVersion rates = new RatesVersion(validFrom, new FeeRates(transaction, project, membership, participation,
                indexation));
        boolean first = schedule == null;
        if (first) {
            manage.establish(session.actor(), new FeeScheduleCommands.Establish(rates));
        } else {
            manage.changeRates(session.actor(), new FeeScheduleCommands.ChangeRates(schedule.version(), rates));
        }
        LocalDate from = validFrom;
        load();
        info(first ? "fees.established" : "fees.ratesChanged", formats.date(from));
    }

    public void previewJointCost() {
        JointCostInput input = jointCostInput(false);
        preview = previewQuery.preview(session.actor(), input.amount(), input.key(), input.shares());
    }

    public void recordJointCost() {
        JointCostInput input = jointCostInput(true);
        manage.recordJointCost(session.actor(), new FeeScheduleCommands.RecordJointCost(getVersion(),
                description, input.amount(), input.key(), input.shares(), input.month()));
        String recorded = description;
        load();
        info("fees.jointCostRecorded", recorded);
    }

    private record JointCostInput(Money amount, CostKey key, List<CostShare> shares, YearMonth month) {
    }

    private JointCostInput jointCostInput(boolean whole) {
        Violations violations = new Violations();
        if (whole && (description == null || description.isBlank())) {
            violations.add("description", ViolationCode.REQUIRED, "must be given");
        }
        if (amount == null) {
            violations.add("amount", ViolationCode.REQUIRED, "must be given");
        } else if (!amount.isPositive()) {
            violations.add("amount", ViolationCode.OUT_OF_RANGE, "must be more than 0");
        }
        if (costKey == null) {
            violations.add("costKey", ViolationCode.REQUIRED, "must be given");
        }
        YearMonth month = null;
        if (whole) {
            if (chargedIn == null || chargedIn.isBlank()) {
                violations.add("chargedIn", ViolationCode.REQUIRED, "must be given");
            } else {
                try {
                    month = YearMonth.parse(chargedIn.strip());
                } catch (DateTimeParseException e) {
                    violations.add("chargedIn", ViolationCode.INVALID_FORMAT, "must be a month, e.g. 2026-12");
                }
            }
        }
        List<CostShare> shares = new ArrayList<>();
        for (ShareRow row : shareRows) {
            if (row.isIncluded()) {
                long participants = row.getParticipants() == null ? 0 : row.getParticipants();
                CostShare share = violations.check("shares", () -> new CostShare(
                        OrganisationId.parse(row.getOrganisationId()), participants));
                if (share != null) {
                    shares.add(share);
                }
            }
        }
        if (shares.isEmpty() && !violations.concerns("shares")) {
            violations.add("shares", ViolationCode.REQUIRED, "at least one organisation shares it");
        }
        violations.throwIfAny();
        return new JointCostInput(amount, costKey, shares, month);
    }

    public void cancelJointCost() {
        Violations violations = new Violations();
        FeeItemId id = jointCostToCancel == null ? null
                : violations.check("jointCostToCancel", () -> FeeItemId.parse("jointCostToCancel", jointCostToCancel));
        if (jointCostToCancel == null) {
            violations.add("jointCostToCancel", ViolationCode.REQUIRED, "must be chosen");
        }
        if (cancelledOn == null) {
            violations.add("cancelledOn", ViolationCode.REQUIRED, "must be given");
        }
        violations.throwIfAny();
        manage.cancelJointCost(session.actor(), new FeeScheduleCommands.CancelJointCost(getVersion(), id,
                cancelledOn));
        load();
        jointCostToCancel = null;
        cancelledOn = null;
        info("fees.jointCostCancelled");
    }

    public void endAgreement() {
        Violations violations = new Violations();
        FeeItemId id = agreementToEnd == null ? null
                : violations.check("agreementToEnd", () -> FeeItemId.parse("agreementToEnd", agreementToEnd));
        if (agreementToEnd == null) {
            violations.add("agreementToEnd", ViolationCode.REQUIRED, "must be chosen");
        }
        if (lastDay == null) {
            violations.add("lastDay", ViolationCode.REQUIRED, "must be given");
        }
        violations.throwIfAny();
        manage.endAgreement(session.actor(), new FeeScheduleCommands.EndAgreement(getVersion(), id, lastDay));
        LocalDate day = lastDay;
        load();
        agreementToEnd = null;
        lastDay = null;
        info("fees.agreementEnded", formats.date(day));
    }

    private static Percentage percent(Violations violations, String field, String text) {
        if (text == null || text.isBlank()) {
            violations.add(field, ViolationCode.REQUIRED, "must be given");
            return null;
        }
        return violations.check(field, () -> Percentage.of(text.replace("%", "").strip()));
    }

    /** A percentage as it is typed: {@code 2,5} in Swedish, {@code 2.5} in English. */
    private static String percentInput(Percentage percentage) {
        String plain = percentage.value().toPlainString();
        return "sv".equals(ConsoleText.locale().getLanguage()) ? plain.replace('.', ',') : plain;
    }

    private static void info(String key, Object... args) {
        String text = ConsoleText.get(key, args);
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    // ---- form rows

    /** One population band of the rates form. */
    public static final class BandRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long fromPopulation;
        private Money entryFee;
        private Money annualFee;

        BandRow(Long fromPopulation, Money entryFee, Money annualFee) {
            this.fromPopulation = fromPopulation;
            this.entryFee = entryFee;
            this.annualFee = annualFee;
        }

        public Long getFromPopulation() {
            return fromPopulation;
        }

        public void setFromPopulation(Long fromPopulation) {
            this.fromPopulation = fromPopulation;
        }

        public Money getEntryFee() {
            return entryFee;
        }

        public void setEntryFee(Money entryFee) {
            this.entryFee = entryFee;
        }

        public Money getAnnualFee() {
            return annualFee;
        }

        public void setAnnualFee(Money annualFee) {
            this.annualFee = annualFee;
        }
    }

    /** An organisation that may share a joint cost: whether it does, and its participants (key BY_PARTICIPANTS). */
    public static final class ShareRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String organisationId;
        private final String name;
        private boolean included;
        private Long participants;

        ShareRow(String organisationId, String name) {
            this.organisationId = organisationId;
            this.name = name;
        }

        public String getOrganisationId() {
            return organisationId;
        }

        public String getName() {
            return name;
        }

        public boolean isIncluded() {
            return included;
        }

        public void setIncluded(boolean included) {
            this.included = included;
        }

        public Long getParticipants() {
            return participants;
        }

        public void setParticipants(Long participants) {
            this.participants = participants;
        }
    }

    /** The organisation's name for a part of a previewed or recorded split. */
    public String nameOfPart(JointCostSplit.Part part) {
        return nameOf(part.organisation());
    }

    // ---- getters and setters of the forms

    public List<BandRow> getBands() {
        return bands;
    }

    public Map<ParticipationLevel, Money> getParticipationFees() {
        return participationFees;
    }

    public List<ShareRow> getShareRows() {
        return shareRows;
    }

    public JointCostSplit getPreview() {
        return preview;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public String getTransactionFee() {
        return transactionFee;
    }

    public void setTransactionFee(String transactionFee) {
        this.transactionFee = transactionFee;
    }

    public String getScalingProjectFee() {
        return scalingProjectFee;
    }

    public void setScalingProjectFee(String scalingProjectFee) {
        this.scalingProjectFee = scalingProjectFee;
    }

    public String getIndexationPercent() {
        return indexationPercent;
    }

    public void setIndexationPercent(String indexationPercent) {
        this.indexationPercent = indexationPercent;
    }

    public Integer getIndexationBaseYear() {
        return indexationBaseYear;
    }

    public void setIndexationBaseYear(Integer indexationBaseYear) {
        this.indexationBaseYear = indexationBaseYear;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Money getAmount() {
        return amount;
    }

    public void setAmount(Money amount) {
        this.amount = amount;
    }

    public CostKey getCostKey() {
        return costKey;
    }

    public void setCostKey(CostKey costKey) {
        this.costKey = costKey;
    }

    public String getChargedIn() {
        return chargedIn;
    }

    public void setChargedIn(String chargedIn) {
        this.chargedIn = chargedIn;
    }

    public String getJointCostToCancel() {
        return jointCostToCancel;
    }

    public void setJointCostToCancel(String jointCostToCancel) {
        this.jointCostToCancel = jointCostToCancel;
    }

    public LocalDate getCancelledOn() {
        return cancelledOn;
    }

    public void setCancelledOn(LocalDate cancelledOn) {
        this.cancelledOn = cancelledOn;
    }

    public String getAgreementToEnd() {
        return agreementToEnd;
    }

    public void setAgreementToEnd(String agreementToEnd) {
        this.agreementToEnd = agreementToEnd;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }
}
