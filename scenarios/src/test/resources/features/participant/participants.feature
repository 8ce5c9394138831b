Feature: Participants' personal data
  A consumer organisation applies for residents, the participants. They are often vulnerable people: the
  platform keeps the minimum, lets only the applying consumer (and, with deliveries, the delivering supplier
  and its resources) see them, logs every read and change, and anonymises them when the retention period after
  completion has run out.

  Background:
    Given I am a platform administrator
    And the municipality "Malmö stad" with organisation number "212000-1124" and population 365252 is registered as supplier and consumer
    And the municipality "Olofströms kommun" with organisation number "212000-0811" and population 13061 is registered as consumer
    And I am consumer staff of "212000-1124"

  Scenario: The identity number is kept only when the offering's form asks for it, and gives the age
    When I register the participant "Amina Yusuf" with personal identity number "19811218-9876" speaking "ar" for a form that asks for it
    Then "Amina Yusuf" is 44 years old on "2026-11-23"
    When I register the participant "Sara Haile" with personal identity number "19811218-9876" speaking "ti" for a form that does not ask for it
    Then it is refused because "personalIdentityNumber" has "NOT_ALLOWED"
    When I register the participant "Sara Haile" with personal identity number "19811218-9875" speaking "ti" for a form that asks for it
    Then it is refused because "personalIdentityNumber" has "INVALID_CHECK_DIGIT"

  Scenario: A consumer of another municipality cannot read a participant, and the attempt is logged
    Given the participant "Amina Yusuf" speaking "ar" and reachable at "amina@example.org" is registered
    And I am consumer staff of "212000-0811"
    When I read the participant "Amina Yusuf"
    Then it is refused with "PARTICIPANT_NOT_FOUND"
    And the audit log of "Amina Yusuf" holds a refused read by staff of "212000-0811"

  Scenario: Supplier staff without a delivery and platform administrators cannot read a participant
    Given the participant "Amina Yusuf" speaking "ar" and reachable at "amina@example.org" is registered
    And I am supplier staff of "212000-1124"
    When I read the participant "Amina Yusuf"
    Then it is refused with "PARTICIPANT_NOT_FOUND"
    Given I am a platform administrator
    When I read the participant "Amina Yusuf"
    Then it is refused with "ACCESS_DENIED"

  Scenario: Every read and change of personal data is in the audit log
    Given the participant "Amina Yusuf" speaking "ar" and reachable at "amina@example.org" is registered
    When I read the participant "Amina Yusuf"
    Then I see the participant "Amina Yusuf"
    When I change the e-mail address of "Amina Yusuf" to "amina.yusuf@example.org"
    Then the e-mail address of "Amina Yusuf" is "amina.yusuf@example.org"
    When I read the participant "Amina Yusuf"
    And I export the participant "Amina Yusuf"
    Given I am consumer staff of "212000-0811"
    When I read the participant "Amina Yusuf"
    Then every read of "Amina Yusuf" in this scenario is in the audit log
    And the audit log of "Amina Yusuf" holds 2 changes

  Scenario: After the retention period no personal data of the participant remains anywhere
    When I register the participant "Amina Yusuf" with personal identity number "19811218-9876" speaking "ar" for a form that asks for it
    And I read the participant "Amina Yusuf"
    And the participation of "Amina Yusuf" is completed
    And 23 months and 27 days pass
    And the retention job runs
    Then the personal data of "Amina Yusuf" is still kept
    And the storage holds the name of "Amina Yusuf"
    When 0 months and 4 days pass
    And the retention job runs
    Then "Amina Yusuf" is anonymised
    And "Amina Yusuf" is still counted as a participant of "212000-1124"
    And the outbox tells that "Amina Yusuf" was anonymised
    And no table, outbox entry, audit line or log line holds the name or identity number of "Amina Yusuf"

  Scenario: The owner configures a shorter retention period
    Given personal data is kept for 6 months after completion
    And the participant "Amina Yusuf" speaking "ar" and reachable at "amina@example.org" is registered
    When the participation of "Amina Yusuf" is completed
    And 6 months and 1 day pass
    And the retention job runs
    Then "Amina Yusuf" is anonymised
    And no table, outbox entry, audit line or log line holds the name or identity number of "Amina Yusuf"
