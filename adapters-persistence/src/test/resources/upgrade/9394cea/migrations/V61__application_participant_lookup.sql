-- Which applications a participant is applied for in, so erasing a participant's answers when their personal data
-- is anonymised finds them by index instead of reading every application's document. Written once per application.
CREATE TABLE application_participant (
    application_id CHAR(36) NOT NULL,
    participant_id CHAR(36) NOT NULL,
    CONSTRAINT pk_application_participant PRIMARY KEY (application_id, participant_id),
    CONSTRAINT fk_application_participant_application FOREIGN KEY (application_id) REFERENCES application (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_application_participant_participant ON application_participant (participant_id);
