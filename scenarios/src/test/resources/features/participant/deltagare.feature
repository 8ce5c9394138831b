# language: sv
Egenskap: Deltagares personuppgifter
  En konsumentorganisation ansöker för invånare, deltagarna. De är ofta utsatta personer: plattformen sparar
  det minsta möjliga, låter bara den ansökande konsumenten (och, med leveranser, den levererande leverantören
  och dess resurser) se dem, loggar varje läsning och ändring och anonymiserar dem när lagringstiden efter
  avslut har gått ut.

  Bakgrund:
    Givet att jag är plattformsadministratör
    Och att kommunen "Malmö stad" med organisationsnummer "212000-1124" och 365252 invånare är registrerad som leverantör och konsument
    Och att kommunen "Olofströms kommun" med organisationsnummer "212000-0811" och 13061 invånare är registrerad som konsument
    Och att jag är handläggare hos konsumenten "212000-1124"

  Scenario: Personnumret sparas bara när erbjudandets blankett frågar efter det, och ger åldern
    När jag registrerar deltagaren "Amina Yusuf" med personnummer "19811218-9876" som talar "ar" för en blankett som frågar efter det
    Så är "Amina Yusuf" 44 år den "2026-11-23"
    När jag registrerar deltagaren "Sara Haile" med personnummer "19811218-9876" som talar "ti" för en blankett som inte frågar efter det
    Så avvisas det eftersom "personalIdentityNumber" har "NOT_ALLOWED"
    När jag registrerar deltagaren "Sara Haile" med personnummer "19811218-9875" som talar "ti" för en blankett som frågar efter det
    Så avvisas det eftersom "personalIdentityNumber" har "INVALID_CHECK_DIGIT"

  Scenario: En handläggare i en annan kommun kan inte läsa en deltagare, och försöket loggas
    Givet att deltagaren "Amina Yusuf" som talar "ar" och nås på "amina@example.org" är registrerad
    Och att jag är handläggare hos konsumenten "212000-0811"
    När jag läser deltagaren "Amina Yusuf"
    Så avvisas det med "PARTICIPANT_NOT_FOUND"
    Och har åtkomstloggen för "Amina Yusuf" en nekad läsning av personal hos "212000-0811"

  Scenario: Leverantörspersonal utan leverans och plattformsadministratörer kan inte läsa en deltagare
    Givet att deltagaren "Amina Yusuf" som talar "ar" och nås på "amina@example.org" är registrerad
    Och att jag är leverantörspersonal hos "212000-1124"
    När jag läser deltagaren "Amina Yusuf"
    Så avvisas det med "PARTICIPANT_NOT_FOUND"
    Givet att jag är plattformsadministratör
    När jag läser deltagaren "Amina Yusuf"
    Så avvisas det med "ACCESS_DENIED"

  Scenario: Varje läsning och ändring av personuppgifter finns i åtkomstloggen
    Givet att deltagaren "Amina Yusuf" som talar "ar" och nås på "amina@example.org" är registrerad
    När jag läser deltagaren "Amina Yusuf"
    Så ser jag deltagaren "Amina Yusuf"
    När jag ändrar e-postadressen för "Amina Yusuf" till "amina.yusuf@example.org"
    Så är e-postadressen för "Amina Yusuf" "amina.yusuf@example.org"
    När jag exporterar deltagaren "Amina Yusuf"
    Givet att jag är handläggare hos konsumenten "212000-0811"
    När jag läser deltagaren "Amina Yusuf"
    Så finns varje läsning av "Amina Yusuf" i scenariot i åtkomstloggen
    Och har åtkomstloggen för "Amina Yusuf" 2 ändringar

  Scenario: Efter lagringstiden finns inga personuppgifter om deltagaren kvar någonstans
    När jag registrerar deltagaren "Amina Yusuf" med personnummer "19811218-9876" som talar "ar" för en blankett som frågar efter det
    Och jag läser deltagaren "Amina Yusuf"
    Och deltagandet för "Amina Yusuf" avslutas
    Och 23 månader och 27 dagar går
    Och gallringsjobbet körs
    Så finns personuppgifterna för "Amina Yusuf" kvar
    Och finns namnet på "Amina Yusuf" i lagringen
    När 0 månader och 4 dagar går
    Och gallringsjobbet körs
    Så är "Amina Yusuf" anonymiserad
    Och räknas "Amina Yusuf" fortfarande som deltagare hos "212000-1124"
    Och berättar utkorgen att "Amina Yusuf" har anonymiserats
    Och finns namn och personnummer för "Amina Yusuf" inte kvar i någon tabell, utkorg, åtkomstlogg eller logg

  Scenario: Ägaren ställer in en kortare lagringstid
    Givet att personuppgifter sparas i 6 månader efter avslut
    Och att deltagaren "Amina Yusuf" som talar "ar" och nås på "amina@example.org" är registrerad
    När deltagandet för "Amina Yusuf" avslutas
    Och 6 månader och 1 dag går
    Och gallringsjobbet körs
    Så är "Amina Yusuf" anonymiserad
    Och finns namn och personnummer för "Amina Yusuf" inte kvar i någon tabell, utkorg, åtkomstlogg eller logg
