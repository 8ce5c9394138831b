# language: sv
Egenskap: Kapacitet i katalogen
  Varje träff i katalogen visar per leveransspråk nästa dag en deltagare kan börja och ansökningarna i kö, ur
  matchningens läge: en leverans som inte har börjat och har plats, eller en verifierad resurs med lediga timmar i
  veckan inom sitt tak. En handläggare kan söka bara det som kan starta inom så många dagar.

  Bakgrund:
    Givet att jag är plattformsadministratör
    Och att ägaren "eSP Nationell plattform (fiktiv demoägare)" med organisationsnummer "802999-0002" är registrerad
    Och att kommunen "Malmö stad" med organisationsnummer "212000-1124" och 365252 invånare är registrerad som leverantör och konsument
    Och att kommunen "Ronneby kommun" med organisationsnummer "212000-0837" och 29021 invånare är registrerad som leverantör och konsument
    Och att kommunen "Olofströms kommun" med organisationsnummer "212000-0811" och 13061 invånare är registrerad som konsument
    Och att kommunen "Borlänge kommun" med organisationsnummer "212000-2239" och 51424 invånare är registrerad som konsument
    Och datumet är "2026-12-01"
    Och att "Ronneby kommun" erbjuder "Studievägledning online, arabiska" som kräver "study-guidance", ges på "ar" med 1 tillfälle om 60 minuter i veckan i 10 veckor för grupper om 3 till 8 för "6500.00" per deltagare
    Och att resursen "Karim Nasser" anställd av "212000-1124" talar "ar", arbetar högst 1 timme i veckan och har angett kompetensen "study-guidance" till "2029-01-01"
    Och att en samordnare hos "212000-0837" har verifierat kompetensen "study-guidance" hos "Karim Nasser"

  Scenario: Ett erbjudande vars enda resurs är fullbokad visar en senare nästa start och sin kö
    Så visar katalogen "Studievägledning online, arabiska" med nästa start "2026-12-01" på "ar" och 0 ansökningar i kö
    Och hittar en sökning i katalogen efter det som kan starta inom 14 dagar "Studievägledning online, arabiska"
    När "212000-0811" ansöker om 8 deltagare till "Studievägledning online, arabiska" på "ar" från "2026-12-07"
    Så placeras ansökan från "212000-0811" på "ar" hos "Karim Nasser"
    När "212000-2239" ansöker om 2 deltagare till "Studievägledning online, arabiska" på "ar" från "2026-12-07"
    Så väntar ansökan från "212000-2239" på "ar" eftersom "none has enough free hours left"
    Och visar katalogen "Studievägledning online, arabiska" med nästa start "2027-02-15" på "ar" och 1 ansökning i kö
    Och utelämnar en sökning i katalogen efter det som kan starta inom 14 dagar "Studievägledning online, arabiska"
    Och hittar en sökning i katalogen efter det som kan starta inom 90 dagar "Studievägledning online, arabiska"
