Feature: Events leave the platform
  Every change is stored together with its event. The relay publishes the events to the events topic in the
  order they happened, and marks an event as published only once the broker has accepted it: a broker that
  does not answer delays events, but none is lost and none is published twice.

  Background:
    Given I am a platform administrator

  Scenario: Events are published in the order they happened
    Given the municipality "Ronneby kommun" with organisation number "212000-0837" and population 29021 is registered as consumer
    And I let "212000-0837" play the roles supplier and consumer
    When the events are relayed
    Then these events are published, in order:
      | event                    | organisation |
      | OrganisationRegistered   | 212000-0837  |
      | OrganisationRolesChanged | 212000-0837  |
    And 0 events wait to be published

  Scenario: A broker outage delays the events and loses none
    Given the broker is unavailable
    And the municipality "Olofströms kommun" with organisation number "212000-0811" and population 13061 is registered as consumer
    When the events are relayed
    Then no event has been published
    And 1 event waits to be published
    When the broker is available again
    And the events are relayed
    Then these events are published, in order:
      | event                  | organisation |
      | OrganisationRegistered | 212000-0811  |
    And 0 events wait to be published

  Scenario: The broker goes away in the middle of a batch
    Given the municipality "Borlänge kommun" with organisation number "212000-2239" and population 51424 is registered as consumer
    And the municipality "Malmö stad" with organisation number "212000-1124" and population 365252 is registered as consumer
    And the broker accepts only 1 more message
    When the events are relayed
    Then these events are published, in order:
      | event                  | organisation |
      | OrganisationRegistered | 212000-2239  |
    And 1 event waits to be published
    When the broker is available again
    And the events are relayed
    Then these events are published, in order:
      | event                  | organisation |
      | OrganisationRegistered | 212000-2239  |
      | OrganisationRegistered | 212000-1124  |
