package se.esp.domain.packaging;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;

/** A complete packaging content: study guidance online in Arabic, 10 sessions of 60 minutes. */
final class Samples {

    private Samples() {
    }

    static final Component SESSIONS = new Component(ComponentKind.GROUP_SESSION, 10, 60, Setting.ONLINE,
            new ResourceRequirement(new CompetenceCode("study-guide"), new BigDecimal("1.5")));
    static final Component SELF_STUDY = new Component(ComponentKind.SELF_STUDY_MODULE, 1, 120, Setting.ONLINE, null);

    /** 450.00 an hour; digital: materials 500.00 + licences 1 200.00; physical: premises 2 000.00 and 4 h travel. */
    static final CostModel COSTS = new CostModel(Money.parse("450.00"),
            new VariantCosts(Money.parse("500.00"), Money.parse("1200.00"), Money.ZERO, BigDecimal.ZERO),
            new VariantCosts(Money.parse("500.00"), Money.ZERO, Money.parse("2000.00"), new BigDecimal("4")));

    static PackagingContent complete() {
        return new PackagingContent(
                new LocalisedText(Map.of(LanguageCode.SWEDISH, "Studievägledning online på arabiska",
                        LanguageCode.ENGLISH, "Study guidance online in Arabic",
                        LanguageCode.of("ar"), "التوجيه الدراسي عبر الإنترنت")),
                LocalisedText.svEn("Tio gruppträffar med studievägledare.", "Ten group sessions with a study guide."),
                Phase.PREPARATORY, ServiceArea.STUDY_GUIDANCE, Set.of(TargetGroup.NEWLY_ARRIVED),
                DeliveryMode.DIGITAL, Set.of(LanguageCode.of("ar")), List.of(SESSIONS, SELF_STUDY),
                new GroupSize(4, 12), new Eligibility(16, 64, Set.of()), ApplicationForm.none(), List.of(), COSTS,
                Money.parse("1200.00"));
    }
}
