Feature: Applications, automatic matching and co-delivery
  A consumer organisation applies for participants to an exact offering version. Matching runs by itself on every
  change of demand and supply: it fills an open delivery of the same offering and language before opening a new one,
  places the application with a verified resource who has free hours, or waitlists it with the reason in plain
  language. Several organisations' participants can share one delivery; its cost is split between them by the
  offering's rule, to the öre. Nobody here starts matching by hand.

  Background:
    Given I am a platform administrator
    And the owner "eSP Nationell plattform (fiktiv demoägare)" with organisation number "802999-0002" is registered
    And the municipality "Malmö stad" with organisation number "212000-1124" and population 365252 is registered as supplier and consumer
    And the municipality "Ronneby kommun" with organisation number "212000-0837" and population 29021 is registered as supplier and consumer
    And the municipality "Olofströms kommun" with organisation number "212000-0811" and population 13061 is registered as consumer
    And the municipality "Borlänge kommun" with organisation number "212000-2239" and population 51424 is registered as consumer
    And "Ronneby kommun" offers "Study guidance online, Arabic" needing "study-guidance", delivered in "ar, ti" with 1 session of 60 minutes a week for 10 weeks to groups of 3 to 8 at "6500.00" per participant
    And the resource "Amina Haddad" employed by "212000-1124" speaks "ar, sv" and has declared "study-guidance" until "2027-06-30"
    And a coordinator of "212000-0837" has verified the "study-guidance" competence of "Amina Haddad"

  Scenario: Olofström and Borlänge share one Arabic delivery led by a Malmö-employed study guide, split 2:1 to the öre
    Given "212000-0811" applies for 2 participants to "Study guidance online, Arabic" in "ar" from "2026-12-07"
    Then the application of "212000-0811" in "ar" waits because "needs at least 3 participants and only 2 wait"
    When "212000-2239" applies for 1 participant to "Study guidance online, Arabic" in "ar" from "2026-12-07"
    Then the applications of "212000-0811" in "ar" and "212000-2239" in "ar" share one delivery led by "Amina Haddad"
    And the explanation for "212000-2239" in "ar" says "Placed in the open Arabic delivery"
    And the explanation for "212000-0811" in "ar" says "led by Amina Haddad (employed by Malmö stad)"
    And the delivery of "212000-0811" in "ar" costs "19500.00", split "13000.00" to "212000-0811" and "6500.00" to "212000-2239"

  Scenario: The worked example end to end: applications, one co-delivery, completion, the month's statements
    Given the demo fee schedule applies from 2026
    And "212000-0811" applies for 2 participants to "Study guidance online, Arabic" in "ar" from "2026-12-07"
    And "212000-2239" applies for 1 participant to "Study guidance online, Arabic" in "ar" from "2026-12-07"
    And the date is "2026-12-07"
    When the supplier starts the delivery of the application of "212000-0811" in "ar"
    Then the application of "212000-2239" in "ar" is "IN_PROGRESS"
    When the date is "2027-02-15"
    And the supplier completes the delivery of the application of "212000-0811" in "ar" with every participant completed
    Then the application of "212000-0811" in "ar" is "COMPLETED"
    And the participations of the application of "212000-2239" in "ar" are completed
    When "2027-02" is settled
    Then the net of "212000-0811" in "2027-02" is "-13000.00"
    And the net of "212000-2239" in "2027-02" is "-6500.00"
    And the net of "212000-0837" in "2027-02" is "14025.00"
    And the net of "212000-1124" in "2027-02" is "4500.00"
    And the net of "802999-0002" in "2027-02" is "975.00"
    And "2027-02" sums to exactly 0.00

  Scenario: A Tigrinya application waits with its reason and is matched automatically when a Tigrinya speaker is verified
    Given the resource "Yonas Tesfay" employed by "212000-1124" speaks "ti" and has declared "study-guidance" until "2028-06-30"
    When "212000-0837" applies for 3 participants to "Study guidance online, Arabic" in "ti" from "2026-12-07"
    Then the application of "212000-0837" in "ti" waits because "No verified resource speaks Tigrinya"
    When a coordinator of "212000-2239" has verified the "study-guidance" competence of "Yonas Tesfay"
    Then the application of "212000-0837" in "ti" is placed with "Yonas Tesfay"
    And the explanation for "212000-0837" in "ti" says "Opened a new Tigrinya delivery"

  Scenario: A competence expiring moves future matching away from that resource
    Given the resource "Karim Nasser" employed by "212000-0837" speaks "ar", charges "520.00" an hour and has declared "study-guidance" until "2029-01-01"
    And a coordinator of "212000-1124" has verified the "study-guidance" competence of "Karim Nasser"
    When "212000-0811" applies for 3 participants to "Study guidance online, Arabic" in "ar" from "2026-12-07"
    Then the application of "212000-0811" in "ar" is placed with "Amina Haddad"
    When the date is "2027-06-01"
    And "212000-2239" applies for 3 participants to "Study guidance online, Arabic" in "ar" from "2027-06-07"
    Then the application of "212000-2239" in "ar" is placed with "Karim Nasser"
    And the explanation for "212000-2239" in "ar" says "Karim Nasser (employed by Ronneby kommun)"

  Scenario: Too few participants wait until an urgent application opens the delivery for both
    Given "212000-0811" applies for 1 participant to "Study guidance online, Arabic" in "ar" from "2026-12-07"
    Then the application of "212000-0811" in "ar" waits because "needs at least 3 participants and only 1 wait"
    When "212000-2239" urgently applies for 1 participant to "Study guidance online, Arabic" in "ar" from "2026-12-07"
    Then the application of "212000-2239" in "ar" is placed with "Amina Haddad"
    And the application of "212000-0811" in "ar" is placed with "Amina Haddad"

  Scenario: A consumer cannot read another consumer's application; the delivering supplier can read its participants
    Given "212000-0811" applies for 2 participants to "Study guidance online, Arabic" in "ar" from "2026-12-07"
    And "212000-2239" applies for 1 participant to "Study guidance online, Arabic" in "ar" from "2026-12-07"
    And I am consumer staff of "212000-2239"
    When I read the application of "212000-0811" in "ar"
    Then it is refused with "APPLICATION_NOT_FOUND"
    Given I am supplier staff of "Ronneby kommun"
    When I read the participants of the application of "212000-0811" in "ar"
    Then I see them
    Given I am supplier staff of "Malmö stad"
    When I read the participants of the application of "212000-0811" in "ar"
    Then it is refused with "PARTICIPANT_NOT_FOUND"

  Scenario: A delivery cancelled before its start sends its applications back to matching; one cancelled while running ends them
    Given "212000-0811" applies for 3 participants to "Study guidance online, Arabic" in "ar" from "2026-12-07"
    When the supplier cancels the delivery of the application of "212000-0811" in "ar" because "The study guide fell ill"
    Then the application of "212000-0811" in "ar" is placed anew with "Amina Haddad"
    And the explanation for "212000-0811" in "ar" says "Opened a new Arabic delivery"
    When the date is "2026-12-07"
    And the supplier starts the delivery of the application of "212000-0811" in "ar"
    And the supplier cancels the delivery of the application of "212000-0811" in "ar" because "The premises closed"
    Then the application of "212000-0811" in "ar" is "CANCELLED"

  Scenario: When the retention period after completion runs out, the application's answers about its participants go too
    Given "212000-0811" applies for 3 participants to "Study guidance online, Arabic" in "ar" from "2026-12-07"
    And the date is "2026-12-07"
    And the supplier starts the delivery of the application of "212000-0811" in "ar"
    And the date is "2027-02-15"
    And the supplier completes the delivery of the application of "212000-0811" in "ar" with every participant completed
    When 23 months and 0 days pass
    And the retention job runs
    Then the application of "212000-0811" in "ar" still holds its participants' answers
    When 1 months and 1 day pass
    And the retention job runs
    Then the application of "212000-0811" in "ar" no longer holds its participants' answers
    And the application of "212000-0811" in "ar" is "COMPLETED"

  Scenario: An application waiting because its offering is suspended is matched automatically when the offering resumes
    Given the resource "Yonas Tesfay" employed by "212000-1124" speaks "ti" and has declared "study-guidance" until "2028-06-30"
    And "212000-0837" applies for 3 participants to "Study guidance online, Arabic" in "ti" from "2026-12-07"
    When a platform administrator suspends "Study guidance online, Arabic" because "The supplier reviews its sessions"
    And a coordinator of "212000-2239" has verified the "study-guidance" competence of "Yonas Tesfay"
    Then the application of "212000-0837" in "ti" waits because "is not on offer"
    When a platform administrator resumes "Study guidance online, Arabic"
    Then the application of "212000-0837" in "ti" is placed with "Yonas Tesfay"
    And the explanation for "212000-0837" in "ti" says "Opened a new Tigrinya delivery"

  Scenario: A resource whose competence expired is no longer matched after the daily run; the day's run is requested once
    Given "212000-0811" applies for 2 participants to "Study guidance online, Arabic" in "ar" from "2026-12-07"
    Then the application of "212000-0811" in "ar" waits because "needs at least 3 participants and only 2 wait"
    When the date is "2027-07-01"
    Then the application of "212000-0811" in "ar" waits because "needs at least 3 participants and only 2 wait"
    When the matching sweep runs
    Then the sweep requested the day's matching run
    And the application of "212000-0811" in "ar" waits because "No verified resource speaks Arabic"
    When the matching sweep runs
    Then the sweep requested no daily matching run
    When the date is "2027-07-02"
    And the matching sweep runs
    Then the sweep requested the day's matching run
