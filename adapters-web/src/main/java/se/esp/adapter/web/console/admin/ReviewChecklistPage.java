package se.esp.adapter.web.console.admin;

import java.io.Serializable;
import java.util.ArrayList;
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
import se.esp.application.port.in.packaging.ReplaceChecklistCommand;
import se.esp.application.port.in.packaging.ReviewChecklistUseCase;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.ReviewChecklist;
import se.esp.domain.packaging.ReviewCriterion;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Violations;

/**
 * The review checklist page ({@code console/review-checklist.xhtml}): the criteria reviewers assess, each with
 * its key and its wording in Swedish and English, and a form that replaces them all at once. A row left empty is
 * dropped (that is how a criterion is removed); {@link #SPARE_ROWS} empty rows take new ones. Refusals are named
 * {@code criteria[i].key} / {@code criteria[i].sv} next to the row's field.
 */
@Named("checklist")
@ViewScoped
public class ReviewChecklistPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Empty rows offered for new criteria. */
    public static final int SPARE_ROWS = 2;

    @Inject
    ConsoleSession session;

    @Inject
    ReviewChecklistUseCase useCase;

    private ReviewChecklist current;
    private List<Row> rows;

    @PostConstruct
    void load() {
        current = useCase.current(session.actor());
        rows = new ArrayList<>();
        for (ReviewCriterion criterion : current.criteria()) {
            Map<LanguageCode, String> texts = criterion.label().texts();
            rows.add(new Row(criterion.key(), texts.get(LanguageCode.SWEDISH), texts.get(LanguageCode.ENGLISH)));
        }
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new Row(null, null, null));
        }
    }

    public List<ReviewCriterion> getCriteria() {
        return current.criteria();
    }

    /** The criterion's wording in a language, or the empty text when it has none. */
    public String labelOf(ReviewCriterion criterion, String language) {
        return criterion.label().texts().getOrDefault(LanguageCode.of(language), "");
    }

    public List<Row> getRows() {
        return rows;
    }

    public void save() {
        Violations violations = new Violations();
        List<ReviewCriterion> criteria = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.isEmpty()) {
                continue;
            }
            String path = "criteria[" + i + "]";
            Map<LanguageCode, String> texts = new LinkedHashMap<>();
            if (!blank(row.getSv())) {
                texts.put(LanguageCode.SWEDISH, row.getSv());
            }
            if (!blank(row.getEn())) {
                texts.put(LanguageCode.ENGLISH, row.getEn());
            }
            if (texts.isEmpty()) {
                violations.add(path + ".sv", se.esp.domain.shared.ViolationCode.REQUIRED,
                        "needs a text in at least one language");
                continue;
            }
            LocalisedText label = violations.checkNested(path, () -> new LocalisedText(texts));
            if (label != null) {
                ReviewCriterion criterion = violations.checkNested(path,
                        () -> new ReviewCriterion(blank(row.getKey()) ? null : row.getKey().strip(), label));
                if (criterion != null) {
                    criteria.add(criterion);
                }
            }
        }
        violations.throwIfAny();
        current = useCase.replace(session.actor(), new ReplaceChecklistCommand(current.version(), criteria));
        load();
        String text = ConsoleText.get("checklist.saved", criteria.size());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** One criterion as edited: its key and its Swedish and English wording. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String key;
        private String sv;
        private String en;

        Row(String key, String sv, String en) {
            this.key = key;
            this.sv = sv;
            this.en = en;
        }

        boolean isEmpty() {
            return blank(key) && blank(sv) && blank(en);
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getSv() {
            return sv;
        }

        public void setSv(String sv) {
            this.sv = sv;
        }

        public String getEn() {
            return en;
        }

        public void setEn(String en) {
            this.en = en;
        }
    }
}
