package se.esp.adapter.web.packaging;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import se.esp.adapter.common.json.BoundRequest;
import se.esp.adapter.web.packaging.ContentModels.ChoiceRequest;
import se.esp.adapter.web.packaging.ContentModels.ComponentRequest;
import se.esp.adapter.web.packaging.ContentModels.ContentRequest;
import se.esp.adapter.web.packaging.ContentModels.CostModelRequest;
import se.esp.adapter.web.packaging.ContentModels.EligibilityRequest;
import se.esp.adapter.web.packaging.ContentModels.FormFieldRequest;
import se.esp.adapter.web.packaging.ContentModels.GroupSizeRequest;
import se.esp.adapter.web.packaging.ContentModels.ResourceRequest;
import se.esp.adapter.web.packaging.ContentModels.VariantCostsRequest;
import se.esp.domain.packaging.ApplicationForm;
import se.esp.domain.packaging.Choice;
import se.esp.domain.packaging.Component;
import se.esp.domain.packaging.CostModel;
import se.esp.domain.packaging.Eligibility;
import se.esp.domain.packaging.FormField;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.MicroCredentialRef;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.ResourceRequirement;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.packaging.VariantCosts;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;

/**
 * Builds a packaging's content from its bound request: the domain's value objects, each refusal named by its path
 * in the body ({@code components[2].durationMinutes}, {@code groupSize.min}, {@code costModel.digital.materials}).
 * Nothing is thrown here; the caller reports every violation at once.
 */
final class ContentReader {

    private ContentReader() {
    }

