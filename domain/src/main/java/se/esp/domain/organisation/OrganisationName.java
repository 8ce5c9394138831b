package se.esp.domain.organisation;

import se.esp.domain.shared.Text;

/** The organisation's name as it appears in the catalogue and on statements. */
public record OrganisationName(String value) {

    public static final int MAX_LENGTH = 200;

    public OrganisationName {
        value = Text.requireText("name", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
