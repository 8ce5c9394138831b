# language: sv
Egenskap: Statistik per konsument, per leverantör och för ägaren
  Konsumentorganisationer följer sina ansökningar, deltagare, leveranser, timmar och kostnader per månad och per
  erbjudande; leverantörer sin efterfrågan, försäljning och beläggning; ägaren transaktionsvolymen, avgiftsintäkterna
  per regel och hur många kommuner som använder varje erbjudande. Pengarna kommer från de avräknade månadernas rader,
  så siffrorna stämmer med avräkningarna på öret; antalen kommer från ansökningarna och leveranserna själva.

  Bakgrund:
    Givet att jag är plattformsadministratör
    Och att ägaren "eSP Nationell plattform (fiktiv demoägare)" med organisationsnummer "802999-0002" är registrerad
    Och att kommunen "Malmö stad" med organisationsnummer "212000-1124" och 365252 invånare är registrerad som leverantör och konsument
    Och att kommunen "Ronneby kommun" med organisationsnummer "212000-0837" och 29021 invånare är registrerad som leverantör och konsument
    Och att kommunen "Olofströms kommun" med organisationsnummer "212000-0811" och 13061 invånare är registrerad som konsument
    Och att kommunen "Borlänge kommun" med organisationsnummer "212000-2239" och 51424 invånare är registrerad som konsument
    Och att "Ronneby kommun" erbjuder "Studievägledning online, arabiska" som kräver "study-guidance", ges på "ar, ti" med 1 tillfälle om 60 minuter i veckan i 10 veckor för grupper om 3 till 8 för "6500.00" per deltagare
    Och att resursen "Amina Haddad" anställd av "212000-1124" talar "ar, sv" och har angett kompetensen "study-guidance" till "2027-06-30"
    Och att en samordnare hos "212000-0837" har verifierat kompetensen "study-guidance" hos "Amina Haddad"
    Och att demotaxan gäller från 2026
    Och att "212000-0811" ansöker om 2 deltagare till "Studievägledning online, arabiska" på "ar" från "2026-12-07"
    Och att "212000-2239" ansöker om 1 deltagare till "Studievägledning online, arabiska" på "ar" från "2026-12-07"
    Och datumet är "2026-12-07"
    Och leverantören startar leveransen för ansökan från "212000-0811" på "ar"
    Och datumet är "2027-02-15"
    Och leverantören avslutar leveransen för ansökan från "212000-0811" på "ar" med alla deltagare genomförda
    Och "2027-02" avräknas

  Scenario: När räkneexemplet är avräknat visar Olofströms statistik vad kommunen sökt, deltagit i och betalat
    Givet att jag är handläggare hos konsumenten "212000-0811"
    När jag läser konsumentstatistiken för "212000-0811" från "2026-11" till "2027-02"
    Så visar statistiken:
      | series       | 2026-11 | 2026-12 | 2027-01 | 2027-02  | total    |
      | applications | 1       | 0       | 0       | 0        | 1        |
      | participants | 2       | 0       | 0       | 0        | 2        |
      | deliveries   | 0       | 1       | 0       | 0        | 1        |
      | hours        | 0.00    | 10.00   | 0.00    | 0.00     | 10.00    |
      | cost         | 0.00    | 0.00    | 0.00    | 13000.00 | 13000.00 |
    Och visar statistiken för erbjudandet "Studievägledning online, arabiska":
      | series | 2026-11 | 2026-12 | 2027-01 | 2027-02  | total    |
      | cost   | 0.00    | 0.00    | 0.00    | 13000.00 | 13000.00 |

  Scenario: Ronnebys leverantörsstatistik visar försäljningen, avgiften och de platser som fylldes
    Givet att jag är leverantörspersonal hos "212000-0837"
    När jag läser leverantörsstatistiken för "212000-0837" från "2026-12" till "2027-02"
    Så visar statistiken:
      | series          | 2026-12 | 2027-01 | 2027-02  | total    |
      | deliveries      | 1       | 0       | 0        | 1        |
      | seatsOffered    | 8       | 0       | 0        | 8        |
      | seatsPlaced     | 3       | 0       | 0        | 3        |
      | utilisation     | 37.50   | 0.00    | 0.00     | 37.50    |
      | hours           | 10.00   | 0.00    | 0.00     | 10.00    |
      | sales           | 0.00    | 0.00    | 19500.00 | 19500.00 |
      | transactionFees | 0.00    | 0.00    | 975.00   | 975.00   |

  Scenario: Ägaren ser transaktionsvolymen, avgiftsintäkten per regel och hur många kommuner som använder erbjudandet
    När jag läser plattformens statistik från "2026-11" till "2027-02"
    Så visar statistiken:
      | series            | 2026-11 | 2026-12 | 2027-01 | 2027-02  | total    |
      | applications      | 2       | 0       | 0       | 0        | 2        |
      | participants      | 3       | 0       | 0       | 0        | 3        |
      | transactionVolume | 0.00    | 0.00    | 0.00    | 19500.00 | 19500.00 |
      | feeRevenue        | 0.00    | 0.00    | 0.00    | 975.00   | 975.00   |
    Och är avgiftsintäkten från "TRANSACTION_FEE" enligt regeln "fee-schedule@2026-01-01" "975.00"
    Och används "Studievägledning online, arabiska" av 2 kommuner och 2 konsumentorganisationer

  Scenario: En konsument läser varken en annan konsuments statistik eller ägarens
    Givet att jag är handläggare hos konsumenten "212000-0811"
    När jag läser konsumentstatistiken för "212000-2239" från "2026-11" till "2027-02"
    Så avvisas det med "ACCESS_DENIED"
    När jag läser plattformens statistik från "2026-11" till "2027-02"
    Så avvisas det med "ACCESS_DENIED"
