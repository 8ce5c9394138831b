package se.esp.adapter.web.console.supplier;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.esp.adapter.web.console.ConsoleErrors;
import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.console.ConsoleText;
import se.esp.application.port.in.packaging.CostPackagingQuery;
import se.esp.application.port.in.packaging.CreatePackagingCommand;
import se.esp.application.port.in.packaging.DraftPackagingUseCase;
import se.esp.application.port.in.packaging.EditPackagingCommand;
import se.esp.application.port.in.packaging.FindPackagingsQuery;
import se.esp.application.port.in.packaging.PackagingChange;
import se.esp.application.port.in.packaging.Publication;
import se.esp.application.port.in.packaging.PublishPackagingUseCase;
import se.esp.application.port.in.packaging.ReviewChecklistUseCase;
import se.esp.domain.packaging.CostingReport;
import se.esp.domain.packaging.CriterionAssessment;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.packaging.PackagingStatus;
import se.esp.domain.packaging.Review;
import se.esp.domain.packaging.ReviewCriterion;
import se.esp.domain.packaging.ReviewOutcome;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.ValidationException;

/**
 * The packaging editor ({@code console/supplier-packaging.xhtml}, {@code ?id=…} for a stored one, none for a new
 * one): every part of a packaging's content as inputs ({@link PackagingForm}), its costing — worked out by
 * {@link CostPackagingQuery#costContent} from what the inputs hold now, unsaved, each time an input that changes it
 * changes —, and the steps of its life: save, submit for review, publish once approved, start a revision once
 * published. A packaging the reviewer returned shows each remark next to the part of the form its criterion judges
 * ({@link RemarkPlacement}), the rest at the top.
 */
