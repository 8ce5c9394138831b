Feature: Applications come in on a queue
  Another system (a municipality's case management) may send applications as messages instead of calling the API:
  the same JSON, signed in with the same token, through the same rules. A message the broker delivers again creates
  nothing twice. A message that cannot become an application goes to the dead-letter queue with the reason, and the
  queue goes on with the next.

  Background:
    Given I am a platform administrator
    And the owner "eSP Nationell plattform (fiktiv demoägare)" with organisation number "802999-0002" is registered
    And the municipality "Ronneby kommun" with organisation number "212000-0837" and population 29021 is registered as supplier and consumer
    And the municipality "Olofströms kommun" with organisation number "212000-0811" and population 13061 is registered as consumer
    And "Ronneby kommun" offers "Study guidance online, Arabic" needing "study-guidance", delivered in "ar, ti" with 1 session of 60 minutes a week for 10 weeks to groups of 3 to 8 at "6500.00" per participant

  Scenario: An application on the queue becomes one application, however often it arrives
    When a case officer of "212000-0811" sends an application for 2 participants to "Study guidance online, Arabic" in "ar" from "2026-12-07" on the queue with the key "olofstrom-2026-0042"
    Then the queue accepts it as a new application
    And "212000-0811" has 1 application
    When the broker delivers the same message again
    Then the queue accepts it as the application it already has
    When a case officer of "212000-0811" sends an application for 2 participants to "Study guidance online, Arabic" in "ar" from "2026-12-07" on the queue with the key "olofstrom-2026-0042"
    Then the queue accepts it as the application it already has
    And "212000-0811" has 1 application
    And nothing is on the dead-letter queue

  Scenario: Without a key of its own, a redelivered message is still recognised
    When a case officer of "212000-0811" sends an application for 1 participant to "Study guidance online, Arabic" in "ar" from "2026-12-07" on the queue
    And the broker delivers the same message again
    Then the queue accepts it as the application it already has
    And "212000-0811" has 1 application

  Scenario: Messages that cannot become applications are dead-lettered with their reason
    When a case officer of "212000-0811" sends "this is not JSON" on the queue
    Then the message is on the dead-letter queue because "MALFORMED_JSON"
    When a case officer of "212000-0811" sends "{\"language\": \"ar\", \"earliestStart\": \"2026-12-07\"}" on the queue
    Then the message is on the dead-letter queue because "SCHEMA_VIOLATION" of the field "offeringVersionId"
    When a case officer of "212000-0811" sends an application to an offering that does not exist on the queue
    Then the message is on the dead-letter queue because "UNKNOWN_OFFERING"
    When a case officer of "212000-0811" sends an application for 1 participant to "Study guidance online, Arabic" in "so" from "2026-12-07" on the queue
    Then the message is on the dead-letter queue because "VALIDATION_FAILED" of the field "language"
    When somebody without a token sends an application for 1 participant to "Study guidance online, Arabic" in "ar" from "2026-12-07" on the queue
    Then the message is on the dead-letter queue because "UNAUTHENTICATED"
    When supplier staff of "212000-0837" send an application for 1 participant to "Study guidance online, Arabic" in "ar" from "2026-12-07" on the queue
    Then the message is on the dead-letter queue because "ACCESS_DENIED"
    When a case officer of "212000-0811" sends an application for 1 participant to "Study guidance online, Arabic" in "ar" from "2026-12-07" on the queue
    Then the queue accepts it as a new application
    And "212000-0811" has 1 application
