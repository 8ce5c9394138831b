package se.esp.adapter.web.console;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language the console speaks to this user: Swedish unless they chose English. The choice is kept in the
 * session and in a cookie, so it survives signing out and in again; {@link ConsoleViewHandler} gives every new view
 * this locale, which picks the bundle texts, the enum labels and the formats.
 */
@Named("language")
@SessionScoped
public class ConsoleLanguage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A preference, not a secret: readable by nothing but the server, a year long. */
    public static final String COOKIE = "esp-lang";
    public static final String SWEDISH = "sv";
    public static final String ENGLISH = "en";
    static final List<String> SUPPORTED = List.of(SWEDISH, ENGLISH);
    private static final int ONE_YEAR = 365 * 24 * 60 * 60;

    private String tag;

    /** {@code sv} or {@code en}. */
    public String getTag() {
        if (tag == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            tag = faces == null ? SWEDISH : fromCookie((HttpServletRequest) faces.getExternalContext().getRequest());
        }
        return tag;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getTag());
    }

    public boolean isEnglish() {
        return ENGLISH.equals(getTag());
    }

    /**
     * Switches to {@code wanted} and shows the same page again in it (a redirect, so a reload does not post again).
     */
    public String switchTo(String wanted) {
        tag = supported(wanted);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Cookie cookie = new Cookie(COOKIE, tag);
        cookie.setPath(external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(external.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        ((HttpServletResponse) external.getResponse()).addCookie(cookie);
        faces.getViewRoot().setLocale(getLocale());
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** The language a request's cookie asks for; Swedish without one. */
    public static String fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return supported(cookie.getValue());
                }
            }
        }
        return SWEDISH;
    }

    private static String supported(String wanted) {
        return wanted != null && SUPPORTED.contains(wanted) ? wanted : SWEDISH;
    }
}
