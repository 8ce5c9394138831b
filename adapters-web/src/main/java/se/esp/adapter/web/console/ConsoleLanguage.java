package se.esp.adapter.web.console;

import java.io.Serializable;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.esp.adapter.web.language.LanguageCookie;

/**
 * The language the console speaks to this user: Swedish unless they chose English. The choice is kept in the
 * session and in a cookie ({@link LanguageCookie}), so it survives signing out and in again; {@link
 * ConsoleViewHandler} gives every new view this locale, which picks the bundle texts, the enum labels and the
 * formats.
 */
@Named("language")
@SessionScoped
public class ConsoleLanguage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The cookie is readable by nothing but the server, a year long. */
    private static final int ONE_YEAR = 365 * 24 * 60 * 60;

    private String tag;

    /** {@code sv} or {@code en}. */
    public String getTag() {
        if (tag == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            tag = faces == null ? LanguageCookie.SWEDISH
                    : LanguageCookie.of((HttpServletRequest) faces.getExternalContext().getRequest());
        }
        return tag;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getTag());
    }

    public boolean isEnglish() {
        return LanguageCookie.ENGLISH.equals(getTag());
    }

    /**
     * Switches to {@code wanted} and shows the same page again in it (a redirect, so a reload does not post again).
     */
    public String switchTo(String wanted) {
        tag = LanguageCookie.supported(wanted);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Cookie cookie = new Cookie(LanguageCookie.NAME, tag);
        cookie.setPath(external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(external.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        ((HttpServletResponse) external.getResponse()).addCookie(cookie);
        faces.getViewRoot().setLocale(getLocale());
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
