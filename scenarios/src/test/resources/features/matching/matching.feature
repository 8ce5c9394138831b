Feature: Matching
  Waiting applications are matched with verified resources who have free hours: an open delivery of the same
  offering and language is filled before a new one opens, and every decision is explained in plain language.
  (Applications and offerings are not stored yet; these scenarios put them straight into matching's demand.)

  Background:
    Given I am a platform administrator
    And the municipality "Malmö stad" with organisation number "212000-1124" and population 365252 is registered as supplier and consumer
    And the municipality "Ronneby kommun" with organisation number "212000-0837" and population 29021 is registered as supplier and consumer
    And the municipality "Olofströms kommun" with organisation number "212000-0811" and population 13061 is registered as consumer
    And the municipality "Borlänge kommun" with organisation number "212000-2239" and population 51424 is registered as consumer
    And the offering "Study guidance online" needs "study-guidance", is delivered in "ar, ti" with 1 session of 60 minutes a week for 10 weeks to groups of 3 to 8
    And the resource "Amina Haddad" employed by "212000-1124" speaks "ar, sv" and has declared "study-guidance" until "2027-06-30"
    And a coordinator of "212000-0837" has verified the "study-guidance" competence of "Amina Haddad"

  Scenario: Olofström and Borlänge share one Arabic delivery led by a Malmö-employed study guide
    Given "212000-0811" applies for 2 participants to "Study guidance online" in "ar" from "2026-12-07"
    And "212000-2239" applies for 1 participant to "Study guidance online" in "ar" from "2026-12-07"
    When matching runs
    Then the applications of "212000-0811" in "ar" and "212000-2239" in "ar" share one delivery led by "Amina Haddad"
    And the explanation for "212000-2239" in "ar" says "Placed in the open Arabic delivery"
    And the explanation for "212000-2239" in "ar" says "led by Amina Haddad (employed by Malmö stad)"
    And the delivery's cost of "19500.00" is split "13000.00" to "212000-0811" and "6500.00" to "212000-2239"

  Scenario: A Tigrinya application waits with its reason until a Tigrinya-speaking resource is verified
    Given the resource "Yonas Tesfay" employed by "212000-1124" speaks "ti" and has declared "study-guidance" until "2028-06-30"
    And "212000-0837" applies for 3 participants to "Study guidance online" in "ti" from "2026-12-07"
    When matching runs
    Then the application of "212000-0837" in "ti" waits because "No verified resource speaks Tigrinya"
    When a coordinator of "212000-0837" has verified the "study-guidance" competence of "Yonas Tesfay"
    And matching runs
    Then the application of "212000-0837" in "ti" is placed with "Yonas Tesfay"

  Scenario: A competence expiring moves future matching away from that resource
    Given the resource "Karim Nasser" employed by "212000-0837" speaks "ar", charges "520.00" an hour and has declared "study-guidance" until "2029-01-01"
    And a coordinator of "212000-1124" has verified the "study-guidance" competence of "Karim Nasser"
    And "212000-0811" applies for 3 participants to "Study guidance online" in "ar" from "2026-12-07"
    When matching runs
    Then the application of "212000-0811" in "ar" is placed with "Amina Haddad"
    When the date is "2027-06-01"
    And "212000-2239" applies for 3 participants to "Study guidance online" in "ar" from "2027-06-07"
    And matching runs
    Then the application of "212000-2239" in "ar" is placed with "Karim Nasser"
    And the explanation for "212000-2239" in "ar" says "Karim Nasser (employed by Ronneby kommun)"

  Scenario: Too few participants wait unless the application is urgent
    Given "212000-0811" applies for 1 participant to "Study guidance online" in "ar" from "2026-12-07"
    When matching runs
    Then the application of "212000-0811" in "ar" waits because "needs at least 3 participants and only 1 wait"
    Given "212000-2239" urgently applies for 1 participant to "Study guidance online" in "ar" from "2026-12-07"
    When matching runs
    Then the application of "212000-2239" in "ar" is placed with "Amina Haddad"
    And the application of "212000-0811" in "ar" is placed with "Amina Haddad"
