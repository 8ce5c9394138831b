package se.esp.domain.settlement;

/**
 * What an organisation gets for the money it is owed in a closed month, as the owner configures it: a Peppol
 * self-billing invoice that the platform issues on the organisation's behalf (the default: Swedish municipalities
 * book only what arrives as an e-invoice), or a payment advice, for owners whose members issue their own invoices.
 */
public enum OwedMoneyDocument {
    SELF_BILLING_INVOICE,
    PAYMENT_ADVICE
}
