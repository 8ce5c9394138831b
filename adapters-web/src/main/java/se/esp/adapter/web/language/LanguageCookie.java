package se.esp.adapter.web.language;

import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/** The cookie {@value #NAME} that keeps a person's language: {@value #SWEDISH} unless they chose {@value #ENGLISH}. */
public final class LanguageCookie {

    /** A preference, not a secret. */
    public static final String NAME = "esp-lang";
    public static final String SWEDISH = "sv";
    public static final String ENGLISH = "en";
    public static final List<String> SUPPORTED = List.of(SWEDISH, ENGLISH);

    private LanguageCookie() {
    }

    /** The language a request's cookie asks for; Swedish without one. */
    public static String of(HttpServletRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAME.equals(cookie.getName())) {
                    return supported(cookie.getValue());
                }
            }
        }
        return SWEDISH;
    }

    /** {@code wanted} if the web adapter speaks it, else Swedish. */
    public static String supported(String wanted) {
        return wanted != null && SUPPORTED.contains(wanted) ? wanted : SWEDISH;
    }
}
