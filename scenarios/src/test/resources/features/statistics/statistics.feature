Feature: Statistics per consumer, per supplier and for the owner
  Consumer organisations follow their applications, participants, deliveries, hours and cost per month and per
  offering; suppliers their demand, sales and utilisation; the owner the transaction volume, the fee revenue per
  rule and how many municipalities use each offering. Money comes from the settled months' lines, so the figures
  agree with the statements to the öre; counts come from the applications and deliveries themselves.

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
    And the demo fee schedule applies from 2026
    And "212000-0811" applies for 2 participants to "Study guidance online, Arabic" in "ar" from "2026-12-07"
    And "212000-2239" applies for 1 participant to "Study guidance online, Arabic" in "ar" from "2026-12-07"
    And the date is "2026-12-07"
    And the supplier starts the delivery of the application of "212000-0811" in "ar"
    And the date is "2027-02-15"
    And the supplier completes the delivery of the application of "212000-0811" in "ar" with every participant completed
    And "2027-02" is settled

  Scenario: After the worked example is settled, Olofström's statistics show what it applied for, took part in and paid
    Given I am consumer staff of "212000-0811"
    When I read the consumer statistics of "212000-0811" from "2026-11" to "2027-02"
    Then the statistics show:
      | series       | 2026-11 | 2026-12 | 2027-01 | 2027-02  | total    |
      | applications | 1       | 0       | 0       | 0        | 1        |
      | participants | 2       | 0       | 0       | 0        | 2        |
      | deliveries   | 0       | 1       | 0       | 0        | 1        |
      | hours        | 0.00    | 10.00   | 0.00    | 0.00     | 10.00    |
      | cost         | 0.00    | 0.00    | 0.00    | 13000.00 | 13000.00 |
    And the statistics of the offering "Study guidance online, Arabic" show:
      | series | 2026-11 | 2026-12 | 2027-01 | 2027-02  | total    |
      | cost   | 0.00    | 0.00    | 0.00    | 13000.00 | 13000.00 |

  Scenario: Ronneby's supplier statistics show its sales, the fee charged and the seats it filled
    Given I am supplier staff of "212000-0837"
    When I read the supplier statistics of "212000-0837" from "2026-12" to "2027-02"
    Then the statistics show:
      | series          | 2026-12 | 2027-01 | 2027-02  | total    |
      | deliveries      | 1       | 0       | 0        | 1        |
      | seatsOffered    | 8       | 0       | 0        | 8        |
      | seatsPlaced     | 3       | 0       | 0        | 3        |
      | utilisation     | 37.50   | 0.00    | 0.00     | 37.50    |
      | hours           | 10.00   | 0.00    | 0.00     | 10.00    |
      | sales           | 0.00    | 0.00    | 19500.00 | 19500.00 |
      | transactionFees | 0.00    | 0.00    | 975.00   | 975.00   |

  Scenario: The owner sees the transaction volume, the fee revenue per rule and how many municipalities use the offering
    When I read the platform statistics from "2026-11" to "2027-02"
    Then the statistics show:
      | series            | 2026-11 | 2026-12 | 2027-01 | 2027-02  | total    |
      | applications      | 2       | 0       | 0       | 0        | 2        |
      | participants      | 3       | 0       | 0       | 0        | 3        |
      | transactionVolume | 0.00    | 0.00    | 0.00    | 19500.00 | 19500.00 |
      | feeRevenue        | 0.00    | 0.00    | 0.00    | 975.00   | 975.00   |
    And the fee revenue from "TRANSACTION_FEE" under the rule "fee-schedule@2026-01-01" is "975.00"
    And "Study guidance online, Arabic" is used by 2 municipalities and 2 consumer organisations

  Scenario: A consumer reads neither another consumer's statistics nor the owner's
    Given I am consumer staff of "212000-0811"
    When I read the consumer statistics of "212000-2239" from "2026-11" to "2027-02"
    Then it is refused with "ACCESS_DENIED"
    When I read the platform statistics from "2026-11" to "2027-02"
    Then it is refused with "ACCESS_DENIED"
