package se.esp.scenarios.organisation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationRole;

/** The words testers write for kinds and roles, in English and Swedish. */
final class Words {

    private static final Map<String, OrganisationKind> KINDS = Map.ofEntries(
            Map.entry("municipality", OrganisationKind.MUNICIPALITY),
            Map.entry("region", OrganisationKind.REGION),
            Map.entry("agency", OrganisationKind.AGENCY),
            Map.entry("company", OrganisationKind.COMPANY),
            Map.entry("association", OrganisationKind.ASSOCIATION),
            Map.entry("independent provider", OrganisationKind.INDEPENDENT_PROVIDER),
            Map.entry("owner", OrganisationKind.OWNER),
            Map.entry("kommunen", OrganisationKind.MUNICIPALITY),
            Map.entry("regionen", OrganisationKind.REGION),
            Map.entry("myndigheten", OrganisationKind.AGENCY),
            Map.entry("företaget", OrganisationKind.COMPANY),
            Map.entry("föreningen", OrganisationKind.ASSOCIATION),
            Map.entry("den fristående leverantören", OrganisationKind.INDEPENDENT_PROVIDER),
            Map.entry("ägaren", OrganisationKind.OWNER));

    private static final Map<String, OrganisationRole> ROLES = Map.of(
            "supplier", OrganisationRole.SUPPLIER,
            "consumer", OrganisationRole.CONSUMER,
            "partner", OrganisationRole.PARTNER,
            "leverantör", OrganisationRole.SUPPLIER,
            "konsument", OrganisationRole.CONSUMER);

    static final String KIND_PATTERN = "municipality|region|agency|company|association|independent provider|owner"
            + "|kommunen|regionen|myndigheten|företaget|föreningen|den fristående leverantören|ägaren";
    static final String ROLES_PATTERN = "(?:supplier|consumer|partner|leverantör|konsument)"
            + "(?:(?:, | and | och )(?:supplier|consumer|partner|leverantör|konsument))*";

    private Words() {
    }

    static OrganisationKind kind(String word) {
        return KINDS.get(word.toLowerCase(Locale.ROOT));
    }

    static Set<OrganisationRole> roles(String words) {
        Set<OrganisationRole> roles = EnumSet.noneOf(OrganisationRole.class);
        Arrays.stream(words.split(", | and | och ")).map(String::strip)
                .map(w -> ROLES.get(w.toLowerCase(Locale.ROOT))).forEach(roles::add);
        return roles;
    }
}
