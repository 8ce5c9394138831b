package se.esp.adapter.web.console;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;

/**
 * What an enum value is called in the user's language: {@code #{label.of(organisation.kind())}}. The text is the
 * bundle's {@code enum.<SimpleClassName>.<NAME>} (e.g. {@code enum.OrganisationKind.MUNICIPALITY}), so no page
 * ever shows a raw enum name; {@code LabelsTest} holds that both bundles name every value of every enum listed in
 * {@link #ENUMS}. A page that shows another enum adds it there and its texts to both bundles.
 */
@Named("label")
@ApplicationScoped
public class Labels {

    /** Every enum a console page shows. */
    public static final List<Class<? extends Enum<?>>> ENUMS = List.of(
            se.esp.application.security.UserRole.class,
            se.esp.domain.organisation.OrganisationKind.class,
            se.esp.domain.organisation.OrganisationRole.class,
            se.esp.domain.organisation.ParticipationLevel.class,
            se.esp.domain.packaging.PackagingStatus.class,
            se.esp.domain.packaging.Phase.class,
            se.esp.domain.packaging.ServiceArea.class,
            se.esp.domain.packaging.TargetGroup.class,
            se.esp.domain.packaging.DeliveryMode.class,
            se.esp.domain.packaging.Variant.class,
            se.esp.domain.packaging.Setting.class,
            se.esp.domain.packaging.ComponentKind.class,
            se.esp.domain.packaging.FieldType.class,
            se.esp.domain.packaging.ReviewOutcome.class,
            se.esp.domain.offering.OfferingStatus.class,
            se.esp.domain.application.ApplicationStatus.class,
            se.esp.domain.matching.WaitReason.class,
            se.esp.domain.delivery.DeliveryStatus.class,
            se.esp.domain.delivery.ParticipationOutcome.class,
            se.esp.domain.delivery.CostSplitRule.class,
            se.esp.domain.resource.ResourceStatus.class,
            se.esp.domain.resource.CompetenceStatus.class,
            se.esp.domain.fee.FeeKind.class,
            se.esp.domain.fee.CostKey.class,
            se.esp.domain.fee.BillingPeriod.class,
            se.esp.domain.settlement.PeriodStatus.class,
            se.esp.domain.settlement.LineKind.class,
            se.esp.domain.settlement.CauseType.class,
            se.esp.domain.project.ScalingProjectStatus.class,
            se.esp.application.port.in.offering.CatalogueSort.class,
            se.esp.application.port.in.offering.PriceBand.class,
            se.esp.application.port.in.offering.AgeBand.class);

    /** The label of {@code value}; empty for {@code null}, so an absent value shows as nothing. */
    public String of(Enum<?> value) {
        return value == null ? "" : ConsoleText.get(key(value));
    }

    /** The labels of several values, in the enum's order, joined with a comma: {@code #{label.all(o.roles())}}. */
    public String all(Collection<? extends Enum<?>> values) {
        return values == null ? "" : values.stream().sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal()))
                .map(this::of).reduce((a, b) -> a + ", " + b).orElse("");
    }

    /**
     * The choices of a select, labelled in the user's language, in the enum's order; the values are the constants
     * themselves, so no converter is needed: {@code <f:selectItems value="#{label.choices('OrganisationKind')}"/>}.
     */
    public List<SelectItem> choices(String enumSimpleName) {
        for (Class<? extends Enum<?>> type : ENUMS) {
            if (type.getSimpleName().equals(enumSimpleName)) {
                return java.util.Arrays.stream(type.getEnumConstants())
                        .map(value -> new SelectItem(value, of(value))).toList();
            }
        }
        throw new IllegalArgumentException("no console enum named " + enumSimpleName + "; add it to Labels.ENUMS");
    }

    public static String key(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }
}
