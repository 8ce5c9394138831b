package se.esp.domain.packaging;

/** The type of an application form field's answer. */
public enum FieldType {
    TEXT,
    NUMBER,
    DATE,
    CHOICE,
    YES_NO
}
