package se.esp.adapter.web.settlement;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * What the owner decides about its invoices beyond the statement itself: its VAT registration number, the account
 * buyers pay to, the payment terms, and the reference each buyer wants on its invoices (Swedish municipalities
 * route incoming e-invoices by it). Read from configuration by the server ({@code esp.invoice.*}, see the root
 * README); every value is checked when read, naming the setting that is wrong.
 *
 * @param sellerVatNumber  the owner's VAT number; {@code null}: {@code SE} + organisation number + {@code 01}
 * @param payment          where to pay; {@code null}: no payment instructions on the invoice
 * @param paymentTermsDays days from the invoice date to the due date
 * @param buyerReferences  per buyer organisation number (normalised, 10 digits) the reference to quote
 */
public record InvoiceSettings(String sellerVatNumber, PaymentAccount payment, int paymentTermsDays,
                              Map<String, String> buyerReferences) {

    public static final String PREFIX = "esp.invoice.";
    public static final String SELLER_VAT_NUMBER = PREFIX + "seller-vat-number";
    public static final String BANKGIRO = PREFIX + "payment.bankgiro";
    public static final String PLUSGIRO = PREFIX + "payment.plusgiro";
    public static final String IBAN = PREFIX + "payment.iban";
    public static final String BIC = PREFIX + "payment.bic";
    public static final String PAYMENT_TERMS_DAYS = PREFIX + "payment-terms-days";
    public static final String BUYER_REFERENCES = PREFIX + "buyer-references";

    public static final int MAX_REFERENCE_LENGTH = 100;
    private static final Pattern SWEDISH_VAT = Pattern.compile("SE\\d{10}01");
    private static final Pattern BIC_FORMAT = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");

    /** How buyers pay: a Swedish bankgiro or plusgiro number, or an IBAN with its bank's BIC. */
    public record PaymentAccount(Kind kind, String account, String bic) {

        public enum Kind {
            BANKGIRO("SE:BANKGIRO"), PLUSGIRO("SE:PLUSGIRO"), IBAN(null);

            private final String branch;

            Kind(String branch) {
                this.branch = branch;
            }

            /** The financial institution branch id Peppol's Swedish rules expect, or {@code null} (IBAN: the BIC). */
            public String branch() {
                return branch;
            }
        }

        public PaymentAccount {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(account, "account");
        }

        String branchId() {
            return kind == Kind.IBAN ? bic : kind.branch();
        }
    }

    public InvoiceSettings {
        if (paymentTermsDays < 0 || paymentTermsDays > 365) {
            throw ValidationException.of(PAYMENT_TERMS_DAYS, ViolationCode.OUT_OF_RANGE, "must be 0 to 365 days");
        }
        buyerReferences = Map.copyOf(buyerReferences);
    }

    /** No settings: the VAT number from the organisation number, no payment account, 30 days. */
    public static InvoiceSettings defaults() {
        return new InvoiceSettings(null, null, 30, Map.of());
    }

    /**
     * Reads the settings from configuration values by key ({@link #SELLER_VAT_NUMBER} and the others); absent or
     * blank keys take the defaults.
     *
     * @throws ValidationException naming every setting that is wrong
     */
    public static InvoiceSettings from(Map<String, String> config) {
        Violations violations = new Violations();
        String vat = value(config, SELLER_VAT_NUMBER).map(v -> v.replace(" ", "").toUpperCase(Locale.ROOT))
                .orElse(null);
        if (vat != null && !SWEDISH_VAT.matcher(vat).matches()) {
            violations.add(SELLER_VAT_NUMBER, ViolationCode.INVALID_FORMAT,
                    "must be a Swedish VAT number: SE, the 10-digit organisation number and 01");
        }
        PaymentAccount payment = payment(config, violations);
        int days = 30;
        Optional<String> daysText = value(config, PAYMENT_TERMS_DAYS);
        if (daysText.isPresent()) {
            try {
                days = Integer.parseInt(daysText.get());
                if (days < 0 || days > 365) {
                    violations.add(PAYMENT_TERMS_DAYS, ViolationCode.OUT_OF_RANGE, "must be 0 to 365 days");
                    days = 30;
                }
            } catch (NumberFormatException e) {
                violations.add(PAYMENT_TERMS_DAYS, ViolationCode.INVALID_FORMAT, "must be a whole number of days");
            }
        }
        Map<String, String> references = new LinkedHashMap<>();
        value(config, BUYER_REFERENCES).ifPresent(text -> {
            for (String entry : text.split(";")) {
                if (entry.isBlank()) {
                    continue;
                }
                String[] pair = entry.split("=", 2);
                String reference = pair.length == 2 ? pair[1].strip() : "";
                if (reference.isEmpty() || reference.length() > MAX_REFERENCE_LENGTH) {
                    violations.add(BUYER_REFERENCES, ViolationCode.INVALID_FORMAT, "'" + entry.strip()
                            + "': write organisation number=reference (1 to " + MAX_REFERENCE_LENGTH
                            + " characters), entries separated by ;");
                    continue;
                }
                try {
                    references.put(OrganisationNumber.parse(pair[0].strip()).value(), reference);
                } catch (ValidationException e) {
                    violations.add(BUYER_REFERENCES, ViolationCode.INVALID_FORMAT, "'" + pair[0].strip()
                            + "' is not a valid Swedish organisation number");
                }
            }
        });
        violations.throwIfAny();
        return new InvoiceSettings(vat, payment, days, references);
    }

    private static PaymentAccount payment(Map<String, String> config, Violations violations) {
        Optional<String> bankgiro = value(config, BANKGIRO).map(v -> v.replace("-", "").replace(" ", ""));
        Optional<String> plusgiro = value(config, PLUSGIRO).map(v -> v.replace("-", "").replace(" ", ""));
        Optional<String> iban = value(config, IBAN).map(v -> v.replace(" ", "").toUpperCase(Locale.ROOT));
        Optional<String> bic = value(config, BIC).map(v -> v.replace(" ", "").toUpperCase(Locale.ROOT));
        int given = (bankgiro.isPresent() ? 1 : 0) + (plusgiro.isPresent() ? 1 : 0) + (iban.isPresent() ? 1 : 0);
        if (given > 1) {
            violations.add(PREFIX + "payment", ViolationCode.INVALID_FORMAT,
                    "give one of bankgiro, plusgiro or iban, not several");
            return null;
        }
        if (bankgiro.isPresent()) {
            if (!bankgiro.get().matches("\\d{7,8}")) {
                violations.add(BANKGIRO, ViolationCode.INVALID_FORMAT, "a bankgiro number has 7 or 8 digits");
                return null;
            }
            return new PaymentAccount(PaymentAccount.Kind.BANKGIRO, bankgiro.get(), null);
        }
        if (plusgiro.isPresent()) {
            if (!plusgiro.get().matches("\\d{2,8}")) {
                violations.add(PLUSGIRO, ViolationCode.INVALID_FORMAT, "a plusgiro number has 2 to 8 digits");
                return null;
            }
            return new PaymentAccount(PaymentAccount.Kind.PLUSGIRO, plusgiro.get(), null);
        }
        if (iban.isPresent()) {
            boolean valid = true;
            if (!validIban(iban.get())) {
                violations.add(IBAN, ViolationCode.INVALID_FORMAT, "is not a valid IBAN (country, check digits, "
                        + "account; the check digits must match)");
                valid = false;
            }
            if (bic.isEmpty() || !BIC_FORMAT.matcher(bic.get()).matches()) {
                violations.add(BIC, ViolationCode.INVALID_FORMAT, "an IBAN needs its bank's BIC, 8 or 11 characters");
                valid = false;
            }
            return valid ? new PaymentAccount(PaymentAccount.Kind.IBAN, iban.get(), bic.get()) : null;
        }
        return null;
    }

    /** ISO 13616: two letters, two check digits, up to 30 letters or digits; the whole is 1 modulo 97. */
    static boolean validIban(String iban) {
        if (!iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    private static Optional<String> value(Map<String, String> config, String key) {
        return Optional.ofNullable(config.get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** The owner's VAT number on its invoices. */
    String sellerVatNumber(OrganisationNumber owner) {
        return sellerVatNumber != null ? sellerVatNumber : owner.vatNumber();
    }

    /** The reference a buyer gets: the one it asked for, else the platform's for the period. */
    String buyerReference(OrganisationNumber buyer, String fallback) {
        return buyerReferences.getOrDefault(buyer.value(), fallback);
    }
}
