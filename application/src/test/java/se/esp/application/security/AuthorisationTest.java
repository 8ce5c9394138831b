package se.esp.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

class AuthorisationTest {

    private static final OrganisationId MALMO = OrganisationId.newId();
    private static final OrganisationId OLOFSTROM = OrganisationId.newId();
    private static final ActingUser MALMO_COORDINATOR = new ActingUser("c", MALMO, EnumSet.of(UserRole.COORDINATOR));

    @Test
    void aRecordOfAnotherOrganisationIsReportedWithTheAreasNotFoundNotAsForbidden() {
        assertThatCode(() -> Authorisation.requireActsFor(MALMO_COORDINATOR, MALMO, AuthorisationTest::notFound))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> Authorisation.requireActsFor(MALMO_COORDINATOR, OLOFSTROM,
                AuthorisationTest::notFound)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PARTICIPANT_NOT_FOUND));
    }

    @Test
    void aPlatformLevelUserWithoutOrganisationCannotDoOrganisationWork() {
        ActingUser platform = ActingUser.system("job");

        assertThatThrownBy(() -> Authorisation.requireOrganisation(platform, "register a participant"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        assertThat(Authorisation.requireOrganisation(MALMO_COORDINATOR, "x")).isEqualTo(MALMO);
    }

    @Test
    void aMissingRoleIsForbiddenAndNamesTheRolesNeeded() {
        assertThatThrownBy(() -> Authorisation.requireAnyRole(MALMO_COORDINATOR, "register an organisation",
                UserRole.PLATFORM_ADMINISTRATOR)).isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED);
                    assertThat(e.getMessage()).contains("PLATFORM_ADMINISTRATOR");
                });
    }

    private static DomainException notFound() {
        return new DomainException(ErrorCode.PARTICIPANT_NOT_FOUND, "no such participant");
    }
}
