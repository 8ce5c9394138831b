Feature: What the people who book the money receive, and months in order
  A closed month gives every organisation its documents: the owner's invoice of what it owes, a Peppol
  self-billing invoice (or, as the owner chooses, a payment advice) of what it is owed, and credit notes that
  refer to the documents a correction credits. Months close strictly in order. Membership fees follow the months
  of membership; a population or participation level applies from the day it changed. Every month sums to exactly
  0.00.

  Background:
    Given I am a platform administrator
    And today is "2026-11-23"
    And the owner "eSP Nationell plattform (fiktiv demoägare)" with organisation number "802999-0002" is registered
    And the demo fee schedule applies from 2026
    And the municipality "Ronneby kommun" with organisation number "212000-0837" and population 29021 is registered as supplier and consumer
    And the municipality "Olofströms kommun" with organisation number "212000-0811" and population 13061 is registered as consumer
    And the municipality "Borlänge kommun" with organisation number "212000-2239" and population 51424 is registered as consumer
    And the municipality "Malmö stad" with organisation number "212000-1124" and population 365252 is registered as supplier and consumer

  Scenario: The seller and the lending employer get self-billing invoices, the buyers invoices
    Given the delivery is led by a resource employed by "212000-1124" for "10" hours at "450.00"
    And "212000-0837" sold "study-guidance-arabic-1" on "2026-11-12" at "6500.00" per participant to:
      | 212000-0811 | 2 |
      | 212000-2239 | 1 |
    And today is "2026-12-01"
    When "2026-11" is closed
    Then the documents of "212000-0811" for "2026-11" are:
      | INVOICE | ESP-2026-11-2120000811 | - | 13000.00 |
    And the documents of "212000-2239" for "2026-11" are:
      | INVOICE | ESP-2026-11-2120002239 | - | 6500.00 |
    And the documents of "212000-0837" for "2026-11" are:
      | INVOICE              | ESP-2026-11-2120000837    | - | 5718.75  |
      | SELF_BILLING_INVOICE | ESP-SB-2026-11-2120000837 | - | 19500.00 |
    And the documents of "212000-1124" for "2026-11" are:
      | SELF_BILLING_INVOICE | ESP-SB-2026-11-2120001124 | - | 4500.00 |
    And "802999-0002" has no documents for "2026-11"
    And the net of "212000-0837" in "2026-11" is "14025.00"
    And "2026-11" sums to exactly 0.00

  Scenario: An owner who prefers payment advices sends one to the lending employer
    Given the owner sends payment advices for money owed
    And the delivery is led by a resource employed by "212000-1124" for "10" hours at "450.00"
    And "212000-0837" sold "study-guidance-arabic-1" on "2026-11-12" at "6500.00" per participant to:
      | 212000-0811 | 2 |
      | 212000-2239 | 1 |
    And today is "2026-12-01"
    When "2026-11" is closed
    Then the documents of "212000-1124" for "2026-11" are:
      | PAYMENT_ADVICE | ESP-PA-2026-11-2120001124 | - | 4500.00 |
    And "2026-11" sums to exactly 0.00

  Scenario: A delivery cancelled after its month closed is credited by credit notes referring to that month's documents
    Given the delivery is led by a resource employed by "212000-1124" for "10" hours at "450.00"
    And "212000-0837" sold "study-guidance-arabic-1" on "2026-11-12" at "6500.00" per participant to:
      | 212000-0811 | 2 |
      | 212000-2239 | 1 |
    And today is "2026-12-01"
    And "2026-11" is closed
    When "study-guidance-arabic-1" is cancelled
    And today is "2027-01-01"
    And "2026-12" is closed
    Then the documents of "212000-0811" for "2026-12" are:
      | CREDIT_NOTE | ESP-CN-2026-12-2120000811-2026-11 | ESP-2026-11-2120000811 | 13000.00 |
    And the documents of "212000-0837" for "2026-12" are:
      | CREDIT_NOTE              | ESP-CN-2026-12-2120000837-2026-11   | ESP-2026-11-2120000837    | 5718.75  |
      | SELF_BILLING_CREDIT_NOTE | ESP-SBCN-2026-12-2120000837-2026-11 | ESP-SB-2026-11-2120000837 | 19500.00 |
    And the documents of "212000-1124" for "2026-12" are:
      | SELF_BILLING_CREDIT_NOTE | ESP-SBCN-2026-12-2120001124-2026-11 | ESP-SB-2026-11-2120001124 | 4500.00 |
    And "2026-11" stays closed with the net of "212000-0811" at "-13000.00"
    And "2026-12" sums to exactly 0.00

  Scenario: An open earlier month blocks a later close, and no month is skipped
    Given the delivery is led by a resource employed by "212000-1124" for "10" hours at "450.00"
    And "212000-0837" sold "study-guidance-arabic-1" on "2026-11-12" at "6500.00" per participant to:
      | 212000-0811 | 2 |
      | 212000-2239 | 1 |
    And "2026-11" is settled
    And a joint cost "Hosting December" of "1000.00" is split equally in "2026-12" between "212000-0811 and 212000-2239"
    And "2026-12" is settled
    And today is "2027-01-02"
    When I try to close "2026-12"
    Then it is refused with "SETTLEMENT_PERIOD_OUT_OF_ORDER"
    When "2026-11" is closed
    And "2026-12" is closed
    And today is "2027-03-01"
    And I try to close "2027-02"
    Then it is refused with "SETTLEMENT_PERIOD_OUT_OF_ORDER"
    And "2026-11" stays closed with the net of "212000-0811" at "-13000.00"
    And "2026-12" stays closed with the net of "212000-0811" at "-500.00"
    And "2026-12" sums to exactly 0.00

  Scenario: A member joining on the last day of March pays the annual fee for March to December
    Given "212000-0811" became a member on "2026-03-31"
    When "2026-03" is settled
    Then "212000-0811" owes "10000.00" as membership entry fee in "2026-03"
    And "212000-0811" owes "13333.33" as annual membership fee in "2026-03"
    And "2026-03" sums to exactly 0.00

  Scenario: A member leaving in May after January was closed is refunded June to December
    Given "212000-2239" became a member on "2027-01-01"
    And today is "2027-02-01"
    And "2027-01" is closed
    When "212000-2239" leaves on "2027-05-20"
    And "2027-05" is settled
    Then "212000-2239" owes "16800.00" as annual membership fee in "2027-01"
    And "212000-2239" is refunded "9800.00" of the annual membership fee in "2027-05"
    And the net of "802999-0002" in "2027-05" is "-9800.00"
    And "2027-05" sums to exactly 0.00

  Scenario: A settled month is settled again after a late correction, before it is closed
    Given the delivery is led by a resource employed by "212000-1124" for "10" hours at "450.00"
    And "212000-0837" sold "study-guidance-arabic-1" on "2026-11-12" at "6500.00" per participant to:
      | 212000-0811 | 2 |
      | 212000-2239 | 1 |
    And "2026-11" is settled
    When a joint cost "Late invoice for the booking module" of "1000.00" is split equally in "2026-11" between "212000-0811 and 212000-2239"
    And "2026-11" is settled
    Then "2026-11" has been settled 2 times
    And the net of "212000-0811" in "2026-11" is "-13500.00"
    And the net of "212000-2239" in "2026-11" is "-7000.00"
    And the net of "802999-0002" in "2026-11" is "1975.00"
    And "2026-11" sums to exactly 0.00

  Scenario: A participation level raised in July keeps January's fee and charges July to December of the difference
    Given "212000-0837" takes part at level "ACTIVE" from "2026-01-01"
    And "2026-01" is settled
    When "212000-0837" takes part at level "DRIVING" from "2026-07-01"
    And "2026-01" is settled
    And "2026-07" is settled
    And "2027-01" is settled
    Then "212000-0837" owes "500000.00" as participation fee in "2026-01"
    And "212000-0837" owes "250000.00" as participation fee in "2026-07"
    And "212000-0837" owes "1050000.00" as participation fee in "2027-01"
    And "2026-07" sums to exactly 0.00
    And "2027-01" sums to exactly 0.00

  Scenario: A grown population moves the member to a higher band from the next year's fee, and a closed month is not rewritten
    Given "212000-0811" became a member on "2026-01-01"
    And today is "2026-02-01"
    And "2026-01" is closed
    When the population of "212000-0811" is 120000 from "2026-01-15"
    Then it is refused with "SETTLEMENT_PERIOD_CLOSED"
    When the population of "212000-0811" is 120000 from "2026-06-01"
    And "2027-01" is settled
    Then "2026-01" stays closed with the net of "212000-0811" at "-26000.00"
    And "212000-0811" owes "16000.00" as annual membership fee in "2026-01"
    And "212000-0811" owes "33600.00" as annual membership fee in "2027-01"
    And "2027-01" sums to exactly 0.00
