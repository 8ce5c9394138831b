package se.esp.adapter.web.console.review;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.console.ConsoleText;
import se.esp.application.port.in.organisation.GetOrganisationQuery;
import se.esp.application.port.in.packaging.Baseline;
import se.esp.application.port.in.packaging.CostPackagingQuery;
import se.esp.application.port.in.packaging.DiffPackagingQuery;
import se.esp.application.port.in.packaging.FindPackagingsQuery;
import se.esp.application.port.in.packaging.PackagingChange;
import se.esp.application.port.in.packaging.PackagingComparison;
import se.esp.application.port.in.packaging.PackagingDiffs;
import se.esp.application.port.in.packaging.RecordReviewCommand;
import se.esp.application.port.in.packaging.RejectPackagingCommand;
import se.esp.application.port.in.packaging.ReviewChecklistUseCase;
import se.esp.application.port.in.packaging.ReviewPackagingUseCase;
import se.esp.domain.packaging.Component;
import se.esp.domain.packaging.CostingReport;
import se.esp.domain.packaging.CriterionAssessment;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.packaging.PackagingStatus;
import se.esp.domain.packaging.ReviewCriterion;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.ValidationException;

/**
 * The review of one packaging ({@code console/review.xhtml?id=…}): the packaging as the catalogue will show it, its
 * costing at its largest group, what changed since the draft a review returned and since the version on offer, and
 * the checklist with the coordinator's verdict on each criterion. Take up, approve, return and reject go to the
 * review use case, which alone decides whether this coordinator may; the page reads the packaging afresh after each.
 */
