package se.esp.domain.settlement;

/**
 * The documents settlement issues for a closed month. The owner settles with everybody, so each document is between
 * the owner and one organisation: what the organisation owes is invoiced by the owner; what it is owed is
 * self-billed by the owner on its behalf (or advised as a payment); corrections of a closed month credit the
 * document they correct.
 */
public enum DocumentKind {
    /** The owner invoices the organisation (Peppol invoice, type 380). */
    INVOICE("ESP-", false, false),
    /** The owner credits an invoice of a closed month (Peppol credit note, type 381). */
    CREDIT_NOTE("ESP-CN-", false, true),
    /** The owner, as buyer, invoices itself on the organisation's behalf (Peppol self-billing invoice, type 389). */
    SELF_BILLING_INVOICE("ESP-SB-", true, false),
    /** The owner credits a self-billing invoice of a closed month (Peppol self-billing credit note, type 261). */
    SELF_BILLING_CREDIT_NOTE("ESP-SBCN-", true, true),
    /** The owner tells the organisation what it will be paid (no e-invoice); for a correction, what is deducted. */
    PAYMENT_ADVICE("ESP-PA-", true, false);

    private final String prefix;
    private final boolean owed;
    private final boolean credit;

    DocumentKind(String prefix, boolean owed, boolean credit) {
        this.prefix = prefix;
        this.owed = owed;
        this.credit = credit;
    }

    /** How the document's number starts. */
    public String prefix() {
        return prefix;
    }

    /** Whether it is about money the organisation is owed (it is the seller); otherwise money it owes. */
    public boolean owed() {
        return owed;
    }

    /** Whether it credits an earlier document. */
    public boolean credit() {
        return credit;
    }
}
