package se.esp.adapter.web.hsds;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.offering.OfferingStatus;
import se.esp.domain.offering.OfferingVersion;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.Component;
import se.esp.domain.packaging.Eligibility;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;

/**
 * Our offerings and organisations in HSDS 3.0's terms. Absent values are left out rather than written as
 * {@code null} (HSDS types them as strings and numbers). Records HSDS nests (languages, cost options, schedules,
 * identifiers) need ids of their own; they get name-based UUIDs derived from the service's id, so the same record
 * keeps its id from one read to the next.
 *
 * <p>Services are offerings: name and description in Swedish (else English, else any), the English title as the
 * alternate name, each delivery language, the eligible ages, the price per participant in SEK as a cost option, and
 * the weekly rhythm of sessions as a schedule. Status: on offer is {@code active}, suspended {@code temporarily
 * closed}, retired {@code defunct}.</p>
 */
final class HsdsMapping {

    static final String CURRENCY = "SEK";
    /** HSDS dates-times carry milliseconds. */
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private HsdsMapping() {
    }

    /** A service of a listing: its one-to-one fields and its organization (HSDS {@code service_list}). */
    static Map<String, Object> serviceListItem(CatalogueEntry entry) {
        Map<String, Object> service = serviceFields(entry.offeringId(), entry.supplierId(), entry.titles(),
                entry.descriptions(), OfferingStatus.ON_OFFER, entry.minAge(), entry.maxAge(),
                entry.pricePerParticipant(), entry.publishedAt());
        service.put("organization", organizationReference(entry.supplierId(), entry.supplierName()));
        return service;
    }

    /** A service with everything HSDS nests in it that we know (HSDS {@code service}). */
    static Map<String, Object> service(Offering offering, Organisation supplier) {
        OfferingVersion current = offering.current();
        PackagingContent content = current.content();
        Eligibility eligibility = content.eligibilityOrAnybody();
        Map<String, Object> service = serviceFields(offering.id(), offering.supplier(), content.titles(),
                content.descriptions(), offering.status(), eligibility.minAge(), eligibility.maxAge(),
                content.pricePerParticipant(), current.publishedAt());
        String serviceId = offering.id().toString();
        List<Map<String, Object>> languages = new ArrayList<>();
        for (LanguageCode language : content.deliveryLanguages()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", derivedId(serviceId, "language", language.value()));
            entry.put("service_id", serviceId);
            entry.put("name", Locale.forLanguageTag(language.value()).getDisplayLanguage(Locale.ENGLISH));
            entry.put("code", language.value());
            languages.add(entry);
        }
        service.put("languages", languages);
        List<Map<String, Object>> costs = new ArrayList<>();
        if (content.pricePerParticipant() != null) {
            Map<String, Object> cost = new LinkedHashMap<>();
            cost.put("id", derivedId(serviceId, "cost_option", "per-participant"));
            cost.put("service_id", serviceId);
            cost.put("valid_from", current.publishedAt().atZone(ZoneOffset.UTC).toLocalDate().toString());
            cost.put("option", "Per participant");
            cost.put("currency", CURRENCY);
            cost.put("amount", content.pricePerParticipant().toKronor());
            cost.put("amount_description", "Price per participant, paid by the applying organisation");
            costs.add(cost);
        }
        service.put("cost_options", costs);
        service.put("schedules", List.of(schedule(serviceId, content)));
        service.put("organization", organization(supplier, List.of()));
        return service;
    }

    /** An organization without its services (HSDS {@code organization_list}). */
    static Map<String, Object> organizationListItem(Organisation organisation) {
        return organizationFields(organisation);
    }

