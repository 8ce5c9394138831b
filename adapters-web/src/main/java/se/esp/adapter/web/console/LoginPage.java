package se.esp.adapter.web.console;

import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The console's sign-in page ({@code login.xhtml}): the form on the demo run; with the owner's identity provider
 * ({@link ProviderSignIn#enabled()}) a way into the console, where the server's OpenID Connect client signs the user
 * in, and the page a signed-out user lands on; signing out from the layout's header.
 */
@Named("login")
@RequestScoped
public class LoginPage {

    @Inject
    ConsoleSignIn signIn;

    @Inject
    ConsoleSession session;

    @Inject
    ProviderSignIn provider;

    @Inject
    Navigation navigation;

    private String username;
    private String password;

    /**
     * Signs in and goes to the user's first section (or the start page); a new session id afterwards, so a planted
     * session id is worthless. The language chosen before signing in stays.
     */
    public String signIn() throws IOException {
        Optional<ConsoleSignIn.SignedIn> user = provider.enabled() ? Optional.empty()
                : signIn.signIn(username, password);
        password = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (user.isEmpty()) {
            String text = ConsoleText.get("login.failed");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.validationFailed();
            return null;
        }
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).changeSessionId();
        session.signIn(user.get());
        external.redirect(external.getRequestContextPath() + navigation.home());
        faces.responseComplete();
        return null;
    }

    /**
     * Ends the console session and the server's own sign-in (with the identity provider: its single-sign-on cookie),
     * so the next console page asks the identity provider again.
     */
    public String signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } catch (ServletException e) {
            // nobody was signed in at the server's level (the form's sign-in): the session below is all there is
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
        return null;
    }

    /** Whether the owner's identity provider signs users in (the page then offers no form). */
    public boolean isProviderSignIn() {
        return provider.enabled();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
