package se.esp.adapter.web.console;

import java.util.Locale;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.Money;

/**
 * An amount input ({@code converter="esp.money"}): shows {@code 1 234,50} (English {@code 1,234.50}) without the
 * currency, which the label names, and reads what a person types: {@code 1234,50}, {@code 1 234,50},
 * {@code 1234.50}, with or without {@code kr}/{@code SEK}; more than two decimals are refused, not rounded.
 */
@FacesConverter("esp.money")
public class MoneyConverter implements Converter<Money> {

    @Override
    public Money getAsObject(FacesContext context, UIComponent component, String value) {
        return parse(value, ConsoleText.locale());
    }

    /** What a person typed, read in their language; {@code null} for nothing. */
    static Money parse(String value, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip().replaceAll("(?i)\\s*(kr|sek)\\.?\\s*", "");
        if (!Formats.isSwedish(locale)) {
            text = text.replace(",", ""); // grouping in English; the decimal sign is the point
        }
        try {
            return Money.parse(text);
        } catch (DomainException | ArithmeticException e) {
            String message = ConsoleText.get(locale, "converter.money");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Money value) {
        return value == null ? "" : Formats.number(value.toKronor(), 2, ConsoleText.locale());
    }
}
