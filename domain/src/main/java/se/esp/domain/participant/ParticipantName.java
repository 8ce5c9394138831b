package se.esp.domain.participant;

import se.esp.domain.shared.Text;

/** The participant's name as the consumer organisation gave it. Personal data: never in a log. */
public record ParticipantName(String value) {

    public static final int MAX_LENGTH = 200;

    public ParticipantName {
        value = Text.requireText("name", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return "ParticipantName[***]";
    }
}
