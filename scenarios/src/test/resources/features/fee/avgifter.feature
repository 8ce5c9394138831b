# language: sv
Egenskap: Avgifter och månadsavräkning
  Ägaren konfigurerar avgiftsreglerna; varje månad avräknas mellan alla organisationer, ägaren inräknad,
  och summerar alltid till exakt 0,00. Kommunernas organisationsnummer och invånarantal är verkliga;
  ägaren och partnerföretaget är fiktiva demoorganisationer.

  Bakgrund:
    Givet att jag är plattformsadministratör
    Och att det är "2026-11-23"
    Och att ägaren "eSP Nationell plattform (fiktiv demoägare)" med organisationsnummer "802999-0002" är registrerad
    Och att demotaxan gäller från 2026
    Och att kommunen "Ronneby kommun" med organisationsnummer "212000-0837" och 29021 invånare är registrerad som leverantör och konsument
    Och att kommunen "Olofströms kommun" med organisationsnummer "212000-0811" och 13061 invånare är registrerad som konsument
    Och att kommunen "Borlänge kommun" med organisationsnummer "212000-2239" och 51424 invånare är registrerad som konsument
    Och att kommunen "Malmö stad" med organisationsnummer "212000-1124" och 365252 invånare är registrerad som leverantör och konsument

  Scenario: Det räknade exemplet stämmer på öret
    Givet att leveransen leds av en resurs anställd av "212000-1124" i "10" timmar à "450.00"
    Och att "212000-0837" sålt "studiehandledning-arabiska-1" den "2026-11-12" för "6500.00" per deltagare till:
      | 212000-0811 | 2 |
      | 212000-2239 | 1 |
    När "2026-11" avräknas
    Så är nettot för "212000-0811" i "2026-11" "-13000.00"
    Och är nettot för "212000-2239" i "2026-11" "-6500.00"
    Och är nettot för "212000-0837" i "2026-11" "14025.00"
    Och är nettot för "212000-1124" i "2026-11" "4500.00"
    Och är nettot för "802999-0002" i "2026-11" "975.00"
    Och summerar "2026-11" till exakt 0,00

  Scenario: En rättelse efter stängning blir en kredit i nästa öppna period
    Givet att leveransen leds av en resurs anställd av "212000-1124" i "10" timmar à "450.00"
    Och att "212000-0837" sålt "studiehandledning-arabiska-1" den "2026-11-12" för "6500.00" per deltagare till:
      | 212000-0811 | 2 |
      | 212000-2239 | 1 |
    Och att det är "2026-12-01"
    Och "2026-11" stängs
    När "studiehandledning-arabiska-1" avbokas
    Och "2026-12" avräknas
    Så krediteras "212000-0811" "13000.00" i "2026-12" som rättelse av "2026-11"
    Och krediteras "212000-0837" "-14025.00" i "2026-12" som rättelse av "2026-11"
    Och är "2026-11" fortfarande stängd med nettot för "212000-0811" "-13000.00"
    Och summerar "2026-12" till exakt 0,00

  Scenario: En partneravgift prorateras när partnerskapet börjar den 10:e i en månad med 30 dagar
    Givet att partnerföretaget "Exempel Digital Välfärd AB (fiktiv demopartner)" med organisationsnummer "559999-0008" är registrerat
    När "559999-0008" avtalar en partneravgift på "30000.00" per månad från "2026-11-10"
    Och "2026-11" avräknas
    Så ska "559999-0008" betala "21000.00" i partneravgift för "2026-11"
    Och summerar "2026-11" till exakt 0,00

  Scenario: En gemensam kostnad på 100 000,00 kr nycklas efter invånarantal och summerar exakt
    När en gemensam kostnad "Gemensam utveckling av bokningsmodulen" på "100000.00" nycklas efter invånarantal i "2026-11" mellan "212000-0837, 212000-0811 och 212000-2239"
    Och "2026-11" avräknas
    Så är andelarna av den gemensamma kostnaden på "100000.00" i "2026-11":
      | 212000-0837 | 31036.51 |
      | 212000-0811 | 13968.09 |
      | 212000-2239 | 54995.40 |
    Och summerar "2026-11" till exakt 0,00

  Scenario: Indexeringen höjer nästa års årsavgift
    Givet att "212000-0811" blev medlem "2026-01-01"
    När "2026-01" avräknas
    Och "2027-01" avräknas
    Så ska "212000-0811" betala "16000.00" i årsavgift för "2026-01"
    Och ska "212000-0811" betala "16800.00" i årsavgift för "2027-01"

  Scenario: En konsument ser bara sin egen avräkning
    Givet "2026-11" avräknas
    Och att jag är handläggare hos konsumenten "212000-0811"
    När jag läser avräkningen för "212000-2239" för "2026-11"
    Så avvisas det med "ACCESS_DENIED"
