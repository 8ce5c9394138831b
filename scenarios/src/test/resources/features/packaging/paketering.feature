# language: sv
Egenskap: Paketering, kvalitetsgranskning och utbud
  En leverantör paketerar en tjänst en gång; en samordnare från en annan organisation granskar den mot
  ägarens checklista; när den är godkänd publiceras den som en version av ett erbjudande som alla
  organisationer hittar i det nationella utbudet.

  Bakgrund:
    Givet att leverantörerna "Ronneby kommun" och "Malmö stad" är registrerade

  Scenario: En paketering returneras med en anmärkning, revideras, godkänns och publiceras
    Givet att jag paketerar tjänster åt "Ronneby kommun"
    När jag paketerar "Studievägledning online på tigrinska" (på engelska "Study guidance online in Tigrinya") på språken "ti" för "1150.00" per deltagare
    Och jag lämnar in "Studievägledning online på tigrinska" för granskning
    Och att jag är samordnare hos "Malmö stad"
    Och jag tar upp "Studievägledning online på tigrinska" för granskning
    Och jag underkänner "Studievägledning online på tigrinska" på "price-justified" med anmärkningen "Motivera priset jämfört med andra språk."
    Så har "Studievägledning online på tigrinska" returnerats eftersom "price-justified" underkändes med anmärkningen "Motivera priset jämfört med andra språk."
    När att jag paketerar tjänster åt "Ronneby kommun"
    Och jag beskriver "Studievägledning online på tigrinska" på svenska som "Tio träffar. Priset följer tolkkostnaden för tigrinska."
    Och jag lämnar in "Studievägledning online på tigrinska" för granskning
    Och att jag är samordnare hos "Malmö stad"
    Och jag tar upp "Studievägledning online på tigrinska" för granskning
    Och jag godkänner "Studievägledning online på tigrinska" på alla kriterier
    Och att jag paketerar tjänster åt "Ronneby kommun"
    Och jag publicerar "Studievägledning online på tigrinska"
    Så har paketeringen "Studievägledning online på tigrinska" status "PUBLISHED"
    Och är granskningshistoriken för "Studievägledning online på tigrinska" "RETURNED, APPROVED"
    Och hittar en sökning i utbudet på "tigrinska" "Studievägledning online på tigrinska" för "1150.00", version 1

  Scenario: Granskaren ser exakt vad leverantören ändrat sedan utkastet returnerades
    Givet att jag paketerar tjänster åt "Ronneby kommun"
    Och jag paketerar "Studievägledning online på somaliska" (på engelska "Study guidance online in Somali") på språken "so" för "1200.00" per deltagare
    Och jag lämnar in "Studievägledning online på somaliska" för granskning
    Och att jag är samordnare hos "Malmö stad"
    Och jag tar upp "Studievägledning online på somaliska" för granskning
    Och jag underkänner "Studievägledning online på somaliska" på "accessibility" med anmärkningen "Beskriv hur deltagare med nedsatt hörsel tar del."
    När att jag paketerar tjänster åt "Ronneby kommun"
    Och jag byter titel på "Studievägledning online på somaliska" till "Studievägledning online på somaliska, textad"
    Och jag beskriver "Studievägledning online på somaliska" på svenska som "Tio gruppträffar. Alla träffar textas."
    Och jag lämnar in "Studievägledning online på somaliska" för granskning
    Och att jag är samordnare hos "Malmö stad"
    Och jag frågar vad som ändrats i "Studievägledning online på somaliska" sedan den returnerades
    Så jämförs den med utkastet som returnerades eftersom "accessibility" underkändes med anmärkningen "Beskriv hur deltagare med nedsatt hörsel tar del."
    Och har exakt de här fälten ändrats:
      | fält            | ändring | före                                                                 | efter                                        |
      | titles.sv       | CHANGED | Studievägledning online på somaliska                                 | Studievägledning online på somaliska, textad |
      | descriptions.sv | CHANGED | Tio gruppträffar med studievägledare om studier och yrken i Sverige. | Tio gruppträffar. Alla träffar textas.       |
    När jag frågar vad som ändrats i "Studievägledning online på somaliska" sedan versionen i utbudet
    Så finns det ingen sådan version att jämföra med

  Scenario: En samordnare får inte granska sin egen organisations paketering
    Givet att jag paketerar tjänster åt "Malmö stad"
    Och jag paketerar "Samhällsorientering online" (på engelska "Civic orientation online") på språken "ar, so" för "3000.00" per deltagare
    Och jag lämnar in "Samhällsorientering online" för granskning
    När att jag är samordnare hos "Malmö stad"
    Och jag tar upp "Samhällsorientering online" för granskning
    Så avvisas det med "REVIEW_OF_OWN_ORGANISATION"
    Och har paketeringen "Samhällsorientering online" status "SUBMITTED"

  Scenario: En annan organisations personal får inte ändra paketeringen
    Givet att jag paketerar tjänster åt "Malmö stad"
    Och jag paketerar "E-hälsa för vuxenstuderande" (på engelska "E-health for adult learners") på språken "sv" för "800.00" per deltagare
    När att jag paketerar tjänster åt "Ronneby kommun"
    Och jag byter titel på "E-hälsa för vuxenstuderande" till "Ronnebys e-hälsa"
    Så avvisas det med "ACCESS_DENIED"
    Och heter "E-hälsa för vuxenstuderande" fortfarande "E-hälsa för vuxenstuderande"

  Scenario: En ofullständig paketering kan inte lämnas in
    Givet att jag paketerar tjänster åt "Ronneby kommun"
    När jag påbörjar en paketering med bara titeln "Halvfärdig kurs"
    Och jag lämnar in "Halvfärdig kurs"
    Så avvisas det som ofullständigt eftersom "titles.en, descriptions.en, serviceArea, groupSize, costModel" saknas
    Och har paketeringen "Halvfärdig kurs" status "DRAFT"

  Scenario: En revidering granskas medan den publicerade versionen ligger kvar i utbudet
    Givet att jag paketerar tjänster åt "Ronneby kommun"
    Och jag paketerar "Förberedande kurs i vård och omsorg" (på engelska "Preparatory course in care work") på språken "sv, ar" för "6500.00" per deltagare
    Och jag lämnar in "Förberedande kurs i vård och omsorg" för granskning
    Och att jag är samordnare hos "Malmö stad"
    Och jag tar upp "Förberedande kurs i vård och omsorg" för granskning
    Och jag godkänner "Förberedande kurs i vård och omsorg" på alla kriterier
    Och att jag paketerar tjänster åt "Ronneby kommun"
    Och jag publicerar "Förberedande kurs i vård och omsorg"
    När jag påbörjar en revidering av "Förberedande kurs i vård och omsorg"
    Och jag ändrar priset för "Förberedande kurs i vård och omsorg" till "5900.00"
    Och jag lämnar in "Förberedande kurs i vård och omsorg" för granskning
    Och att jag är samordnare hos "Malmö stad"
    Och jag tar upp "Förberedande kurs i vård och omsorg" för granskning
    Så har paketeringen "Förberedande kurs i vård och omsorg" status "IN_REVIEW"
    Och hittar en sökning i utbudet på "omsorg" "Förberedande kurs i vård och omsorg" för "6500.00", version 1
    När jag frågar vad som ändrats i "Förberedande kurs i vård och omsorg" sedan versionen i utbudet
    Så jämförs den med version 1 i utbudet
    Och har exakt de här fälten ändrats:
      | fält                | ändring | före    | efter   |
      | pricePerParticipant | CHANGED | 6500.00 | 5900.00 |
    När jag godkänner "Förberedande kurs i vård och omsorg" på alla kriterier
    Och att jag paketerar tjänster åt "Ronneby kommun"
    Och jag publicerar "Förberedande kurs i vård och omsorg"
    Så hittar en sökning i utbudet på "omsorg" "Förberedande kurs i vård och omsorg" för "5900.00", version 2
    Och går den första versionen av "Förberedande kurs i vård och omsorg" fortfarande att läsa, med titeln "Förberedande kurs i vård och omsorg"

  Scenario: Vad tjänsten kostar vid en gruppstorlek, på öret
    Givet att jag paketerar tjänster åt "Ronneby kommun"
    Och jag paketerar "Studievägledning online på dari" (på engelska "Study guidance online in Dari") på språken "fa" för "1200.00" per deltagare
    Och att "Studievägledning online på dari" kostar "450.00" i timmen för 10 onlineträffar på 60 minuter som kräver "1.5" timmar var, med material för "500.00" och licenser för "1200.00" per leverans
    När jag frågar vad "Studievägledning online på dari" kostar vid gruppstorlek 8
    Så kostar en digital leverans "8450.00", "1056.25" per deltagare
    Och är priset per deltagare som täcker kostnaden efter transaktionsavgiften på "5" % "1111.84"
    Och är transaktionsavgiften "480.00" vid försäljning till paketets pris, leverantören behåller "9120.00" och går jämnt ut vid 8 deltagare
    Och kostar en fysisk leverans "11050.00"

  Scenario: En leverantör som byter namn syns under sitt nya namn i utbudet
    Givet att jag paketerar tjänster åt "Ronneby kommun"
    Och jag paketerar "Studievägledning online på arabiska" (på engelska "Study guidance online in Arabic") på språken "ar" för "1200.00" per deltagare
    Och jag lämnar in "Studievägledning online på arabiska" för granskning
    Och att jag är samordnare hos "Malmö stad"
    Och jag tar upp "Studievägledning online på arabiska" för granskning
    Och jag godkänner "Studievägledning online på arabiska" på alla kriterier
    Och att jag paketerar tjänster åt "Ronneby kommun"
    Och jag publicerar "Studievägledning online på arabiska"
    Och hittar en sökning i utbudet på "arabiska" "Studievägledning online på arabiska" från leverantören "Ronneby kommun"
    När att jag är plattformsadministratör
    Och jag byter namn på organisationen "Ronneby kommun" till "Ronneby kommun i Blekinge"
    Så hittar en sökning i utbudet på "arabiska" "Studievägledning online på arabiska" från leverantören "Ronneby kommun i Blekinge"
    Och listar utbudet leverantören "Ronneby kommun i Blekinge" med 1 erbjudande och ingen leverantör "Ronneby kommun"
    Och hittar en filtrering av utbudet på leverantören "Ronneby kommun i Blekinge" bara "Studievägledning online på arabiska"

  Scenario: En organisation utan erbjudanden byter namn och utbudet förblir som det var
    Givet att jag paketerar tjänster åt "Ronneby kommun"
    Och jag paketerar "Studievägledning online på somaliska" (på engelska "Study guidance online in Somali") på språken "so" för "1200.00" per deltagare
    Och jag lämnar in "Studievägledning online på somaliska" för granskning
    Och att jag är samordnare hos "Malmö stad"
    Och jag tar upp "Studievägledning online på somaliska" för granskning
    Och jag godkänner "Studievägledning online på somaliska" på alla kriterier
    Och att jag paketerar tjänster åt "Ronneby kommun"
    Och jag publicerar "Studievägledning online på somaliska"
    När att jag är plattformsadministratör
    Och jag byter namn på organisationen "Malmö stad" till "Malmö kommun"
    Så lämnade namnbytet utbudet oförändrat
    Och listar utbudet leverantören "Ronneby kommun" med 1 erbjudande och ingen leverantör "Malmö kommun"
    Och hittar en sökning i utbudet på "somaliska" "Studievägledning online på somaliska" från leverantören "Ronneby kommun"
