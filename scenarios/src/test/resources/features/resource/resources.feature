Feature: Resources
  Professionals in the national pool declare their competences with evidence and an expiry date. A
  coordinator of another organisation than the resource's employer verifies or rejects each competence;
  only verified competences count, and each stops counting on its expiry date.

  Background:
    Given I am a platform administrator
    And the municipality "Malmö stad" with organisation number "212000-1124" and population 365252 is registered as supplier and consumer
    And the municipality "Ronneby kommun" with organisation number "212000-0837" and population 29021 is registered as supplier
    And the resource "Amina Haddad" employed by "212000-1124" speaks "ar, sv" and has declared "study-guidance" until "2027-06-30"

  Scenario: A coordinator of another organisation verifies a competence
    Given I am a coordinator of "212000-0837"
    When I verify the "study-guidance" competence of "Amina Haddad"
    Then "Amina Haddad" is "VERIFIED"
    And the "study-guidance" competence of "Amina Haddad" counts
    And a "CompetenceVerified" event for the resource "Amina Haddad" waits in the outbox
    And a "ResourceStatusChanged" event for the resource "Amina Haddad" waits in the outbox

  Scenario: A coordinator of the resource's own employer is refused
    Given I am a coordinator of "212000-1124"
    When I verify the "study-guidance" competence of "Amina Haddad"
    Then it is refused with "REVIEW_OF_OWN_ORGANISATION"
    And "Amina Haddad" is "APPLIED"
    And the "study-guidance" competence of "Amina Haddad" no longer counts

  Scenario: A competence stops counting on its expiry date
    Given a coordinator of "212000-0837" has verified the "study-guidance" competence of "Amina Haddad"
    When the date is "2027-06-29"
    Then the "study-guidance" competence of "Amina Haddad" counts
    When the date is "2027-06-30"
    Then the "study-guidance" competence of "Amina Haddad" no longer counts

  Scenario: An expired competence can no longer be verified
    Given I am a coordinator of "212000-0837"
    And the date is "2027-07-01"
    When I verify the "study-guidance" competence of "Amina Haddad"
    Then it is refused with "COMPETENCE_EXPIRED"

  Scenario: A rejected competence never counts
    Given I am a coordinator of "212000-0837"
    When I reject the "study-guidance" competence of "Amina Haddad" because "the diploma is not legible"
    Then "Amina Haddad" is "APPLIED"
    And a "CompetenceRejected" event for the resource "Amina Haddad" waits in the outbox

  Scenario: A suspended resource leaves matching
    Given a coordinator of "212000-0837" has verified the "study-guidance" competence of "Amina Haddad"
    And I am a coordinator of "212000-0837"
    When I suspend "Amina Haddad" because "a complaint is being investigated"
    Then "Amina Haddad" is "SUSPENDED"
