# language: sv
Egenskap: Resurser
  Yrkespersoner i den nationella poolen anger sina kompetenser med underlag och sista giltighetsdag. En
  samordnare från en annan organisation än resursens arbetsgivare verifierar eller avvisar varje kompetens;
  bara verifierade kompetenser räknas, och var och en slutar räknas på sitt utgångsdatum.

  Bakgrund:
    Givet att jag är plattformsadministratör
    Och att kommunen "Malmö stad" med organisationsnummer "212000-1124" och 365252 invånare är registrerad som leverantör och konsument
    Och att kommunen "Ronneby kommun" med organisationsnummer "212000-0837" och 29021 invånare är registrerad som leverantör
    Och att resursen "Amina Haddad" anställd av "212000-1124" talar "ar, sv" och har angett kompetensen "study-guidance" till "2027-06-30"

  Scenario: En samordnare från en annan organisation verifierar en kompetens
    Givet att jag är samordnare hos "212000-0837"
    När jag verifierar kompetensen "study-guidance" hos "Amina Haddad"
    Så har resursen "Amina Haddad" status "VERIFIED"
    Och räknas kompetensen "study-guidance" hos "Amina Haddad"
    Och väntar en händelse "CompetenceVerified" för resursen "Amina Haddad" i utkorgen

  Scenario: En samordnare hos resursens egen arbetsgivare avvisas
    Givet att jag är samordnare hos "212000-1124"
    När jag verifierar kompetensen "study-guidance" hos "Amina Haddad"
    Så avvisas det med "REVIEW_OF_OWN_ORGANISATION"
    Och har resursen "Amina Haddad" status "APPLIED"

  Scenario: En kompetens slutar räknas på sitt utgångsdatum
    Givet att en samordnare hos "212000-0837" har verifierat kompetensen "study-guidance" hos "Amina Haddad"
    När datumet är "2027-06-29"
    Så räknas kompetensen "study-guidance" hos "Amina Haddad"
    När datumet är "2027-06-30"
    Så räknas kompetensen "study-guidance" hos "Amina Haddad" inte längre

  Scenario: En avvisad kompetens räknas aldrig
    Givet att jag är samordnare hos "212000-0837"
    När jag avvisar kompetensen "study-guidance" hos "Amina Haddad" eftersom "examensbeviset går inte att läsa"
    Så har resursen "Amina Haddad" status "APPLIED"
    Och räknas kompetensen "study-guidance" hos "Amina Haddad" inte längre
    Och väntar en händelse "CompetenceRejected" för resursen "Amina Haddad" i utkorgen