@Named("review")
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One criterion of the checklist and the coordinator's verdict on it, as the form edits it. */
    public static final class Verdict implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String key;
        private final String label;
        private boolean passed = true;
        private String remark;

        Verdict(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }

        public boolean isPassed() {
            return passed;
        }

        public void setPassed(boolean passed) {
            this.passed = passed;
        }

        public String getRemark() {
            return remark;
        }

        public void setRemark(String remark) {
            this.remark = remark;
        }
    }

    /** One changed field as the diff table shows it. */
    public record ChangeRow(String path, String field, String before, String after) {
    }

    /** One earlier version compared with, and its changes. */
    public record Comparison(String heading, List<ChangeRow> changes, List<String> remarks) {
    }

    @Inject
    ConsoleSession session;

    @Inject
    FindPackagingsQuery find;

    @Inject
    ReviewPackagingUseCase reviews;

    @Inject
    ReviewChecklistUseCase checklist;

    @Inject
    CostPackagingQuery costing;

    @Inject
    DiffPackagingQuery diffs;

    @Inject
    GetOrganisationQuery organisations;

    private String id;
    private List<Verdict> verdicts;
    private String reason;

    private transient Packaging packaging;
    private transient Optional<CostingReport> costingReport;
    private transient PackagingDiffs packagingDiffs;

    public Packaging getPackaging() {
        if (packaging == null && id != null) {
            packaging = find.get(session.actor(), PackagingId.parse(id));
        }
        return packaging;
    }

    public PackagingContent getContent() {
        return getPackaging().content();
    }

    public String getTitle() {
        return getContent().titles().preferring(language());
    }

    public String getDescription() {
        return getContent().descriptions().isEmpty() ? "" : getContent().descriptions().preferring(language());
    }

    public String getSupplier() {
        return organisations.get(session.actor(), getPackaging().supplier()).name().value();
    }

    public String getLanguages() {
        return String.join(", ", getContent().deliveryLanguages().stream()
                .map(code -> DiffLabels.language(code.value(), locale())).toList());
    }

    public String componentText(Component component) {
        return ConsoleText.get("review.componentText", component.count(), component.durationMinutes());
    }

    /** Resource hours as a person writes them: {@code 2,5} / {@code 2.5}. */
    public String hours(java.math.BigDecimal hours) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(2);
        return format.format(hours);
    }

    /** Who may take part, by age: a range, one end, or anybody. */
    public String getAgeText() {
        var eligibility = getContent().eligibilityOrAnybody();
        Integer min = eligibility.minAge();
        Integer max = eligibility.maxAge();
        if (min != null && max != null) {
            return ConsoleText.get("review.age.range", min, max);
        }
        if (min != null) {
            return ConsoleText.get("review.age.from", min);
        }
        return max != null ? ConsoleText.get("review.age.to", max) : ConsoleText.get("review.age.any");
    }

    public boolean isTakeUp() {
        return getPackaging().status() == PackagingStatus.SUBMITTED;
    }

    public boolean isDecidable() {
        return getPackaging().status() == PackagingStatus.IN_REVIEW;
    }

    /** The costing at the largest group the packaging allows; empty while it lacks what a costing needs. */
    public CostingReport getCosting() {
        if (costingReport == null) {
            PackagingContent content = getContent();
            if (content.groupSize() == null || content.costModel() == null || content.components().isEmpty()) {
                costingReport = Optional.empty();
            } else {
                try {
                    costingReport = Optional.of(costing.costAt(session.actor(), getPackaging().id(),
                            content.groupSize().max(), null));
                } catch (ValidationException incomplete) {
                    costingReport = Optional.empty();
                }
            }
        }
        return costingReport.orElse(null);
    }

    public List<Comparison> getComparisons() {
        if (packagingDiffs == null) {
            packagingDiffs = diffs.diff(session.actor(), getPackaging().id());
        }
        List<Comparison> shown = new ArrayList<>();
        for (Baseline baseline : List.of(Baseline.RETURNED, Baseline.OFFERED)) {
            packagingDiffs.against(baseline).ifPresent(c -> shown.add(comparison(c)));
        }
        return shown;
    }

    private Comparison comparison(PackagingComparison c) {
        Locale locale = locale();
        String heading = c.against() == Baseline.RETURNED
                ? ConsoleText.get("review.diff.sinceReturned", c.draftNumber())
                : ConsoleText.get("review.diff.sinceOffered", c.offeringVersionNumber());
        List<ChangeRow> rows = c.diff().changes().stream().map(change -> new ChangeRow(change.path(),
                DiffLabels.field(change.path(), locale), DiffLabels.value(change.path(), change.before(), locale),
                DiffLabels.value(change.path(), change.after(), locale))).toList();
        List<String> remarks = c.remarks().stream()
                .map(a -> criterionLabel(a.criterion()) + ": " + a.remark()).toList();
        return new Comparison(heading, rows, remarks);
    }

    public List<Verdict> getVerdicts() {
        if (verdicts == null) {
            verdicts = checklist.current(session.actor()).criteria().stream()
                    .map(c -> new Verdict(c.key(), c.label().preferring(language()))).toList();
        }
        return verdicts;
    }

    public String startReview() {
        packaging = reviews.startReview(session.actor(), new PackagingChange(getPackaging().id(),
                getPackaging().version()));
        done("review.started");
        return null;
    }

    public String approve() {
        if (getVerdicts().stream().anyMatch(v -> !v.isPassed())) {
            refuse(ConsoleText.get("review.approveNeedsAllPassed"));
            return null;
        }
        record("review.approved");
        return null;
    }

    public String returnToSupplier() {
        if (getVerdicts().stream().allMatch(Verdict::isPassed)) {
            refuse(ConsoleText.get("review.returnNeedsFailed"));
            return null;
        }
        record("review.returned");
        return null;
    }

    public String reject() {
        packaging = reviews.reject(session.actor(), new RejectPackagingCommand(getPackaging().id(),
                getPackaging().version(), reason));
        reason = null;
        done("review.rejected");
        return null;
    }

    private void record(String doneKey) {
        List<Verdict> unexplained = getVerdicts().stream()
                .filter(v -> !v.isPassed() && (v.getRemark() == null || v.getRemark().isBlank())).toList();
        if (!unexplained.isEmpty()) {
            unexplained.forEach(v -> refuse(ConsoleText.get("review.remarkRequired", v.getLabel())));
            return;
        }
        List<CriterionAssessment> assessments = getVerdicts().stream()
                .map(v -> new CriterionAssessment(v.getKey(), v.isPassed(), v.getRemark())).toList();
        packaging = reviews.recordReview(session.actor(), new RecordReviewCommand(getPackaging().id(),
                getPackaging().version(), assessments));
        verdicts = null;
        done(doneKey);
    }

    /** A verdict the use case would refuse, said in the reviewer's words before it is sent. */
    private static void refuse(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    private void done(String key) {
        packagingDiffs = null;
        costingReport = null;
        String text = ConsoleText.get(key);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    private String criterionLabel(String key) {
        return checklist.current(session.actor()).criteria().stream().filter(c -> c.key().equals(key))
                .map(ReviewCriterion::label).map(l -> l.preferring(language())).findFirst().orElse(key);
    }

    private static Locale locale() {
        return ConsoleText.locale();
    }

    private static LanguageCode language() {
        return LanguageCode.of(locale().getLanguage());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
