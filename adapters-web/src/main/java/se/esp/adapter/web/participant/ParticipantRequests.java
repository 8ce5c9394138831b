package se.esp.adapter.web.participant;

import se.esp.adapter.web.json.JsonRequest;
import se.esp.domain.participant.Contact;
import se.esp.domain.participant.ParticipantDetails;
import se.esp.domain.participant.ParticipantName;
import se.esp.domain.participant.PersonalIdentityNumber;
import se.esp.domain.participant.PreferredLanguage;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violation;

/** Reads a participant's personal data from a request, for registering one and for applying for one. */
public final class ParticipantRequests {

    private ParticipantRequests() {
    }

    /**
     * A participant's personal data from a request body: {@code name}, {@code preferredLanguage}, optional
     * {@code personalIdentityNumber}, {@code email} and {@code phone}; {@code null} (with the violations recorded)
     * when any is wrong.
     */
    public static ParticipantDetails details(JsonRequest request) {
        String nameText = request.requiredString("name");
        ParticipantName name = nameText == null ? null : request.check("name", () -> new ParticipantName(nameText));
        String numberText = request.optionalString("personalIdentityNumber");
        PersonalIdentityNumber number = numberText == null ? null
                : request.check("personalIdentityNumber", () -> PersonalIdentityNumber.parse(numberText));
        String languageText = request.requiredString("preferredLanguage");
        PreferredLanguage language = languageText == null ? null
                : request.check("preferredLanguage", () -> new PreferredLanguage(languageText));
        String email = request.optionalString("email");
        String phone = request.optionalString("phone");
        Contact contact = null;
        if (email != null || phone != null) {
            try {
                contact = new Contact(email, phone);
            } catch (ValidationException e) {
                for (Violation v : e.violations()) {
                    request.violations().add(v.field().replace("contact.", ""), v.code(), v.message());
                }
            }
        }
        if (name == null || language == null || request.violations().concerns("personalIdentityNumber")
                || request.violations().concerns("email") || request.violations().concerns("phone")) {
            return null;
        }
        return new ParticipantDetails(name, number, language, contact);
    }
}
