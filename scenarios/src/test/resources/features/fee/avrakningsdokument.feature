# language: sv
Egenskap: Vad de som bokför pengarna får, och månader i ordning
  En stängd månad ger varje organisation dess dokument: ägarens faktura på det den ska betala, en
  Peppol-självfaktura (eller, om ägaren väljer det, en betalningsavisering) på det den ska få, och kreditnotor som
  hänvisar till de dokument en rättelse krediterar. Månader stängs strikt i ordning. Medlemsavgifter följer
  medlemskapets månader; invånarantal och deltagarnivå gäller från den dag de ändrades. Varje månad summerar till
  exakt 0,00.

  Bakgrund:
    Givet att jag är plattformsadministratör
    Och att det är "2026-11-23"
    Och att ägaren "eSP Nationell plattform (fiktiv demoägare)" med organisationsnummer "802999-0002" är registrerad
    Och att demotaxan gäller från 2026
    Och att kommunen "Ronneby kommun" med organisationsnummer "212000-0837" och 29021 invånare är registrerad som leverantör och konsument
    Och att kommunen "Olofströms kommun" med organisationsnummer "212000-0811" och 13061 invånare är registrerad som konsument
    Och att kommunen "Borlänge kommun" med organisationsnummer "212000-2239" och 51424 invånare är registrerad som konsument
    Och att kommunen "Malmö stad" med organisationsnummer "212000-1124" och 365252 invånare är registrerad som leverantör och konsument

  Scenario: Säljaren och den utlånande arbetsgivaren får självfakturor, köparna fakturor
    Givet att leveransen leds av en resurs anställd av "212000-1124" i "10" timmar à "450.00"
    Och att "212000-0837" sålt "studiehandledning-arabiska-1" den "2026-11-12" för "6500.00" per deltagare till:
      | 212000-0811 | 2 |
      | 212000-2239 | 1 |
    Och att det är "2026-12-01"
    När "2026-11" stängs
    Så är dokumenten för "212000-0811" för "2026-11":
      | INVOICE | ESP-2026-11-2120000811 | - | 13000.00 |
    Och är dokumenten för "212000-2239" för "2026-11":
      | INVOICE | ESP-2026-11-2120002239 | - | 6500.00 |
    Och är dokumenten för "212000-0837" för "2026-11":
      | INVOICE              | ESP-2026-11-2120000837    | - | 5718.75  |
      | SELF_BILLING_INVOICE | ESP-SB-2026-11-2120000837 | - | 19500.00 |
    Och är dokumenten för "212000-1124" för "2026-11":
      | SELF_BILLING_INVOICE | ESP-SB-2026-11-2120001124 | - | 4500.00 |
    Och har "802999-0002" inga dokument för "2026-11"
    Och är nettot för "212000-0837" i "2026-11" "14025.00"
    Och summerar "2026-11" till exakt 0,00

  Scenario: En ägare som föredrar betalningsaviseringar skickar en till den utlånande arbetsgivaren
    Givet att ägaren skickar betalningsaviseringar för pengar som ska betalas ut
    Och att leveransen leds av en resurs anställd av "212000-1124" i "10" timmar à "450.00"
    Och att "212000-0837" sålt "studiehandledning-arabiska-1" den "2026-11-12" för "6500.00" per deltagare till:
      | 212000-0811 | 2 |
      | 212000-2239 | 1 |
    Och att det är "2026-12-01"
    När "2026-11" stängs
    Så är dokumenten för "212000-1124" för "2026-11":
      | PAYMENT_ADVICE | ESP-PA-2026-11-2120001124 | - | 4500.00 |
    Och summerar "2026-11" till exakt 0,00

  Scenario: En leverans som avbokas efter att månaden stängts krediteras med kreditnotor som hänvisar till månadens dokument
    Givet att leveransen leds av en resurs anställd av "212000-1124" i "10" timmar à "450.00"
    Och att "212000-0837" sålt "studiehandledning-arabiska-1" den "2026-11-12" för "6500.00" per deltagare till:
      | 212000-0811 | 2 |
      | 212000-2239 | 1 |
    Och att det är "2026-12-01"
    Och "2026-11" stängs
    När "studiehandledning-arabiska-1" avbokas
    Och att det är "2027-01-01"
    Och "2026-12" stängs
    Så är dokumenten för "212000-0811" för "2026-12":
      | CREDIT_NOTE | ESP-CN-2026-12-2120000811-2026-11 | ESP-2026-11-2120000811 | 13000.00 |
    Och är dokumenten för "212000-0837" för "2026-12":
      | CREDIT_NOTE              | ESP-CN-2026-12-2120000837-2026-11   | ESP-2026-11-2120000837    | 5718.75  |
      | SELF_BILLING_CREDIT_NOTE | ESP-SBCN-2026-12-2120000837-2026-11 | ESP-SB-2026-11-2120000837 | 19500.00 |
    Och är dokumenten för "212000-1124" för "2026-12":
      | SELF_BILLING_CREDIT_NOTE | ESP-SBCN-2026-12-2120001124-2026-11 | ESP-SB-2026-11-2120001124 | 4500.00 |
    Och är "2026-11" fortfarande stängd med nettot för "212000-0811" "-13000.00"
    Och summerar "2026-12" till exakt 0,00

  Scenario: En öppen tidigare månad hindrar att en senare stängs, och ingen månad hoppas över
    Givet att leveransen leds av en resurs anställd av "212000-1124" i "10" timmar à "450.00"
    Och att "212000-0837" sålt "studiehandledning-arabiska-1" den "2026-11-12" för "6500.00" per deltagare till:
      | 212000-0811 | 2 |
      | 212000-2239 | 1 |
    Och "2026-11" avräknas
    Och en gemensam kostnad "Drift december" på "1000.00" delas lika i "2026-12" mellan "212000-0811 och 212000-2239"
    Och "2026-12" avräknas
    Och att det är "2027-01-02"
    När jag försöker stänga "2026-12"
    Så avvisas det med "SETTLEMENT_PERIOD_OUT_OF_ORDER"
    När "2026-11" stängs
    Och "2026-12" stängs
    Och att det är "2027-03-01"
    Och jag försöker stänga "2027-02"
    Så avvisas det med "SETTLEMENT_PERIOD_OUT_OF_ORDER"
    Och är "2026-11" fortfarande stängd med nettot för "212000-0811" "-13000.00"
    Och är "2026-12" fortfarande stängd med nettot för "212000-0811" "-500.00"
    Och summerar "2026-12" till exakt 0,00

  Scenario: En medlem som går med sista mars betalar årsavgiften för mars till december
    Givet att "212000-0811" blev medlem "2026-03-31"
    När "2026-03" avräknas
    Så ska "212000-0811" betala "10000.00" i inträdesavgift för "2026-03"
    Och ska "212000-0811" betala "13333.33" i årsavgift för "2026-03"
    Och summerar "2026-03" till exakt 0,00

  Scenario: En medlem som lämnar i maj efter att januari stängts får tillbaka juni till december
    Givet att "212000-2239" blev medlem "2027-01-01"
    Och att det är "2027-02-01"
    Och "2027-01" stängs
    När "212000-2239" lämnar medlemskapet den "2027-05-20"
    Och "2027-05" avräknas
    Så ska "212000-2239" betala "16800.00" i årsavgift för "2027-01"
    Och får "212000-2239" tillbaka "9800.00" av årsavgiften i "2027-05"
    Och är nettot för "802999-0002" i "2027-05" "-9800.00"
    Och summerar "2027-05" till exakt 0,00

  Scenario: En avräknad månad avräknas igen efter en sen rättelse, innan den stängs
    Givet att leveransen leds av en resurs anställd av "212000-1124" i "10" timmar à "450.00"
    Och att "212000-0837" sålt "studiehandledning-arabiska-1" den "2026-11-12" för "6500.00" per deltagare till:
      | 212000-0811 | 2 |
      | 212000-2239 | 1 |
    Och "2026-11" avräknas
    När en gemensam kostnad "Sen faktura för bokningsmodulen" på "1000.00" delas lika i "2026-11" mellan "212000-0811 och 212000-2239"
    Och "2026-11" avräknas
    Så har "2026-11" avräknats 2 gånger
    Och är nettot för "212000-0811" i "2026-11" "-13500.00"
    Och är nettot för "212000-2239" i "2026-11" "-7000.00"
    Och är nettot för "802999-0002" i "2026-11" "1975.00"
    Och summerar "2026-11" till exakt 0,00

  Scenario: En deltagarnivå som höjs i juli behåller januaris avgift och tar ut juli till december av skillnaden
    Givet "212000-0837" deltar på nivån "ACTIVE" från "2026-01-01"
    Och "2026-01" avräknas
    När "212000-0837" deltar på nivån "DRIVING" från "2026-07-01"
    Och "2026-01" avräknas
    Och "2026-07" avräknas
    Och "2027-01" avräknas
    Så ska "212000-0837" betala "500000.00" i deltagaravgift för "2026-01"
    Och ska "212000-0837" betala "250000.00" i deltagaravgift för "2026-07"
    Och ska "212000-0837" betala "1050000.00" i deltagaravgift för "2027-01"
    Och summerar "2026-07" till exakt 0,00
    Och summerar "2027-01" till exakt 0,00

  Scenario: Ett växande invånarantal flyttar medlemmen till ett högre band från nästa års avgift, och en stängd månad skrivs inte om
    Givet att "212000-0811" blev medlem "2026-01-01"
    Och att det är "2026-02-01"
    Och "2026-01" stängs
    När invånarantalet i "212000-0811" är 120000 från "2026-01-15"
    Så avvisas det med "SETTLEMENT_PERIOD_CLOSED"
    När invånarantalet i "212000-0811" är 120000 från "2026-06-01"
    Och "2027-01" avräknas
    Så är "2026-01" fortfarande stängd med nettot för "212000-0811" "-26000.00"
    Och ska "212000-0811" betala "16000.00" i årsavgift för "2026-01"
    Och ska "212000-0811" betala "33600.00" i årsavgift för "2027-01"
    Och summerar "2027-01" till exakt 0,00
