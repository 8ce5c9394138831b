package se.esp.adapter.common.participant;

import se.esp.adapter.common.json.BoundRequest;
import se.esp.domain.participant.Contact;
import se.esp.domain.participant.ParticipantDetails;
import se.esp.domain.participant.ParticipantName;
import se.esp.domain.participant.PersonalIdentityNumber;
import se.esp.domain.participant.PreferredLanguage;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violation;

/** The one mapping of a participant's personal data from a bound request to the domain's value objects. */
public final class PersonalDataMapping {

    private PersonalDataMapping() {
    }

    /**
     * Builds the participant's details, recording every refusal in {@code request} under {@code path} (empty for
     * the body itself, {@code participants[1]} for one of a submission's participants): {@code name},
     * {@code personalIdentityNumber}, {@code preferredLanguage}, {@code email}, {@code phone}, and {@code contact}
     * when an e-mail address or phone number was sent but both are blank.
     *
     * @return the details, or {@code null} when any of them was refused (the request then holds why)
     */
    public static ParticipantDetails details(BoundRequest<?> request, String path, PersonalData sent) {
        String prefix = path.isEmpty() ? "" : path + ".";
        ParticipantName name = sent.name() == null ? null
                : request.check(prefix + "name", () -> new ParticipantName(sent.name()));
        PersonalIdentityNumber number = sent.personalIdentityNumber() == null ? null
                : request.check(prefix + PersonalIdentityNumber.FIELD,
                        () -> PersonalIdentityNumber.parse(sent.personalIdentityNumber()));
        PreferredLanguage language = sent.preferredLanguage() == null ? null
                : request.check(prefix + "preferredLanguage", () -> new PreferredLanguage(sent.preferredLanguage()));
        Contact contact = null;
        boolean contactValid = request.isValid(prefix + "email") && request.isValid(prefix + "phone");
        if (contactValid && (sent.email() != null || sent.phone() != null)) {
            try {
                contact = new Contact(sent.email(), sent.phone());
            } catch (ValidationException e) {
                contactValid = false;
                for (Violation v : e.violations()) {
                    // the body has no "contact" object: its fields are the participant's own
                    request.violations().add(prefix + v.field().replace("contact.", ""), v.code(), v.message());
                }
            }
        }
        if (name == null || language == null || !contactValid
                || !request.isValid(prefix + PersonalIdentityNumber.FIELD)) {
            return null;
        }
        return new ParticipantDetails(name, number, language, contact);
    }
}
