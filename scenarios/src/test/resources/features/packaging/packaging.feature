Feature: Packaging, quality review and the catalogue
  A supplier packages a service once; a coordinator of another organisation reviews it against the owner's
  checklist (goal stated, target group described, method and pedagogy, accessibility, personal data handling,
  price justified, competence requirement defined); once approved it is published as an offering version that
  every organisation finds in the national catalogue.

  Background:
    Given the supplier organisations "Ronneby kommun" and "Malmö stad" are registered

  Scenario: A packaging is returned with a remark, revised, approved and published
    Given I am supplier staff of "Ronneby kommun"
    When I package "Studievägledning online på arabiska" (in English "Study guidance online in Arabic") delivered in "ar" at "1200.00" per participant
    And I submit "Studievägledning online på arabiska" for review
    And I am a coordinator of "Malmö stad"
    And I take "Studievägledning online på arabiska" up for review
    And I judge "Studievägledning online på arabiska" failing "accessibility" with the remark "Describe how participants with impaired hearing take part."
    Then "Studievägledning online på arabiska" was returned because "accessibility" failed with the remark "Describe how participants with impaired hearing take part."
    And searching the catalogue for "studievägledning" finds nothing
    When I am supplier staff of "Ronneby kommun"
    And I describe "Studievägledning online på arabiska" in Swedish as "Tio gruppträffar med studievägledare. Alla träffar textas."
    And I submit "Studievägledning online på arabiska" for review
    And I am a coordinator of "Malmö stad"
    And I take "Studievägledning online på arabiska" up for review
    And I judge "Studievägledning online på arabiska" passing every criterion
    Then "Studievägledning online på arabiska" has the status "APPROVED"
    When I am supplier staff of "Ronneby kommun"
    And I publish "Studievägledning online på arabiska"
    Then "Studievägledning online på arabiska" has the status "PUBLISHED"
    And the review history of "Studievägledning online på arabiska" is "RETURNED, APPROVED"
    And searching the catalogue for "studievägledning" finds "Studievägledning online på arabiska" at "1200.00", version 1
    And searching the catalogue for "guidance arabic" finds "Studievägledning online på arabiska" at "1200.00", version 1

  Scenario: The reviewer sees exactly what the supplier changed since the draft was returned
    Given I am supplier staff of "Ronneby kommun"
    And I package "Studievägledning online på arabiska" (in English "Study guidance online in Arabic") delivered in "ar" at "1200.00" per participant
    And I submit "Studievägledning online på arabiska" for review
    And I am a coordinator of "Malmö stad"
    And I take "Studievägledning online på arabiska" up for review
    And I judge "Studievägledning online på arabiska" failing "price-justified" with the remark "Justify the price against the other languages."
    When I am supplier staff of "Ronneby kommun"
    And I describe "Studievägledning online på arabiska" in Swedish as "Tio gruppträffar. Priset följer tolkkostnaden för arabiska."
    And I change the price of "Studievägledning online på arabiska" to "1150.00"
    And I submit "Studievägledning online på arabiska" for review
    And I am a coordinator of "Malmö stad"
    And I ask what changed in "Studievägledning online på arabiska" since it was returned
    Then it is compared with the draft returned because "price-justified" failed with the remark "Justify the price against the other languages."
    And exactly these fields changed:
      | field               | change  | before                                                               | after                                                       |
      | descriptions.sv     | CHANGED | Tio gruppträffar med studievägledare om studier och yrken i Sverige. | Tio gruppträffar. Priset följer tolkkostnaden för arabiska. |
      | pricePerParticipant | CHANGED | 1200.00                                                              | 1150.00                                                     |
    When I ask what changed in "Studievägledning online på arabiska" since the version on offer
    Then there is no such version to compare with

  Scenario: A coordinator may not review a packaging of their own organisation
    Given I am supplier staff of "Ronneby kommun"
    And I package "Samhällsorientering online" (in English "Civic orientation online") delivered in "ar, so, ti" at "3000.00" per participant
    And I submit "Samhällsorientering online" for review
    When I am a coordinator of "Ronneby kommun"
    And I take "Samhällsorientering online" up for review
    Then it is refused with "REVIEW_OF_OWN_ORGANISATION"
    And "Samhällsorientering online" has the status "SUBMITTED"

  Scenario: Staff of another organisation may not edit a packaging
    Given I am supplier staff of "Ronneby kommun"
    And I package "E-hälsa för vuxenstuderande" (in English "E-health for adult learners") delivered in "sv" at "800.00" per participant
    When I am supplier staff of "Malmö stad"
    And I change the title of "E-hälsa för vuxenstuderande" to "Malmös e-hälsa"
    Then it is refused with "ACCESS_DENIED"
    And "E-hälsa för vuxenstuderande" is still titled "E-hälsa för vuxenstuderande"

  Scenario: An incomplete packaging cannot be submitted
    Given I am supplier staff of "Malmö stad"
    When I start a packaging with nothing but the title "Halvfärdig kurs"
    And I submit "Halvfärdig kurs"
    Then it is refused as incomplete, missing "titles.en, descriptions.sv, phase, components, pricePerParticipant"
    And "Halvfärdig kurs" has the status "DRAFT"

  Scenario: A revision is reviewed while the published version stays on offer
    Given I am supplier staff of "Malmö stad"
    And I package "Samhällsorientering online" (in English "Civic orientation online") delivered in "ar, so" at "3000.00" per participant
    And I submit "Samhällsorientering online" for review
    And I am a coordinator of "Ronneby kommun"
    And I take "Samhällsorientering online" up for review
    And I judge "Samhällsorientering online" passing every criterion
    And I am supplier staff of "Malmö stad"
    And I publish "Samhällsorientering online"
    When I start a revision of "Samhällsorientering online"
    And I change the title of "Samhällsorientering online" to "Samhällsorientering online, ny upplaga"
    And I change the price of "Samhällsorientering online" to "2800.00"
    And I submit "Samhällsorientering online" for review
    And I am a coordinator of "Ronneby kommun"
    And I take "Samhällsorientering online" up for review
    Then "Samhällsorientering online" has the status "IN_REVIEW"
    And searching the catalogue for "samhällsorientering" finds "Samhällsorientering online" at "3000.00", version 1
    When I ask what changed in "Samhällsorientering online" since the version on offer
    Then it is compared with version 1 on offer
    And exactly these fields changed:
      | field               | change  | before                     | after                                  |
      | titles.sv           | CHANGED | Samhällsorientering online | Samhällsorientering online, ny upplaga |
      | pricePerParticipant | CHANGED | 3000.00                    | 2800.00                                |
    When I ask what changed in "Samhällsorientering online" since it was returned
    Then there is no such version to compare with
    When I judge "Samhällsorientering online" passing every criterion
    And I am supplier staff of "Malmö stad"
    And I publish "Samhällsorientering online"
    Then searching the catalogue for "samhällsorientering" finds "Samhällsorientering online, ny upplaga" at "2800.00", version 2
    And the first version of "Samhällsorientering online" can still be read, titled "Samhällsorientering online"

  Scenario: What the service costs at a group size, to the öre
    Given I am supplier staff of "Ronneby kommun"
    And I package "Studievägledning online på somaliska" (in English "Study guidance online in Somali") delivered in "so" at "1200.00" per participant
    And "Studievägledning online på somaliska" costs "450.00" an hour for 10 online sessions of 60 minutes needing "1.5" hours each, with materials "500.00" and licences "1200.00" per delivery
    When I ask what "Studievägledning online på somaliska" costs at group size 8
    Then a digital delivery costs "8450.00", "1056.25" per participant
    And the price per participant that covers it after the "5" % transaction fee is "1111.84"
    And sold at its price the transaction fee is "480.00", the supplier keeps "9120.00" and breaks even at 8 participants
    And a physical delivery costs "11050.00"

  Scenario: A renamed supplier appears under its new name in the catalogue
    Given I am supplier staff of "Ronneby kommun"
    And I package "Studievägledning online på arabiska" (in English "Study guidance online in Arabic") delivered in "ar" at "1200.00" per participant
    And I submit "Studievägledning online på arabiska" for review
    And I am a coordinator of "Malmö stad"
    And I take "Studievägledning online på arabiska" up for review
    And I judge "Studievägledning online på arabiska" passing every criterion
    And I am supplier staff of "Ronneby kommun"
    And I publish "Studievägledning online på arabiska"
    And searching the catalogue for "arabiska" finds "Studievägledning online på arabiska" supplied by "Ronneby kommun"
    When I am a platform administrator
    And I rename the organisation "Ronneby kommun" to "Ronneby kommun i Blekinge"
    Then searching the catalogue for "arabiska" finds "Studievägledning online på arabiska" supplied by "Ronneby kommun i Blekinge"
    And the catalogue lists the supplier "Ronneby kommun i Blekinge" with 1 offering and no supplier "Ronneby kommun"
    And filtering the catalogue by the supplier "Ronneby kommun i Blekinge" finds only "Studievägledning online på arabiska"

  Scenario: Renaming an organisation that offers nothing leaves the catalogue as it was
    Given I am supplier staff of "Ronneby kommun"
    And I package "Studievägledning online på somaliska" (in English "Study guidance online in Somali") delivered in "so" at "1200.00" per participant
    And I submit "Studievägledning online på somaliska" for review
    And I am a coordinator of "Malmö stad"
    And I take "Studievägledning online på somaliska" up for review
    And I judge "Studievägledning online på somaliska" passing every criterion
    And I am supplier staff of "Ronneby kommun"
    And I publish "Studievägledning online på somaliska"
    When I am a platform administrator
    And I rename the organisation "Malmö stad" to "Malmö kommun"
    Then the rename left the catalogue unchanged
    And the catalogue lists the supplier "Ronneby kommun" with 1 offering and no supplier "Malmö kommun"
    And searching the catalogue for "somaliska" finds "Studievägledning online på somaliska" supplied by "Ronneby kommun"
