# language: sv
Egenskap: Ansökningar, automatisk matchning och samkörning
  En konsumentorganisation ansöker om deltagare till en exakt version av ett erbjudande. Matchningen körs av sig
  själv vid varje ändring av efterfrågan och utbud: en öppen leverans av samma erbjudande och språk fylls innan en
  ny öppnas, ansökan placeras hos en verifierad resurs med lediga timmar eller sätts i kö med skälet i klartext.
  Flera organisationers deltagare kan dela en leverans; kostnaden fördelas mellan dem enligt erbjudandets regel,
  på öret. Ingen startar matchningen för hand här.

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

  Scenario: Olofström och Borlänge delar en arabisk leverans med en studievägledare anställd i Malmö, 2:1 på öret
    Givet att "212000-0811" ansöker om 2 deltagare till "Studievägledning online, arabiska" på "ar" från "2026-12-07"
    Så väntar ansökan från "212000-0811" på "ar" eftersom "needs at least 3 participants and only 2 wait"
    När "212000-2239" ansöker om 1 deltagare till "Studievägledning online, arabiska" på "ar" från "2026-12-07"
    Så delar ansökningarna från "212000-0811" på "ar" och "212000-2239" på "ar" en leverans som leds av "Amina Haddad"
    Och säger förklaringen för "212000-2239" på "ar" "Placed in the open Arabic delivery"
    Och säger förklaringen för "212000-0811" på "ar" "led by Amina Haddad (employed by Malmö stad)"
    Och kostar leveransen för "212000-0811" på "ar" "19500.00", fördelat med "13000.00" på "212000-0811" och "6500.00" på "212000-2239"

  Scenario: Räkneexemplet hela vägen: ansökningar, en samkörd leverans, avslut och månadens avräkning
    Givet att demotaxan gäller från 2026
    Och att "212000-0811" ansöker om 2 deltagare till "Studievägledning online, arabiska" på "ar" från "2026-12-07"
    Och att "212000-2239" ansöker om 1 deltagare till "Studievägledning online, arabiska" på "ar" från "2026-12-07"
    Och datumet är "2026-12-07"
    När leverantören startar leveransen för ansökan från "212000-0811" på "ar"
    Så har ansökan från "212000-2239" på "ar" status "IN_PROGRESS"
    När datumet är "2027-02-15"
    Och leverantören avslutar leveransen för ansökan från "212000-0811" på "ar" med alla deltagare genomförda
    Så har ansökan från "212000-0811" på "ar" status "COMPLETED"
    Och är deltagandena i ansökan från "212000-2239" på "ar" avslutade
    När "2027-02" avräknas
    Så är nettot för "212000-0811" i "2027-02" "-13000.00"
    Och är nettot för "212000-2239" i "2027-02" "-6500.00"
    Och är nettot för "212000-0837" i "2027-02" "14025.00"
    Och är nettot för "212000-1124" i "2027-02" "4500.00"
    Och är nettot för "802999-0002" i "2027-02" "975.00"
    Och summerar "2027-02" till exakt 0,00

  Scenario: En ansökan på tigrinja väntar med sitt skäl och matchas automatiskt när en resurs som talar tigrinja verifieras
    Givet att resursen "Yonas Tesfay" anställd av "212000-1124" talar "ti" och har angett kompetensen "study-guidance" till "2028-06-30"
    När "212000-0837" ansöker om 3 deltagare till "Studievägledning online, arabiska" på "ti" från "2026-12-07"
    Så väntar ansökan från "212000-0837" på "ti" eftersom "No verified resource speaks Tigrinya"
    När en samordnare hos "212000-2239" verifierar kompetensen "study-guidance" hos "Yonas Tesfay"
    Så placeras ansökan från "212000-0837" på "ti" hos "Yonas Tesfay"
    Och säger förklaringen för "212000-0837" på "ti" "Opened a new Tigrinya delivery"

  Scenario: En kompetens som går ut flyttar framtida matchning till en annan resurs
    Givet att resursen "Karim Nasser" anställd av "212000-0837" talar "ar", tar "520.00" i timmen och har angett kompetensen "study-guidance" till "2029-01-01"
    Och att en samordnare hos "212000-1124" har verifierat kompetensen "study-guidance" hos "Karim Nasser"
    När "212000-0811" ansöker om 3 deltagare till "Studievägledning online, arabiska" på "ar" från "2026-12-07"
    Så placeras ansökan från "212000-0811" på "ar" hos "Amina Haddad"
    När datumet är "2027-06-01"
    Och "212000-2239" ansöker om 3 deltagare till "Studievägledning online, arabiska" på "ar" från "2027-06-07"
    Så placeras ansökan från "212000-2239" på "ar" hos "Karim Nasser"
    Och säger förklaringen för "212000-2239" på "ar" "Karim Nasser (employed by Ronneby kommun)"

  Scenario: För få deltagare väntar tills en brådskande ansökan öppnar leveransen för båda
    Givet att "212000-0811" ansöker om 1 deltagare till "Studievägledning online, arabiska" på "ar" från "2026-12-07"
    Så väntar ansökan från "212000-0811" på "ar" eftersom "needs at least 3 participants and only 1 wait"
    När "212000-2239" ansöker brådskande om 1 deltagare till "Studievägledning online, arabiska" på "ar" från "2026-12-07"
    Så placeras ansökan från "212000-2239" på "ar" hos "Amina Haddad"
    Och placeras ansökan från "212000-0811" på "ar" hos "Amina Haddad"

  Scenario: En konsument kan inte läsa en annan konsuments ansökan; den levererande leverantören kan läsa deltagarna
    Givet att "212000-0811" ansöker om 2 deltagare till "Studievägledning online, arabiska" på "ar" från "2026-12-07"
    Och att "212000-2239" ansöker om 1 deltagare till "Studievägledning online, arabiska" på "ar" från "2026-12-07"
    Och att jag är handläggare hos konsumenten "212000-2239"
    När jag läser ansökan från "212000-0811" på "ar"
    Så avvisas det med "APPLICATION_NOT_FOUND"
    Givet att jag är leverantörspersonal hos "Ronneby kommun"
    När jag läser deltagarna i ansökan från "212000-0811" på "ar"
    Så ser jag dem
    Givet att jag är leverantörspersonal hos "Malmö stad"
    När jag läser deltagarna i ansökan från "212000-0811" på "ar"
    Så avvisas det med "PARTICIPANT_NOT_FOUND"

  Scenario: En leverans som ställs in före start skickar tillbaka ansökningarna till matchningen; en som ställs in under tiden avslutar dem
    Givet att "212000-0811" ansöker om 3 deltagare till "Studievägledning online, arabiska" på "ar" från "2026-12-07"
    När leverantören ställer in leveransen för ansökan från "212000-0811" på "ar" eftersom "Studievägledaren blev sjuk"
    Så placeras ansökan från "212000-0811" på "ar" på nytt hos "Amina Haddad"
    Och säger förklaringen för "212000-0811" på "ar" "Opened a new Arabic delivery"
    När datumet är "2026-12-07"
    Och leverantören startar leveransen för ansökan från "212000-0811" på "ar"
    Och leverantören ställer in leveransen för ansökan från "212000-0811" på "ar" eftersom "Lokalen stängdes"
    Så har ansökan från "212000-0811" på "ar" status "CANCELLED"

  Scenario: När lagringstiden efter avslut har gått ut försvinner också ansökans svar om deltagarna
    Givet att "212000-0811" ansöker om 3 deltagare till "Studievägledning online, arabiska" på "ar" från "2026-12-07"
    Och datumet är "2026-12-07"
    Och leverantören startar leveransen för ansökan från "212000-0811" på "ar"
    Och datumet är "2027-02-15"
    Och leverantören avslutar leveransen för ansökan från "212000-0811" på "ar" med alla deltagare genomförda
    När 23 månader och 0 dagar går
    Och gallringsjobbet körs
    Så har ansökan från "212000-0811" på "ar" kvar deltagarnas svar
    När 1 månader och 1 dag går
    Och gallringsjobbet körs
    Så har ansökan från "212000-0811" på "ar" inte längre deltagarnas svar
    Och har ansökan från "212000-0811" på "ar" status "COMPLETED"

  Scenario: En ansökan som väntar för att erbjudandet är pausat matchas automatiskt när erbjudandet återupptas
    Givet att resursen "Yonas Tesfay" anställd av "212000-1124" talar "ti" och har angett kompetensen "study-guidance" till "2028-06-30"
    Och att "212000-0837" ansöker om 3 deltagare till "Studievägledning online, arabiska" på "ti" från "2026-12-07"
    När en plattformsadministratör pausar "Studievägledning online, arabiska" eftersom "Leverantören ser över sina träffar"
    Och en samordnare hos "212000-2239" verifierar kompetensen "study-guidance" hos "Yonas Tesfay"
    Så väntar ansökan från "212000-0837" på "ti" eftersom "is not on offer"
    När en plattformsadministratör återupptar "Studievägledning online, arabiska"
    Så placeras ansökan från "212000-0837" på "ti" hos "Yonas Tesfay"
    Och säger förklaringen för "212000-0837" på "ti" "Opened a new Tigrinya delivery"

  Scenario: En resurs vars kompetens har gått ut matchas inte längre efter den dagliga körningen; dagens körning begärs en gång
    Givet att "212000-0811" ansöker om 2 deltagare till "Studievägledning online, arabiska" på "ar" från "2026-12-07"
    Så väntar ansökan från "212000-0811" på "ar" eftersom "needs at least 3 participants and only 2 wait"
    När datumet är "2027-07-01"
    Så väntar ansökan från "212000-0811" på "ar" eftersom "needs at least 3 participants and only 2 wait"
    När matchningssvepet körs
    Så begärde svepet dagens matchningskörning
    Och väntar ansökan från "212000-0811" på "ar" eftersom "No verified resource speaks Arabic"
    När matchningssvepet körs
    Så begärde svepet ingen daglig matchningskörning
    När datumet är "2027-07-02"
    Och matchningssvepet körs
    Så begärde svepet dagens matchningskörning
