package se.esp.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

class IndependentReviewTest {

    private static final OrganisationId MALMO = OrganisationId.newId();
    private static final OrganisationId OLOFSTROM = OrganisationId.newId();

    @Test
    void refusesAReviewerOfTheSameOrganisationWithTheOneCode() {
        assertThatThrownBy(() -> IndependentReview.require(MALMO, MALMO, "verify a resource employed"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.REVIEW_OF_OWN_ORGANISATION);
                    assertThat(e.getMessage()).contains("verify a resource employed of their own organisation");
                });
    }

    @Test
    void letsAnotherOrganisationsReviewerOrOneEmployedByNoneThrough() {
        assertThatCode(() -> IndependentReview.require(MALMO, OLOFSTROM, "review a packaging"))
                .doesNotThrowAnyException();
        assertThatCode(() -> IndependentReview.require(null, OLOFSTROM, "review a packaging"))
                .doesNotThrowAnyException();
        assertThatCode(() -> IndependentReview.require(MALMO, null, "verify a resource employed"))
                .doesNotThrowAnyException();
    }
}