    /** The content, or {@code null} when anything in the body was refused. */
    static PackagingContent read(BoundRequest<ContentRequest> request) {
        ContentRequest sent = request.value();
        LocalisedText titles = localised(request, "titles", sent.titles(), PackagingContent.MAX_TITLE_LENGTH);
        LocalisedText descriptions = localised(request, "descriptions", sent.descriptions(),
                PackagingContent.MAX_DESCRIPTION_LENGTH);
        Set<LanguageCode> languages = new TreeSet<>();
        List<String> codes = listOf(sent.deliveryLanguages());
        int[] languageAt = positions(request, "deliveryLanguages", codes.size());
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            LanguageCode language = request.check("deliveryLanguages[" + languageAt[i] + "]",
                    () -> LanguageCode.of(code));
            if (language != null) {
                languages.add(language);
            }
        }
        List<Component> components = new ArrayList<>();
        List<ComponentRequest> sentComponents = listOf(sent.components());
        int[] componentAt = positions(request, "components", sentComponents.size());
        for (int i = 0; i < sentComponents.size(); i++) {
            Component component = component(request, "components[" + componentAt[i] + "]", sentComponents.get(i));
            if (component != null) {
                components.add(component);
            }
        }
        GroupSize groupSize = groupSize(request, sent.groupSize());
        Eligibility eligibility = eligibility(request, sent.eligibility());
        List<FormField> fields = new ArrayList<>();
        List<FormFieldRequest> sentFields = listOf(sent.applicationForm());
        int[] fieldAt = positions(request, "applicationForm", sentFields.size());
        for (int i = 0; i < sentFields.size(); i++) {
            FormField field = formField(request, "applicationForm[" + fieldAt[i] + "]", sentFields.get(i));
            if (field != null) {
                fields.add(field);
            }
        }
        boolean identityNumberRequired = Boolean.TRUE.equals(sent.identityNumberRequired());
        ApplicationForm form = request.check("applicationForm",
                () -> new ApplicationForm(fields, identityNumberRequired));
        List<MicroCredentialRef> credentials = new ArrayList<>();
        List<String> credentialCodes = listOf(sent.microCredentials());
        int[] credentialAt = positions(request, "microCredentials", credentialCodes.size());
        for (int i = 0; i < credentialCodes.size(); i++) {
            String code = credentialCodes.get(i);
            MicroCredentialRef ref = request.check("microCredentials[" + credentialAt[i] + "]",
                    () -> new MicroCredentialRef(code));
            if (ref != null) {
                credentials.add(ref);
            }
        }
        CostModel costModel = costModel(request, sent.costModel());
        Money price = money(request, "pricePerParticipant", sent.pricePerParticipant());
        if (!request.isValidSoFar()) {
            return null;
        }
        return request.checkNested("", () -> new PackagingContent(titles, descriptions, sent.phase(),
                sent.serviceArea(), enumSet(sent.targetGroups()), sent.deliveryMode(), languages, components,
                groupSize, eligibility, form, credentials, costModel, price, sent.sessionsPerWeek(),
                sent.costSplitRule()));
    }

    /**
     * Where in the body each element the binder kept stands. The binder leaves out an element it refused (and
     * names it, {@code components[1]}), so without this a later element would be named one place too early.
     * Call it before recording refusals of the list's own elements.
     */
    static int[] positions(BoundRequest<?> request, String list, int kept) {
        int[] positions = new int[kept];
        int position = 0;
        for (int i = 0; i < kept; i++) {
            while (request.violations().concerns(list + "[" + position + "]")) {
                position++;
            }
            positions[i] = position++;
        }
        return positions;
    }

    /** Texts by language code; refusals name the language below {@code path} ({@code titles.xx}). */
    static LocalisedText localised(BoundRequest<?> request, String path, Map<String, String> sent, int maxLength) {
        return sent == null || sent.isEmpty() ? LocalisedText.empty()
                : request.checkNested(path, () -> LocalisedText.parse(sent, maxLength));
    }

    static <T> List<T> listOf(List<T> sent) {
        return sent == null ? List.of() : sent;
    }

    private static Set<TargetGroup> enumSet(List<TargetGroup> sent) {
        return sent == null || sent.isEmpty() ? Set.of() : EnumSet.copyOf(sent);
    }

    /** An amount in kronor; fractions of öre are refused under {@code path}. */
    private static Money money(BoundRequest<?> request, String path, BigDecimal kronor) {
        return kronor == null ? null : request.check(path, () -> Money.ofKronor(kronor));
    }

    private static Component component(BoundRequest<?> request, String path, ComponentRequest sent) {
        ResourceRequirement resource = null;
        ResourceRequest sentResource = sent.resource();
        if (sentResource != null) {
            String resourcePath = path + ".resource";
            CompetenceCode competence = sentResource.competence() == null ? null
                    : request.check(resourcePath + ".competence", () -> new CompetenceCode(sentResource.competence()));
            if (competence != null && sentResource.hours() != null) {
                resource = request.checkNested(resourcePath,
                        () -> new ResourceRequirement(competence, sentResource.hours()));
            }
            if (resource == null) {
                return null;
            }
        }
        if (sent.kind() == null || sent.setting() == null || sent.count() == null || sent.durationMinutes() == null) {
            return null;
        }
        ResourceRequirement checkedResource = resource;
        return request.checkNested(path, () -> new Component(sent.kind(), sent.count(), sent.durationMinutes(),
                sent.setting(), checkedResource));
    }

    private static GroupSize groupSize(BoundRequest<?> request, GroupSizeRequest sent) {
        if (sent == null || sent.min() == null || sent.max() == null) {
            return null;
        }
        return request.checkNested("groupSize", () -> new GroupSize(sent.min(), sent.max()));
    }

    private static Eligibility eligibility(BoundRequest<?> request, EligibilityRequest sent) {
        if (sent == null) {
            return null;
        }
        return request.checkNested("eligibility", () -> new Eligibility(sent.minAge(), sent.maxAge(),
                enumSet(sent.targetGroups())));
    }

    private static FormField formField(BoundRequest<?> request, String path, FormFieldRequest sent) {
        LocalisedText label = localised(request, path + ".label", sent.label(), ContentModels.MAX_LABEL_LENGTH);
        List<Choice> choices = new ArrayList<>();
        List<ChoiceRequest> sentChoices = listOf(sent.choices());
        int[] choiceAt = positions(request, path + ".choices", sentChoices.size());
        for (int i = 0; i < sentChoices.size(); i++) {
            String choicePath = path + ".choices[" + choiceAt[i] + "]";
            ChoiceRequest sentChoice = sentChoices.get(i);
            LocalisedText choiceLabel = localised(request, choicePath + ".label", sentChoice.label(),
                    ContentModels.MAX_LABEL_LENGTH);
            if (sentChoice.value() != null && choiceLabel != null) {
                Choice choice = request.checkNested(choicePath, () -> new Choice(sentChoice.value(), choiceLabel));
                if (choice != null) {
                    choices.add(choice);
                }
            }
        }
        if (sent.key() == null || sent.type() == null || label == null) {
            return null;
        }
        return request.checkNested(path, () -> new FormField(sent.key(), label, sent.type(),
                Boolean.TRUE.equals(sent.required()), choices));
    }

    private static CostModel costModel(BoundRequest<?> request, CostModelRequest sent) {
        if (sent == null) {
            return null;
        }
        Money hourlyRate = money(request, "costModel.hourlyRate", sent.hourlyRate());
        VariantCosts digital = variant(request, "costModel.digital", sent.digital());
        VariantCosts physical = variant(request, "costModel.physical", sent.physical());
        if (hourlyRate == null) {
            return null;
        }
        return request.checkNested("costModel", () -> new CostModel(hourlyRate, digital, physical));
    }

    private static VariantCosts variant(BoundRequest<?> request, String path, VariantCostsRequest sent) {
        if (sent == null) {
            return null;
        }
        Money materials = money(request, path + ".materials", sent.materials());
        Money licences = money(request, path + ".licences", sent.licences());
        Money premises = money(request, path + ".premises", sent.premises());
        return request.checkNested(path, () -> new VariantCosts(materials, licences, premises,
                sent.extraResourceHours()));
    }
}
