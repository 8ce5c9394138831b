# language: sv
Egenskap: Organisationer
  Kommuner, regioner, företag och föreningar deltar i plattformen som leverantörer, konsumenter och
  partner. Plattformsadministratören registrerar dem med deras organisationsnummer, vars sista siffra
  är en kontrollsiffra enligt Luhn.

  Bakgrund:
    Givet att jag är plattformsadministratör

  Scenario: En kommun registreras med bindestreck i organisationsnumret
    När jag registrerar kommunen "Olofströms kommun" med organisationsnummer "212000-0811" och 13061 invånare som konsument
    Så är "212000-0811" registrerad som "Olofströms kommun"
    Och sparas organisationsnumret för "212000-0811" som "2120000811"
    Och har "212000-0811" rollerna konsument
    Och väntar en händelse "OrganisationRegistered" för "212000-0811" i utkorgen

  Scenario: Fel kontrollsiffra avvisas och inget registreras
    När jag registrerar företaget "Felbolaget AB" med organisationsnummer "556677-8890"
    Så avvisas det eftersom "organisationNumber" har "INVALID_CHECK_DIGIT"
    Och har plattformen 0 organisationer

  Scenario: Ett organisationsnummer registreras bara en gång
    Givet att kommunen "Borlänge kommun" med organisationsnummer "212000-2239" och 51424 invånare är registrerad som konsument
    När jag registrerar kommunen "Borlänge igen" med organisationsnummer "2120002239" och 1 invånare som konsument
    Så avvisas det med "ORGANISATION_NUMBER_TAKEN"
    Och har plattformen 1 organisation

  Scenario: Bara plattformsadministratören registrerar organisationer
    Givet att kommunen "Olofströms kommun" med organisationsnummer "212000-0811" och 13061 invånare är registrerad som konsument
    Och att jag är handläggare hos konsumenten "212000-0811"
    När jag registrerar företaget "Exempel AB" med organisationsnummer "556677-8899"
    Så avvisas det med "ACCESS_DENIED"

  Scenario: En ändring utifrån en gammal version avvisas
    Givet att kommunen "Malmö stad" med organisationsnummer "212000-1124" och 365252 invånare är registrerad som konsument
    Och "212000-1124" byter namn till "Malmö" utifrån version 1
    När "212000-1124" byter namn till "Malmö kommun" utifrån version 1
    Så avvisas det med "STALE_VERSION"
    Och är "212000-1124" registrerad som "Malmö"

  Scenario: En kommun som köper blir också leverantör
    Givet att kommunen "Ronneby kommun" med organisationsnummer "212000-0837" och 29021 invånare är registrerad som konsument
    När jag låter "212000-0837" ha rollerna konsument och leverantör
    Så har "212000-0837" rollerna konsument och leverantör
    Och väntar en händelse "OrganisationRolesChanged" för "212000-0837" i utkorgen
