package se.esp.adapter.web.console;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.esp.application.security.UserRole;

/**
 * The console's sections: what the navigation offers, in this order, and who may open each. A section appears in a
 * user's navigation when one of their roles is among its roles and its first page exists in the application, so a
 * section can be declared here before its page is written. {@link ConsoleGuard} refuses a page under
 * {@code /console/} to a user none of whose roles its section names; a page that belongs to no section is refused
 * to everyone except {@link #START_PAGE}.
 *
 * <p>A new page adds itself by adding its path to its section's pages (or a new constant with a {@code nav.<key>}
 * text in both bundles). The use cases decide what the user may do on the page; the section only keeps the
 * navigation honest and stops a page from rendering for someone it is not meant for.</p>
 */
public enum ConsoleSection {

    DASHBOARD("dashboard", Set.of(UserRole.PLATFORM_ADMINISTRATOR), "/console/dashboard.xhtml"),
    ORGANISATIONS("organisations", Set.of(UserRole.PLATFORM_ADMINISTRATOR), "/console/organisations.xhtml"),
    FEE_SCHEDULE("feeSchedule", Set.of(UserRole.PLATFORM_ADMINISTRATOR), "/console/fee-schedule.xhtml"),
    SETTLEMENT("settlement", Set.of(UserRole.PLATFORM_ADMINISTRATOR), "/console/settlement.xhtml",
            "/console/statement.xhtml", "/console/statement-download"),
    SCALING_PROJECTS("scalingProjects", Set.of(UserRole.PLATFORM_ADMINISTRATOR), "/console/scaling-projects.xhtml"),
    REVIEW_CHECKLIST("reviewChecklist", Set.of(UserRole.PLATFORM_ADMINISTRATOR), "/console/review-checklist.xhtml"),
    REVIEW_QUEUE("reviewQueue", Set.of(UserRole.COORDINATOR), "/console/review-queue.xhtml",
            "/console/review.xhtml"),
    VERIFICATION_QUEUE("verificationQueue", Set.of(UserRole.COORDINATOR), "/console/verification-queue.xhtml"),
    RESOURCE_PROFILE("resourceProfile", Set.of(UserRole.RESOURCE_PERSON), "/console/resource-profile.xhtml"),
    RESOURCE_DELIVERIES("resourceDeliveries", Set.of(UserRole.RESOURCE_PERSON), "/console/resource-deliveries.xhtml"),
    SUPPLIER_PACKAGINGS("supplierPackagings", Set.of(UserRole.SUPPLIER_STAFF), "/console/supplier-packagings.xhtml",
            "/console/supplier-packaging.xhtml"),
    SUPPLIER_OFFERINGS("supplierOfferings", Set.of(UserRole.SUPPLIER_STAFF), "/console/supplier-offerings.xhtml"),
    SUPPLIER_APPLICATIONS("supplierApplications", Set.of(UserRole.SUPPLIER_STAFF),
            "/console/supplier-applications.xhtml"),
    SUPPLIER_DELIVERIES("supplierDeliveries", Set.of(UserRole.SUPPLIER_STAFF), "/console/supplier-deliveries.xhtml",
            "/console/supplier-delivery.xhtml"),
    SUPPLIER_STATISTICS("supplierStatistics", Set.of(UserRole.SUPPLIER_STAFF), "/console/supplier-statistics.xhtml"),
    CATALOGUE("catalogue", Set.of(UserRole.CONSUMER_STAFF), "/console/catalogue.xhtml", "/console/offering.xhtml"),
    APPLICATIONS("applications", Set.of(UserRole.CONSUMER_STAFF), "/console/applications.xhtml",
            "/console/application.xhtml"),
    CONSUMER_STATISTICS("consumerStatistics", Set.of(UserRole.CONSUMER_STAFF), "/console/consumer-statistics.xhtml");

    /** Every signed-in user may open it: a welcome, and for roles without sections yet, a word on when. */
    public static final String START_PAGE = "/console/start.xhtml";

    private final String key;
    private final Set<UserRole> roles;
    private final List<String> pages;

    ConsoleSection(String key, Set<UserRole> roles, String... pages) {
        this.key = key;
        this.roles = Set.copyOf(roles);
        this.pages = List.of(pages);
    }

    /** Names its text in the bundles ({@code nav.<key>}) and its link's id ({@code nav-<key>}). */
    public String key() {
        return key;
    }

    public Set<UserRole> roles() {
        return roles;
    }

    /** The page the navigation links to. */
    public String path() {
        return pages.get(0);
    }

    public List<String> pages() {
        return pages;
    }

    public boolean isFor(Set<UserRole> userRoles) {
        return userRoles.stream().anyMatch(roles::contains);
    }

    /** The section a page belongs to, by its view id or path ({@code /console/review.xhtml}). */
    public static Optional<ConsoleSection> of(String page) {
        for (ConsoleSection section : values()) {
            if (section.pages.contains(page)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }
}