    /** An organization with its services as listed in the catalogue (HSDS {@code organization}). */
    static Map<String, Object> organization(Organisation organisation, List<CatalogueEntry> services) {
        Map<String, Object> organization = organizationFields(organisation);
        String id = organisation.id().toString();
        Map<String, Object> identifier = new LinkedHashMap<>();
        identifier.put("id", derivedId(id, "organization_identifier", "SE-BLV"));
        identifier.put("organization_id", id);
        identifier.put("identifier_scheme", "SE-BLV");
        identifier.put("identifier_type", "Organisationsnummer");
        identifier.put("identifier", organisation.number().value());
        organization.put("organization_identifiers", List.of(identifier));
        if (!services.isEmpty()) {
            organization.put("services", services.stream().map(HsdsMapping::serviceListItem).toList());
        }
        return organization;
    }

    private static Map<String, Object> serviceFields(OfferingId id, OrganisationId supplier, LocalisedText titles,
                                                     LocalisedText descriptions, OfferingStatus status,
                                                     Integer minAge, Integer maxAge, Money price,
                                                     Instant modified) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("id", id.toString());
        service.put("organization_id", supplier.toString());
        service.put("name", titles.preferring(LanguageCode.SWEDISH));
        titles.in(LanguageCode.ENGLISH).filter(english -> !english.equals(titles.preferring(LanguageCode.SWEDISH)))
                .ifPresent(english -> service.put("alternate_name", english));
        service.put("description", descriptions.preferring(LanguageCode.SWEDISH));
        service.put("status", switch (status) {
            case ON_OFFER -> "active";
            case SUSPENDED -> "temporarily closed";
            case RETIRED -> "defunct";
        });
        if (price != null) {
            service.put("fees_description", price.toPlainString() + " " + CURRENCY + " per participant");
        }
        service.put("eligibility_description", eligibilityText(minAge, maxAge));
        if (minAge != null) {
            service.put("minimum_age", minAge);
        }
        if (maxAge != null) {
            service.put("maximum_age", maxAge);
        }
        service.put("last_modified", MILLIS.format(modified));
        return service;
    }

    private static String eligibilityText(Integer minAge, Integer maxAge) {
        if (minAge == null && maxAge == null) {
            return "Any age";
        }
        if (maxAge == null) {
            return "Aged " + minAge + " or over";
        }
        if (minAge == null) {
            return "Aged " + maxAge + " or under";
        }
        return "Aged " + minAge + " to " + maxAge;
    }

    /** Weekly sessions: the packaging's rhythm (one a week unless said) and its parts, as free text too. */
    private static Map<String, Object> schedule(String serviceId, PackagingContent content) {
        int perWeek = content.sessionsPerWeek() == null ? 1 : content.sessionsPerWeek();
        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("id", derivedId(serviceId, "schedule", "weekly"));
        schedule.put("service_id", serviceId);
        schedule.put("freq", "WEEKLY");
        schedule.put("interval", 1);
        schedule.put("wkst", "MO");
        StringBuilder description = new StringBuilder()
                .append(perWeek).append(perWeek == 1 ? " session a week" : " sessions a week");
        for (Component component : content.components()) {
            description.append("; ").append(component.count()).append(" × ")
                    .append(component.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append(", ").append(component.durationMinutes()).append(" min")
                    .append(", ").append(component.setting().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        schedule.put("description", description.toString());
        schedule.put("attending_type", content.deliveryMode().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        return schedule;
    }

    private static Map<String, Object> organizationFields(Organisation organisation) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("id", organisation.id().toString());
        organization.put("name", organisation.name().value());
        organization.put("description", kind(organisation) + " supplying services on eSP, organisation number "
                + organisation.number().value());
        return organization;
    }

    /** The supplier as a listing knows it: id and name; HSDS requires a description, which says no more. */
    private static Map<String, Object> organizationReference(OrganisationId id, String name) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("id", id.toString());
        organization.put("name", name);
        organization.put("description", name + ", supplier on eSP");
        return organization;
    }

    private static String kind(Organisation organisation) {
        String words = organisation.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String derivedId(String owner, String kind, String key) {
        return UUID.nameUUIDFromBytes((owner + "/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
