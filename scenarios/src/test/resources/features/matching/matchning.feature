# language: sv
Egenskap: Matchning
  Väntande ansökningar matchas med verifierade resurser som har lediga timmar: en öppen leverans av samma
  erbjudande och språk fylls innan en ny öppnas, och varje beslut förklaras i klartext.
  (Ansökningar och erbjudanden lagras inte ännu; scenarierna lägger dem direkt i matchningens efterfrågan.)

  Bakgrund:
    Givet att jag är plattformsadministratör
    Och att kommunen "Malmö stad" med organisationsnummer "212000-1124" och 365252 invånare är registrerad som leverantör och konsument
    Och att kommunen "Ronneby kommun" med organisationsnummer "212000-0837" och 29021 invånare är registrerad som leverantör och konsument
    Och att kommunen "Olofströms kommun" med organisationsnummer "212000-0811" och 13061 invånare är registrerad som konsument
    Och att kommunen "Borlänge kommun" med organisationsnummer "212000-2239" och 51424 invånare är registrerad som konsument
    Och att erbjudandet "Studiehandledning online" kräver "study-guidance", ges på "ar, ti" med 1 tillfälle om 60 minuter i veckan i 10 veckor för grupper om 3 till 8
    Och att resursen "Amina Haddad" anställd av "212000-1124" talar "ar, sv" och har angett kompetensen "study-guidance" till "2027-06-30"
    Och att en samordnare hos "212000-0837" har verifierat kompetensen "study-guidance" hos "Amina Haddad"

  Scenario: Olofström och Borlänge delar en arabisk leverans som leds av en studiehandledare anställd i Malmö
    Givet att "212000-0811" ansöker om 2 deltagare till "Studiehandledning online" på "ar" från "2026-12-07"
    Och att "212000-2239" ansöker om 1 deltagare till "Studiehandledning online" på "ar" från "2026-12-07"
    När matchningen körs
    Så delar ansökningarna från "212000-0811" på "ar" och "212000-2239" på "ar" en leverans som leds av "Amina Haddad"
    Och säger förklaringen för "212000-2239" på "ar" "led by Amina Haddad (employed by Malmö stad)"
    Och fördelas leveransens kostnad "19500.00" med "13000.00" på "212000-0811" och "6500.00" på "212000-2239"

  Scenario: En ansökan på tigrinja väntar med sitt skäl tills en resurs som talar tigrinja verifieras
    Givet att resursen "Yonas Tesfay" anställd av "212000-1124" talar "ti" och har angett kompetensen "study-guidance" till "2028-06-30"
    Och att "212000-0837" ansöker om 3 deltagare till "Studiehandledning online" på "ti" från "2026-12-07"
    När matchningen körs
    Så väntar ansökan från "212000-0837" på "ti" eftersom "No verified resource speaks Tigrinya"
    När en samordnare hos "212000-0837" verifierar kompetensen "study-guidance" hos "Yonas Tesfay"
    Och matchningen körs
    Så placeras ansökan från "212000-0837" på "ti" hos "Yonas Tesfay"

  Scenario: En kompetens som går ut flyttar framtida matchning till en annan resurs
    Givet att resursen "Karim Nasser" anställd av "212000-0837" talar "ar", tar "520.00" i timmen och har angett kompetensen "study-guidance" till "2029-01-01"
    Och att en samordnare hos "212000-1124" har verifierat kompetensen "study-guidance" hos "Karim Nasser"
    Och att "212000-0811" ansöker om 3 deltagare till "Studiehandledning online" på "ar" från "2026-12-07"
    När matchningen körs
    Så placeras ansökan från "212000-0811" på "ar" hos "Amina Haddad"
    När datumet är "2027-06-01"
    Och att "212000-2239" ansöker om 3 deltagare till "Studiehandledning online" på "ar" från "2027-06-07"
    Och matchningen körs
    Så placeras ansökan från "212000-2239" på "ar" hos "Karim Nasser"
