Feature: Fee rules and monthly settlement
  The owner configures the fee rules; every month is settled between all organisations, the owner included,
  and always sums to exactly 0.00. Populations are the real ones of the municipalities; the owner and the
  partner company are fictitious demo organisations.

  Background:
    Given I am a platform administrator
    And today is "2026-11-23"
    And the owner "eSP Nationell plattform (fiktiv demoägare)" with organisation number "802999-0002" is registered
    And the demo fee schedule applies from 2026

  Scenario: A partner fee is prorated for a partnership starting on the 10th of a 30-day month
    Given the partner company "Exempel Digital Välfärd AB (fiktiv demopartner)" with organisation number "559999-0008" is registered
    When "559999-0008" agrees to a partner fee of "30000.00" per month from "2026-11-10"
    And "2026-11" is settled
    Then "559999-0008" owes "21000.00" as partner fee in "2026-11"
    And the net of "802999-0002" in "2026-11" is "21000.00"
    And "2026-11" sums to exactly 0.00

  Scenario: A joint cost of 100 000.00 SEK split by population between three municipalities sums exactly
    Given the municipality "Ronneby kommun" with organisation number "212000-0837" and population 29021 is registered as supplier and consumer
    And the municipality "Olofströms kommun" with organisation number "212000-0811" and population 13061 is registered as consumer
    And the municipality "Borlänge kommun" with organisation number "212000-2239" and population 51424 is registered as consumer
    When a joint cost "Joint development of the booking module" of "100000.00" is split by population in "2026-11" between "212000-0837, 212000-0811 and 212000-2239"
    And "2026-11" is settled
    Then the shares of the joint cost of "100000.00" in "2026-11" are:
      | 212000-0837 | 31036.51 |
      | 212000-0811 | 13968.09 |
      | 212000-2239 | 54995.40 |
    And "2026-11" sums to exactly 0.00

  Scenario: Indexation raises next year's annual membership fee
    Given the municipality "Olofströms kommun" with organisation number "212000-0811" and population 13061 is registered as consumer
    And "212000-0811" became a member on "2026-01-01"
    When "2026-01" is settled
    And "2027-01" is settled
    Then "212000-0811" owes "16000.00" as annual membership fee in "2026-01"
    And "212000-0811" owes "16800.00" as annual membership fee in "2027-01"
    And "2027-01" sums to exactly 0.00

  Scenario: A consumer sees only its own statement
    Given the municipality "Olofströms kommun" with organisation number "212000-0811" and population 13061 is registered as consumer
    And the municipality "Borlänge kommun" with organisation number "212000-2239" and population 51424 is registered as consumer
    And "2026-11" is settled
    And I am consumer staff of "212000-0811"
    When I read the statement of "212000-2239" for "2026-11"
    Then it is refused with "ACCESS_DENIED"

  Scenario: The worked example holds to the öre
    Given the municipality "Ronneby kommun" with organisation number "212000-0837" and population 29021 is registered as supplier and consumer
    And the municipality "Olofströms kommun" with organisation number "212000-0811" and population 13061 is registered as consumer
    And the municipality "Borlänge kommun" with organisation number "212000-2239" and population 51424 is registered as consumer
    And the municipality "Malmö stad" with organisation number "212000-1124" and population 365252 is registered as supplier and consumer
    And the delivery is led by a resource employed by "212000-1124" for "10" hours at "450.00"
    And "212000-0837" sold "study-guidance-arabic-1" on "2026-11-12" at "6500.00" per participant to:
      | 212000-0811 | 2 |
      | 212000-2239 | 1 |
    When "2026-11" is settled
    Then the net of "212000-0811" in "2026-11" is "-13000.00"
    And the net of "212000-2239" in "2026-11" is "-6500.00"
    And the net of "212000-0837" in "2026-11" is "14025.00"
    And the net of "212000-1124" in "2026-11" is "4500.00"
    And the net of "802999-0002" in "2026-11" is "975.00"
    And "2026-11" sums to exactly 0.00

  Scenario: A correction after closing appears as a credit in the next period
    Given the municipality "Ronneby kommun" with organisation number "212000-0837" and population 29021 is registered as supplier and consumer
    And the municipality "Olofströms kommun" with organisation number "212000-0811" and population 13061 is registered as consumer
    And the municipality "Borlänge kommun" with organisation number "212000-2239" and population 51424 is registered as consumer
    And the municipality "Malmö stad" with organisation number "212000-1124" and population 365252 is registered as supplier and consumer
    And the delivery is led by a resource employed by "212000-1124" for "10" hours at "450.00"
    And "212000-0837" sold "study-guidance-arabic-1" on "2026-11-12" at "6500.00" per participant to:
      | 212000-0811 | 2 |
      | 212000-2239 | 1 |
    And today is "2026-12-01"
    And "2026-11" is closed
    When "study-guidance-arabic-1" is cancelled
    And "2026-12" is settled
    Then "212000-0811" is credited "13000.00" in "2026-12" as a correction of "2026-11"
    And "212000-1124" is credited "-4500.00" in "2026-12" as a correction of "2026-11"
    And "2026-11" stays closed with the net of "212000-0811" at "-13000.00"
    And "2026-12" sums to exactly 0.00
