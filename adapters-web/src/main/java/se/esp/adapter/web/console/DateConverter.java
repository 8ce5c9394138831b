package se.esp.adapter.web.console;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** A date input ({@code converter="esp.date"}): ISO {@code 2026-12-06} in both languages, as Swedes write it. */
@FacesConverter("esp.date")
public class DateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            String message = ConsoleText.get("converter.date");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
