package se.esp.adapter.web.console;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import se.esp.application.port.out.StorageUnavailableException;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violation;

/**
 * The one rule for failures on a console page, applied by {@link ConsoleExceptionHandler} to whatever a page action
 * throws (backing beans call the use cases and let refusals propagate):
 * <ul>
 *   <li>a {@link ValidationException}: each violation next to the input whose id is the violation's field
 *       ({@link #inputId}), as {@code violation.<field>.<CODE>} or else {@code violation.<CODE>}; a violation no
 *       input of the submitted form carries goes to the page's messages, prefixed with {@code field.<field>}; when
 *       any stands beside its input, the page's messages also say that some details need correcting;</li>
 *   <li>a {@link DomainException}: the sentence {@code error.<CODE>} (or, for a code without one,
 *       {@code error.category.<CATEGORY>}) as a page message; a stale version says the record changed and to
 *       reload;</li>
 *   <li>storage unreachable: try again shortly;</li>
 *   <li>anything else: a reference number, and the failure in the server log under it; never a stack trace,
 *       class name or code.</li>
 * </ul>
 * The request is marked as failed ({@code FacesContext#validationFailed()}), so a PrimeFaces dialog that closes only
 * when {@code !args.validationFailed} stays open.
 */
public final class ConsoleErrors {

    private static final Logger LOG = Logger.getLogger(ConsoleErrors.class.getName());

    private ConsoleErrors() {
    }

    /** Shows {@code failure} on the current page by the rule above; usable directly where a bean catches one. */
    public static void show(FacesContext faces, Throwable failure) {
        Locale locale = ConsoleText.locale();
        Optional<ValidationException> invalid = cause(failure, ValidationException.class);
        Optional<DomainException> refused = cause(failure, DomainException.class);
        if (invalid.isPresent()) {
            UIComponent scope = submittedForm(faces).map(UIComponent.class::cast).orElse(faces.getViewRoot());
            boolean besideAField = false;
            for (Violation violation : invalid.get().violations()) {
                besideAField |= showViolation(faces, scope, violation, locale);
            }
            if (besideAField) {
                // the page's message area is announced (aria-live); the details stand next to their inputs
                page(faces, sentence(ErrorCode.VALIDATION_FAILED, locale));
            }
        } else if (refused.isPresent()) {
            page(faces, sentence(refused.get().code(), locale));
        } else if (cause(failure, StorageUnavailableException.class).isPresent()) {
            LOG.log(Level.WARNING, "the console could not reach the database", failure);
            page(faces, ConsoleText.get(locale, "error.storageUnavailable"));
        } else {
            String reference = reference();
            LOG.log(Level.SEVERE, "unexpected failure in the console, reference " + reference, failure);
            page(faces, ConsoleText.get(locale, "error.unexpected", reference));
        }
        faces.validationFailed();
    }

    /** The sentence for a refusal in the user's language. */
    public static String sentence(ErrorCode code, Locale locale) {
        return ConsoleText.find(locale, "error." + code.name())
                .orElseGet(() -> ConsoleText.get(locale, "error.category." + code.category().name()));
    }

    /** The sentence for one refused field, without the field's name (it stands next to its input). */
    public static String sentence(Violation violation, Locale locale) {
        return ConsoleText.find(locale, "violation." + violation.field() + "." + violation.code().name())
                .or(() -> ConsoleText.find(locale, "violation." + lastName(violation.field()) + "."
                        + violation.code().name()))
                .orElseGet(() -> ConsoleText.get(locale, "violation." + violation.code().name()));
    }

    /**
     * The id of the input a violation belongs to: the field's name as the use case names it, with every character
     * an id may not hold ({@code .}, {@code [}, {@code ]}) as {@code _}: {@code population},
     * {@code membershipBands_1_entryFee}.
     */
    public static String inputId(String field) {
        return field.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** Eight characters the user can read out to support; the log has the failure under the same reference. */
    static String reference() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** Whether the violation's message stands next to its input (rather than among the page's messages). */
    private static boolean showViolation(FacesContext faces, UIComponent scope, Violation violation, Locale locale) {
        String text = sentence(violation, locale);
        Optional<UIInput> input = findInput(faces, scope, inputId(violation.field()));
        if (input.isPresent()) {
            input.get().setValid(false);
            faces.addMessage(input.get().getClientId(faces), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            return true;
        }
        String label = ConsoleText.find(locale, "field." + violation.field())
                .or(() -> ConsoleText.find(locale, "field." + lastName(violation.field()))).orElse(null);
        page(faces, label == null ? text : label + ": " + text);
        return false;
    }

    private static Optional<UIInput> findInput(FacesContext faces, UIComponent scope, String id) {
        UIInput[] found = new UIInput[1];
        VisitContext visit = VisitContext.createVisitContext(faces, null, java.util.Set.of(VisitHint.SKIP_ITERATION));
        scope.visitTree(visit, (context, component) -> {
            if (component instanceof UIInput in && id.equals(component.getId())) {
                found[0] = in;
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return Optional.ofNullable(found[0]);
    }

    private static Optional<UIForm> submittedForm(FacesContext faces) {
        if (faces.getViewRoot() == null) {
            return Optional.empty();
        }
        UIForm[] found = new UIForm[1];
        VisitContext visit = VisitContext.createVisitContext(faces, null, java.util.Set.of(VisitHint.SKIP_ITERATION));
        faces.getViewRoot().visitTree(visit, (context, component) -> {
            if (component instanceof UIForm form && form.isSubmitted()) {
                found[0] = form;
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return Optional.ofNullable(found[0]);
    }

    private static void page(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private static String lastName(String field) {
        String[] parts = field.split("[.\\[\\]]+");
        return parts.length == 0 ? field : parts[parts.length - 1];
    }

    static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
