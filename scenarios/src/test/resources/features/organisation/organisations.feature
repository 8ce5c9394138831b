Feature: Organisations
  Municipalities, regions, companies and associations take part in the platform as suppliers, consumers
  and partners. A platform administrator registers them with their Swedish organisation number, whose
  last digit is a Luhn check digit.

  Background:
    Given I am a platform administrator

  Scenario: A municipality is registered with its number written with a hyphen
    When I register the municipality "Ronneby kommun" with organisation number "212000-0837" and population 29021 as supplier and consumer
    Then "212000-0837" is registered as "Ronneby kommun"
    And the organisation number of "212000-0837" is kept as "2120000837"
    And "212000-0837" plays the roles supplier and consumer
    And an "OrganisationRegistered" event for "212000-0837" waits in the outbox

  Scenario: A wrong check digit is refused and nothing is registered
    When I register the company "Felbolaget AB" with organisation number "556677-8890"
    Then it is refused because "organisationNumber" has "INVALID_CHECK_DIGIT"
    And the platform has 0 organisations

  Scenario: An organisation number is registered only once
    Given the municipality "Borlänge kommun" with organisation number "212000-2239" and population 51424 is registered as consumer
    When I register the municipality "Borlänge igen" with organisation number "2120002239" and population 1
    Then it is refused with "ORGANISATION_NUMBER_TAKEN"
    And the platform has 1 organisation

  Scenario: A municipality must state its population
    When I register the municipality "Ronneby kommun" with organisation number "212000-0837"
    Then it is refused because "population" has "REQUIRED"

  Scenario: Only a platform administrator registers organisations
    Given the municipality "Olofströms kommun" with organisation number "212000-0811" and population 13061 is registered as consumer
    And I am consumer staff of "212000-0811"
    When I register the company "Exempel AB" with organisation number "556677-8899"
    Then it is refused with "ACCESS_DENIED"
    And the platform has 1 organisation

  Scenario: A change based on an outdated version is refused
    Given the municipality "Malmö stad" with organisation number "212000-1124" and population 365252 is registered as consumer
    And "212000-1124" is renamed to "Malmö" based on version 1
    When "212000-1124" is renamed to "Malmö kommun" based on version 1
    Then it is refused with "STALE_VERSION"
    And "212000-1124" is registered as "Malmö"

  Scenario: A consumer also becomes a supplier
    Given the municipality "Malmö stad" with organisation number "212000-1124" and population 365252 is registered as consumer
    When I let "212000-1124" play the roles consumer and supplier
    Then "212000-1124" plays the roles consumer and supplier
    And an "OrganisationRolesChanged" event for "212000-1124" waits in the outbox
