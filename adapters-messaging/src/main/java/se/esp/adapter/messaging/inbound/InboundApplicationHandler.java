package se.esp.adapter.messaging.inbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import se.esp.adapter.common.application.SubmitApplicationMapping;
import se.esp.adapter.common.json.MalformedJsonException;
import se.esp.adapter.messaging.inbound.InboundOutcome.Accepted;
import se.esp.adapter.messaging.inbound.InboundOutcome.Rejected;
import se.esp.adapter.common.identity.InvalidTokenException;
import se.esp.application.port.in.application.SubmitApplicationCommand;
import se.esp.application.port.in.application.SubmitApplicationUseCase;
import se.esp.application.port.in.application.SubmitApplicationUseCase.Submitted;
import se.esp.application.security.ActingUser;
import se.esp.domain.application.IdempotencyKey;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violation;
import se.esp.domain.shared.ViolationCode;

/**
 * Turns one inbound message into an application through the same use case as the REST API, or says why it cannot
 * become one. Plain Java: the JMS consumer ({@link JmsApplicationConsumer}) and the in-memory channel both drive it.
 *
 * <ol>
 *   <li>The sender: the bearer token in property {@value #AUTHORIZATION} ({@code Bearer <token>}, the scheme in
 *       any case, or the bare token), identified by the {@link SenderVerifier} as the REST API identifies its
 *       callers; missing or refused → {@link DeadLetterReason#UNAUTHENTICATED} with the refusal's words.</li>
 *   <li>The body, read by the same mapping as {@code POST /api/applications} (adapters-common
 *       {@link SubmitApplicationMapping}): longer than {@value #MAX_BODY_LENGTH} characters or not one JSON object
 *       within the strict parser's bounds → {@code MALFORMED_JSON}; not a submission → {@code SCHEMA_VIOLATION}.</li>
 *   <li>The idempotency key: property {@value #IDEMPOTENCY_KEY}, else derived from the message id
 *       ({@link #keyFromMessageId}), so a redelivery never creates a second application.</li>
 *   <li>{@link SubmitApplicationUseCase#submit}: its refusals become reasons ({@code UNKNOWN_OFFERING},
 *       {@code VALIDATION_FAILED}, {@code ACCESS_DENIED}, …).</li>
 * </ol>
 *
 * <p>A failure that may pass (a stale version from a concurrent change, the database unavailable: anything that is
 * not a {@link DomainException} of a permanent kind) is thrown, so the consumer rolls the message back for
 * redelivery instead of dead-lettering it.</p>
 */
public final class InboundApplicationHandler {

    /** The property carrying the sender's bearer token, as the REST API's {@code Authorization} header. */
    public static final String AUTHORIZATION = "authorization";
    /** The property carrying the sender's idempotency key, as the REST API's {@code Idempotency-Key} header. */
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /**
     * The longest body read, in characters: the REST API's bound on a request body (256 KiB), so a body one channel
     * refuses for its size the other refuses too, before any of it is parsed.
     */
    public static final int MAX_BODY_LENGTH = 256 * 1024;

    private final SubmitApplicationUseCase submissions;
    private final SenderVerifier senders;

    public InboundApplicationHandler(SubmitApplicationUseCase submissions, SenderVerifier senders) {
        this.submissions = Objects.requireNonNull(submissions, "submissions");
        this.senders = Objects.requireNonNull(senders, "senders");
    }

    /** @throws RuntimeException for a failure worth another delivery (never for a bad message) */
    public InboundOutcome handle(InboundMessage message) {
        ActingUser sender;
        try {
            sender = senders.verify(message.property(AUTHORIZATION));
        } catch (InvalidTokenException e) {
            return Rejected.of(DeadLetterReason.UNAUTHENTICATED, e.getMessage());
        }
        if (message.body() == null) {
            return Rejected.of(DeadLetterReason.MALFORMED_JSON, "not a text message; the body must be JSON text");
        }
        if (message.body().length() > MAX_BODY_LENGTH) {
            return Rejected.of(DeadLetterReason.MALFORMED_JSON, "the message body is longer than " + MAX_BODY_LENGTH
                    + " characters");
        }
        String key = message.property(IDEMPOTENCY_KEY);
        SubmitApplicationCommand command;
        try {
            command = SubmitApplicationMapping.read(message.body(),
                    key == null || key.isBlank() ? keyFromMessageId(message.messageId()) : key);
        } catch (MalformedJsonException e) {
            return Rejected.of(DeadLetterReason.MALFORMED_JSON, e.getMessage());
        } catch (ValidationException e) {
            return rejected(DeadLetterReason.SCHEMA_VIOLATION, e);
        }
        try {
            Submitted submitted = submissions.submit(sender, command);
            return new Accepted(submitted.application().id().toString(),
                    submitted.application().status().name(), submitted.created());
        } catch (ValidationException e) {
            boolean unknownOffering = e.violations().stream().anyMatch(v -> v.field().equals("offeringVersionId")
                    && v.code() == ViolationCode.UNKNOWN_VALUE);
            return rejected(unknownOffering ? DeadLetterReason.UNKNOWN_OFFERING : DeadLetterReason.VALIDATION_FAILED, e);
        } catch (DomainException e) {
            return switch (e.code().category()) {
                case STALE, PRECONDITION_REQUIRED -> throw e;
                default -> Rejected.of(reason(e.code()), e.code() + ": " + e.getMessage());
            };
        }
    }

    private static DeadLetterReason reason(ErrorCode code) {
        return switch (code) {
            case ACCESS_DENIED -> DeadLetterReason.ACCESS_DENIED;
            case OFFERING_STATUS_CONFLICT -> DeadLetterReason.OFFERING_NOT_ON_OFFER;
            case OFFERING_NOT_FOUND, OFFERING_VERSION_NOT_FOUND -> DeadLetterReason.UNKNOWN_OFFERING;
            case IDEMPOTENCY_KEY_REUSED -> DeadLetterReason.IDEMPOTENCY_KEY_REUSED;
            default -> DeadLetterReason.REJECTED;
        };
    }

    private static Rejected rejected(DeadLetterReason reason, ValidationException e) {
        List<Violation> violations = e.violations();
        String detail = violations.stream().map(v -> v.field() + " " + v.code() + ": " + v.message())
                .collect(Collectors.joining("; "));
        return new Rejected(reason, detail.isEmpty() ? e.getMessage() : detail, violations);
    }

    /**
     * The idempotency key of a message that brings none: {@code jms:} and the message id, which the broker keeps on
     * every redelivery; an id too long or with characters a key may not hold is hashed ({@code jms-sha256:…}).
     */
    public static String keyFromMessageId(String messageId) {
        String plain = "jms:" + messageId;
        if (plain.length() <= IdempotencyKey.MAX_LENGTH && plain.matches("[\\x21-\\x7E]+")) {
            return plain;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8));
            return "jms-sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