@Named("editor")
@ViewScoped
public class PackagingEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String COSTING = PackagingEditorPage.class.getName() + ".costing";

    /** The costing as the editor shows it, or why there is none yet. */
    public record CostingView(CostingReport report, List<String> missing) {

        public boolean isShown() {
            return report != null;
        }
    }

    @Inject
    ConsoleSession session;

    @Inject
    FindPackagingsQuery find;

    @Inject
    DraftPackagingUseCase drafts;

    @Inject
    PublishPackagingUseCase publication;

    @Inject
    CostPackagingQuery costing;

    @Inject
    ReviewChecklistUseCase checklist;

    private String id;
    /** What the post before a redirect did ({@code created}, {@code submitted}), from the address. */
    private String done;
    private PackagingForm form;
    private Integer costingGroupSize;
    private transient Packaging packaging;

    public Packaging getPackaging() {
        if (packaging == null && id != null && !id.isBlank()) {
            packaging = find.get(session.actor(), PackagingId.parse(id));
        }
        return packaging;
    }

    public PackagingForm getForm() {
        if (form == null) {
            form = getPackaging() == null ? PackagingForm.empty() : PackagingForm.of(getPackaging().content());
        }
        return form;
    }

    public boolean isStored() {
        return getPackaging() != null;
    }

    /** Whether the content may be changed: a new packaging, a draft or a returned one. */
    public boolean isEditable() {
        return !isStored() || getPackaging().status().isEditable();
    }

    public boolean isPublishable() {
        return isStored() && getPackaging().status() == PackagingStatus.APPROVED;
    }

    public boolean isRevisable() {
        return isStored() && getPackaging().status() == PackagingStatus.PUBLISHED;
    }

    public String getHeading() {
        if (!isStored()) {
            return ConsoleText.get("packagingEditor.newHeading");
        }
        String title = getPackaging().content().titles().isEmpty() ? ConsoleText.get("packagingEditor.untitled")
                : getPackaging().content().titles().preferring(language());
        return title;
    }

    // ---- costing ----

    /** The group size the costing is shown at: as chosen, else the smallest group the packaging allows, else 1. */
    public Integer getCostingGroupSize() {
        return costingGroupSize;
    }

    public void setCostingGroupSize(Integer costingGroupSize) {
        this.costingGroupSize = costingGroupSize;
    }

    public int getEffectiveGroupSize() {
        if (costingGroupSize != null) {
            return costingGroupSize;
        }
        return getForm().getGroupMin() != null && getForm().getGroupMin() > 0 ? getForm().getGroupMin() : 1;
    }

    /**
     * The costing of what the inputs hold now, worked out once per request: an Ajax request from an input that
     * changes it processes the form and renders this again.
     */
    public CostingView getCosting() {
        Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        CostingView view = (CostingView) request.get(COSTING);
        if (view == null) {
            view = cost();
            request.put(COSTING, view);
        }
        return view;
    }

    private CostingView cost() {
        try {
            PackagingContent content = getForm().toContent();
            return new CostingView(costing.costContent(session.actor(), content, getEffectiveGroupSize(), null),
                    List.of());
        } catch (ValidationException incomplete) {
            return new CostingView(null, incomplete.violations().stream().map(v -> {
                String field = ConsoleText.find(ConsoleText.locale(), "field." + v.field()).orElse(null);
                String sentence = ConsoleErrors.sentence(v, ConsoleText.locale());
                return field == null ? sentence : field + ": " + sentence;
            }).distinct().toList());
        }
    }

    /** Hours as a person writes them, {@code 10} or {@code 2,5}. */
    public String hours(BigDecimal hours) {
        NumberFormat format = NumberFormat.getNumberInstance(ConsoleText.locale());
        format.setMaximumFractionDigits(2);
        return ConsoleText.get("packagingEditor.hoursValue", format.format(hours));
    }

    // ---- remarks ----

    /** The remarks of the review that returned it, by where they belong; empty unless it is returned. */
    public Map<RemarkPlacement, List<String>> getRemarks() {
        Map<RemarkPlacement, List<String>> remarks = new EnumMap<>(RemarkPlacement.class);
        for (RemarkPlacement placement : RemarkPlacement.values()) {
            remarks.put(placement, new ArrayList<>());
        }
        if (!isStored() || getPackaging().status() != PackagingStatus.RETURNED) {
            return remarks;
        }
        Review review = getPackaging().latestReview().filter(r -> r.outcome() == ReviewOutcome.RETURNED).orElse(null);
        if (review == null) {
            return remarks;
        }
        List<ReviewCriterion> criteria = checklist.current(session.actor()).criteria();
        for (CriterionAssessment assessment : review.assessments()) {
            if (assessment.remark() == null) {
                continue;
            }
            String label = criteria.stream().filter(c -> c.key().equals(assessment.criterion())).findFirst()
                    .map(c -> c.label().preferring(language())).orElse(assessment.criterion());
            remarks.get(RemarkPlacement.of(assessment.criterion())).add(label + ": " + assessment.remark());
        }
        return remarks;
    }

    public List<String> remarks(String placement) {
        return getRemarks().get(RemarkPlacement.valueOf(placement));
    }

    public boolean isReturned() {
        return isStored() && getPackaging().status() == PackagingStatus.RETURNED;
    }

    // ---- rows ----

    public void addLanguage() {
        getForm().addLanguage();
    }

    public void removeLanguage(int index) {
        getForm().removeLanguage(index);
    }

    public void addComponent() {
        getForm().addComponent();
    }

    public void removeComponent(int index) {
        getForm().removeComponent(index);
    }

    public void addField() {
        getForm().addField();
    }

    public void removeField(int index) {
        getForm().removeField(index);
    }

    public void addChoice(int field) {
        getForm().addChoice(field);
    }

    public void removeChoice(int field, int choice) {
        getForm().removeChoice(field, choice);
    }

    // ---- the packaging's life ----

    /** Saves the content: a new packaging is created (and the editor opens it), a stored one is changed. */
    public String save() {
        PackagingContent content = getForm().toContent();
        if (!isStored()) {
            packaging = drafts.create(session.actor(), new CreatePackagingCommand(content));
            return reopen("created");
        }
        packaging = drafts.edit(session.actor(), new EditPackagingCommand(getPackaging().id(),
                getPackaging().version(), content));
        form = PackagingForm.of(packaging.content());
        done("packagingEditor.saved");
        return null;
    }

    /** Saves what the inputs hold and hands it to the reviewers. */
    public String submit() {
        PackagingContent content = getForm().toContent();
        if (!isStored()) {
            packaging = drafts.create(session.actor(), new CreatePackagingCommand(content));
        } else {
            packaging = drafts.edit(session.actor(), new EditPackagingCommand(getPackaging().id(),
                    getPackaging().version(), content));
        }
        id = packaging.id().toString();
        packaging = drafts.submit(session.actor(), new PackagingChange(packaging.id(), packaging.version()));
        return reopen("submitted");
    }

    public String publish() {
        Publication published = publication.publish(session.actor(), new PackagingChange(getPackaging().id(),
                getPackaging().version()));
        packaging = published.packaging();
        done("packagingEditor.published", published.offering().current().number());
        return null;
    }

    public String startRevision() {
        packaging = drafts.startRevision(session.actor(), new PackagingChange(getPackaging().id(),
                getPackaging().version()));
        form = PackagingForm.of(packaging.content());
        done("packagingEditor.revisionStarted");
        return null;
    }

    /**
     * Opens the stored packaging's editor afresh. The page says what was done through the address
     * ({@code done=created|submitted}, see {@link #announce()}) rather than Faces' flash, whose cookie can be lost
     * between the post and the redirected request.
     */
    private String reopen(String what) {
        return "/console/supplier-packaging.xhtml?faces-redirect=true&id=" + packaging.id() + "&done=" + what;
    }

    /** The page's view action: shows what the post before the redirect did, for the two outcomes it names. */
    public void announce() {
        if ("created".equals(done) || "submitted".equals(done)) {
            done("packagingEditor." + done);
        }
    }

    public String getDone() {
        return done;
    }

    public void setDone(String done) {
        this.done = done;
    }

    private static void done(String key, Object... arguments) {
        String text = ConsoleText.get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    private static LanguageCode language() {
        return LanguageCode.of(ConsoleText.locale().getLanguage());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
