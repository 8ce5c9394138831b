package se.esp.adapter.web.console;

import java.net.MalformedURLException;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.esp.application.port.in.organisation.GetOrganisationQuery;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;

/**
 * The layout's header and navigation ({@code /WEB-INF/templates/console.xhtml}): the sections the signed-in user's
 * roles may use ({@link ConsoleSection}), the one being shown, the organisation the user acts for, and where the
 * user starts after signing in.
 */
@Named("navigation")
@RequestScoped
public class Navigation {

    private static final Logger LOG = Logger.getLogger(Navigation.class.getName());

    @Inject
    ConsoleSession session;

    @Inject
    GetOrganisationQuery organisations;

    /** One link of the navigation. */
    public record Item(ConsoleSection section, String label, String path, boolean current) {

        /** The link's id, for tests: {@code nav-organisations}. */
        public String id() {
            return "nav-" + section.key();
        }
    }

    /** The sections of the user's roles whose page exists, in the order of {@link ConsoleSection}. */
    public List<Item> getItems() {
        String viewId = currentViewId();
        return available(session.roles()).stream().map(section -> new Item(section,
                ConsoleText.get("nav." + section.key()), section.path(),
                section.pages().contains(viewId))).toList();
    }

    /** Whether none of the user's roles has a section in the console. */
    public boolean isWithoutSections() {
        return available(session.roles()).isEmpty();
    }

    /** The first page of the user's first section, or the start page. */
    public String home() {
        return available(session.roles()).stream().findFirst().map(ConsoleSection::path)
                .orElse(ConsoleSection.START_PAGE);
    }

    /** The name of the organisation the user acts for, looked up once per session through the use case. */
    public String getOrganisationName() {
        String known = session.organisationName();
        if (known == null) {
            ActingUser user = session.actingUser().orElse(null);
            if (user == null || user.organisationId() == null) {
                return "";
            }
            try {
                known = organisations.get(user, user.organisationId()).name().value();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the header could not read the user's organisation", e);
                return "";
            }
            session.rememberOrganisationName(known);
        }
        return known;
    }

    /** The labels of the user's roles, for the header. */
    public String getRoleLabels() {
        return new Labels().all(session.roles());
    }

    private static List<ConsoleSection> available(Set<UserRole> roles) {
        return java.util.Arrays.stream(ConsoleSection.values())
                .filter(section -> section.isFor(roles) && exists(section.path())).toList();
    }

    private static boolean exists(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            return faces != null && faces.getExternalContext().getResource(path) != null;
        } catch (MalformedURLException e) {
            return false;
        }
    }

    private static String currentViewId() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
    }
}
