package se.esp.adapter.web.console;

import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The sign-in form of the console ({@code login.xhtml}), and signing out from the layout's header. */
@Named("login")
@RequestScoped
public class LoginPage {

    @Inject
    ConsoleSignIn signIn;

    @Inject
    ConsoleSession session;

    @Inject
    Navigation navigation;

    private String username;
    private String password;

    /**
     * Signs in and goes to the user's first section (or the start page); a new session id afterwards, so a planted
     * session id is worthless. The language chosen before signing in stays.
     */
    public String signIn() throws IOException {
        Optional<ConsoleSignIn.SignedIn> user = signIn.signIn(username, password);
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

    public String signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
        return null;
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
