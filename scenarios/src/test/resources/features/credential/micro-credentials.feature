Feature: Micro-credentials issued on completion
  The owner defines micro-credentials: units of an occupational profile, aligned to ESCO, with a credit value. A
  packaging names the credentials it leads to. When a delivery completes, every participant whose outcome is
  COMPLETED earns one credential per definition the delivered offering leads to — and nobody else earns any. A code
  the packaging names that the owner has not defined issues nothing.

  Background:
    Given I am a platform administrator
    And the municipality "Ronneby kommun" with organisation number "212000-0837" and population 29021 is registered as supplier and consumer
    And the municipality "Malmö stad" with organisation number "212000-1124" and population 365252 is registered as supplier and consumer
    And the municipality "Olofströms kommun" with organisation number "212000-0811" and population 13061 is registered as consumer
    And the municipality "Borlänge kommun" with organisation number "212000-2239" and population 51424 is registered as consumer
    And the owner has defined the micro-credential "VO-OMV-01" titled "Basic care" aligned to the ESCO occupation "http://data.europa.eu/esco/occupation/0d4a5b36-example" worth "7.5" credits
    And the owner has defined the micro-credential "VO-HYG-02" titled "Hygiene in care" aligned to the ESCO occupation "http://data.europa.eu/esco/occupation/0d4a5b36-example" worth "2.5" credits
    And "Ronneby kommun" offers "Basic care in Arabic" leading to the micro-credentials "VO-OMV-01, VO-HYG-02, VO-NOT-DEFINED", needing "study-guidance", delivered in "ar"
    And the resource "Amina Haddad" employed by "212000-1124" speaks "ar, sv" and has declared "study-guidance" until "2027-06-30"
    And a coordinator of "212000-0837" has verified the "study-guidance" competence of "Amina Haddad"

  Scenario: Completing a delivery issues credentials to exactly the participants who completed
    Given "212000-0811" applies for 2 participants to "Basic care in Arabic" in "ar" from "2026-12-07"
    And "212000-2239" applies for 1 participant to "Basic care in Arabic" in "ar" from "2026-12-07"
    And the date is "2026-12-07"
    And the supplier starts the delivery of the application of "212000-0811" in "ar"
    Then 0 micro-credentials were issued in the delivery of the application of "212000-0811" in "ar", each announced as an event
    When the date is "2027-02-15"
    And the supplier completes the delivery of the application of "212000-0811" in "ar" with participants "2" not completed
    Then participant 1 of the application of "212000-0811" in "ar" holds the micro-credentials "VO-OMV-01, VO-HYG-02"
    And participant 2 of the application of "212000-0811" in "ar" holds no micro-credential
    And participant 1 of the application of "212000-2239" in "ar" holds the micro-credentials "VO-OMV-01, VO-HYG-02"
    And 4 micro-credentials were issued in the delivery of the application of "212000-0811" in "ar", each announced as an event

  Scenario: The delivering supplier revokes a credential with a reason; the consumer may not
    Given "212000-0811" applies for 2 participants to "Basic care in Arabic" in "ar" from "2026-12-07"
    And "212000-2239" applies for 1 participant to "Basic care in Arabic" in "ar" from "2026-12-07"
    And the date is "2026-12-07"
    And the supplier starts the delivery of the application of "212000-0811" in "ar"
    And the date is "2027-02-15"
    And the supplier completes the delivery of the application of "212000-0811" in "ar" with participants "2" not completed
    When consumer staff of "212000-0811" revoke the "VO-OMV-01" credential of participant 1 of the application of "212000-0811" in "ar" because "Issued by mistake"
    Then it is refused with "ACCESS_DENIED"
    And the "VO-OMV-01" credential of participant 1 of the application of "212000-0811" in "ar" is not revoked
    When supplier staff of "212000-0837" revoke the "VO-OMV-01" credential of participant 1 of the application of "212000-0811" in "ar" because "Issued by mistake"
    Then the "VO-OMV-01" credential of participant 1 of the application of "212000-0811" in "ar" is revoked because "Issued by mistake", announced as an event
    And the "VO-HYG-02" credential of participant 1 of the application of "212000-0811" in "ar" is not revoked
    When supplier staff of "212000-0837" revoke the "VO-OMV-01" credential of participant 1 of the application of "212000-0811" in "ar" because "Again"
    Then it is refused with "CREDENTIAL_ALREADY_REVOKED"

  Scenario: An exported credential verifies; changed after signing it fails; revoked it verifies as revoked
    Given "212000-0811" applies for 2 participants to "Basic care in Arabic" in "ar" from "2026-12-07"
    And "212000-2239" applies for 1 participant to "Basic care in Arabic" in "ar" from "2026-12-07"
    And the date is "2026-12-07"
    And the supplier starts the delivery of the application of "212000-0811" in "ar"
    And the date is "2027-02-15"
    And the supplier completes the delivery of the application of "212000-0811" in "ar" with participants "2" not completed
    When consumer staff export the "VO-OMV-01" credential of participant 1 of the application of "212000-0811" in "ar" as a signed Open Badge
    Then the exported credential verifies as valid, its signature checks with the owner's published key, and it names the participant only by a salted hash
    When supplier staff of "212000-0837" revoke the "VO-OMV-01" credential of participant 1 of the application of "212000-0811" in "ar" because "Issued by mistake"
    Then the exported credential verifies as revoked because "Issued by mistake"
    When someone changes the exported credential's content after it was signed
    Then the exported credential fails verification as tampered

  Scenario: The participant's data export holds their credentials, and the credentials outlive the retention period
    Given "212000-0811" applies for 2 participants to "Basic care in Arabic" in "ar" from "2026-12-07"
    And "212000-2239" applies for 1 participant to "Basic care in Arabic" in "ar" from "2026-12-07"
    And the date is "2026-12-07"
    And the supplier starts the delivery of the application of "212000-0811" in "ar"
    And the date is "2027-02-15"
    And the supplier completes the delivery of the application of "212000-0811" in "ar" with participants "2" not completed
    And supplier staff of "212000-0837" revoke the "VO-OMV-01" credential of participant 1 of the application of "212000-0811" in "ar" because "Issued by mistake"
    Then the data export of participant 1 of the application of "212000-0811" in "ar" holds the micro-credentials "VO-OMV-01, VO-HYG-02", "VO-OMV-01" revoked because "Issued by mistake"
    When 24 months and 1 day pass
    And the retention job runs
    Then participant 1 of the application of "212000-0811" in "ar" is anonymised
    And participant 1 of the application of "212000-0811" in "ar" holds the micro-credentials "VO-OMV-01, VO-HYG-02"
    And the "VO-OMV-01" credential of participant 1 of the application of "212000-0811" in "ar" is revoked because "Issued by mistake", announced as an event
    And the data export of participant 1 of the application of "212000-0811" in "ar" holds the micro-credentials "VO-OMV-01, VO-HYG-02", "VO-OMV-01" revoked because "Issued by mistake"
