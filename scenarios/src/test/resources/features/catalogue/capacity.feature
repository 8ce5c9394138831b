Feature: Capacity in the catalogue
  Each hit of the catalogue shows, per delivery language, the next day a participant could start and the applications
  waiting, from matching's state: a delivery not yet started with room, or a verified resource with free weekly time
  within their cap. A case officer can ask only for what can start within so many days.

  Background:
    Given I am a platform administrator
    And the owner "eSP Nationell plattform (fiktiv demoägare)" with organisation number "802999-0002" is registered
    And the municipality "Malmö stad" with organisation number "212000-1124" and population 365252 is registered as supplier and consumer
    And the municipality "Ronneby kommun" with organisation number "212000-0837" and population 29021 is registered as supplier and consumer
    And the municipality "Olofströms kommun" with organisation number "212000-0811" and population 13061 is registered as consumer
    And the municipality "Borlänge kommun" with organisation number "212000-2239" and population 51424 is registered as consumer
    And the date is "2026-12-01"
    And "Ronneby kommun" offers "Study guidance online, Arabic" needing "study-guidance", delivered in "ar" with 1 session of 60 minutes a week for 10 weeks to groups of 3 to 8 at "6500.00" per participant
    And the resource "Karim Nasser" employed by "212000-1124" speaks "ar", works at most 1 hour a week and has declared "study-guidance" until "2029-01-01"
    And a coordinator of "212000-0837" has verified the "study-guidance" competence of "Karim Nasser"

  Scenario: An offering whose only resource is fully booked shows a later next start and its waiting list
    Then the catalogue shows "Study guidance online, Arabic" with its next start on "2026-12-01" in "ar" and 0 applications waiting
    And searching the catalogue for what can start within 14 days finds "Study guidance online, Arabic"
    When "212000-0811" applies for 8 participants to "Study guidance online, Arabic" in "ar" from "2026-12-07"
    Then the application of "212000-0811" in "ar" is placed with "Karim Nasser"
    When "212000-2239" applies for 2 participants to "Study guidance online, Arabic" in "ar" from "2026-12-07"
    Then the application of "212000-2239" in "ar" waits because "none has enough free hours left"
    And the catalogue shows "Study guidance online, Arabic" with its next start on "2027-02-15" in "ar" and 1 application waiting
    And searching the catalogue for what can start within 14 days leaves out "Study guidance online, Arabic"
    And searching the catalogue for what can start within 90 days finds "Study guidance online, Arabic"
