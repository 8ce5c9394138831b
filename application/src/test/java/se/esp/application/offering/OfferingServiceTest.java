package se.esp.application.offering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import se.esp.application.port.in.offering.OfferingChange;
import se.esp.application.port.out.Catalogue;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.Offerings;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.offering.OfferingStatus;
import se.esp.domain.offering.OfferingVersionId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

@ExtendWith(MockitoExtension.class)
class OfferingServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final ActingUser ADMIN = ActingUser.system("test");
    private static final ActingUser SUPPLIER = new ActingUser("supplier", OrganisationId.newId(),
            EnumSet.of(UserRole.SUPPLIER_STAFF));

    @Mock
    private Offerings offerings;
    @Mock
    private Organisations organisations;
    @Mock
    private Catalogue catalogue;
    @Mock
    private EventOutbox outbox;

    private OfferingService service;

    @BeforeEach
    void setUp() {
        Transactions direct = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        service = new OfferingService(offerings, organisations, catalogue, outbox, direct,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Offering onOffer() {
        Offering launched = Offering.launch(OfferingId.newId(), PackagingId.newId(), OrganisationId.newId(),
                OfferingVersionId.newId(), 1, PackagingContent.empty(), NOW).offering();
        return Offering.reconstitute(launched.id(), launched.packaging(), launched.supplier(), launched.status(),
                launched.versions(), 1);
    }

    @Test
    void suspendingTakesTheOfferingOutOfTheCatalogue() {
        Offering offering = onOffer();
        when(offerings.findById(offering.id())).thenReturn(Optional.of(offering));
        when(offerings.save(any())).thenAnswer(call -> call.getArgument(0));

        Offering suspended = service.suspend(ADMIN, new OfferingChange(offering.id(), 1, "No resources this term"));

        assertThat(suspended.status()).isEqualTo(OfferingStatus.SUSPENDED);
        verify(catalogue).remove(offering.id());
        verify(catalogue, never()).put(any());
        verify(outbox).append(any());
    }

    @Test
    void onlyPlatformAdministratorsSuspendOrRetire() {
        assertThatThrownBy(() -> service.retire(SUPPLIER, new OfferingChange(OfferingId.newId(), 1, "Mine")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verifyNoInteractions(offerings, catalogue, outbox);
    }

    @Test
    void anUnknownVersionIsNotFound() {
        OfferingVersionId unknown = OfferingVersionId.newId();
        when(offerings.findByVersion(unknown)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.version(SUPPLIER, unknown))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.OFFERING_VERSION_NOT_FOUND));
    }
}
