# language: sv
Egenskap: Mikromeriter utfärdas när en leverans avslutas
  Ägaren definierar mikromeriter: delar av en yrkesprofil, kopplade till ESCO, med ett poängvärde. En paketering
  anger vilka mikromeriter den leder till. När en leverans avslutas får varje deltagare som fullföljde (COMPLETED)
  en mikromerit per definition som det levererade erbjudandet leder till — och ingen annan får någon. En kod som
  paketeringen anger men som ägaren inte har definierat ger ingenting.

  Bakgrund:
    Givet att jag är plattformsadministratör
    Och att kommunen "Ronneby kommun" med organisationsnummer "212000-0837" och 29021 invånare är registrerad som leverantör och konsument
    Och att kommunen "Malmö stad" med organisationsnummer "212000-1124" och 365252 invånare är registrerad som leverantör och konsument
    Och att kommunen "Olofströms kommun" med organisationsnummer "212000-0811" och 13061 invånare är registrerad som konsument
    Och att kommunen "Borlänge kommun" med organisationsnummer "212000-2239" och 51424 invånare är registrerad som konsument
    Och att ägaren har definierat mikromeriten "VO-OMV-01" med titeln "Basal omvårdnad" kopplad till ESCO-yrket "http://data.europa.eu/esco/occupation/0d4a5b36-example" värd "7.5" poäng
    Och att ägaren har definierat mikromeriten "VO-HYG-02" med titeln "Hygien i vården" kopplad till ESCO-yrket "http://data.europa.eu/esco/occupation/0d4a5b36-example" värd "2.5" poäng
    Och att "Ronneby kommun" erbjuder "Basal omvårdnad på arabiska" som leder till mikromeriterna "VO-OMV-01, VO-HYG-02, VO-EJ-DEFINIERAD", kräver "study-guidance" och ges på "ar"
    Och att resursen "Amina Haddad" anställd av "212000-1124" talar "ar, sv" och har angett kompetensen "study-guidance" till "2027-06-30"
    Och att en samordnare hos "212000-0837" har verifierat kompetensen "study-guidance" hos "Amina Haddad"

  Scenario: När en leverans avslutas får exakt de deltagare som fullföljde sina mikromeriter
    Givet att "212000-0811" ansöker om 2 deltagare till "Basal omvårdnad på arabiska" på "ar" från "2026-12-07"
    Och att "212000-2239" ansöker om 1 deltagare till "Basal omvårdnad på arabiska" på "ar" från "2026-12-07"
    Och datumet är "2026-12-07"
    Och leverantören startar leveransen för ansökan från "212000-0811" på "ar"
    Så utfärdades 0 mikromeriter i leveransen för ansökan från "212000-0811" på "ar", var och en meddelad som händelse
    När datumet är "2027-02-15"
    Och leverantören avslutar leveransen för ansökan från "212000-0811" på "ar" där deltagare "2" inte fullföljde
    Så har deltagare 1 i ansökan från "212000-0811" på "ar" mikromeriterna "VO-OMV-01, VO-HYG-02"
    Och har deltagare 2 i ansökan från "212000-0811" på "ar" ingen mikromerit
    Och har deltagare 1 i ansökan från "212000-2239" på "ar" mikromeriterna "VO-OMV-01, VO-HYG-02"
    Och utfärdades 4 mikromeriter i leveransen för ansökan från "212000-0811" på "ar", var och en meddelad som händelse

  Scenario: Den levererande leverantören återkallar en mikromerit med motivering; konsumenten får inte
    Givet att "212000-0811" ansöker om 2 deltagare till "Basal omvårdnad på arabiska" på "ar" från "2026-12-07"
    Och att "212000-2239" ansöker om 1 deltagare till "Basal omvårdnad på arabiska" på "ar" från "2026-12-07"
    Och datumet är "2026-12-07"
    Och leverantören startar leveransen för ansökan från "212000-0811" på "ar"
    Och datumet är "2027-02-15"
    Och leverantören avslutar leveransen för ansökan från "212000-0811" på "ar" där deltagare "2" inte fullföljde
    När konsumentpersonal hos "212000-0811" återkallar mikromeriten "VO-OMV-01" för deltagare 1 i ansökan från "212000-0811" på "ar" med motiveringen "Utfärdad av misstag"
    Så avvisas det med "ACCESS_DENIED"
    Och är mikromeriten "VO-OMV-01" för deltagare 1 i ansökan från "212000-0811" på "ar" inte återkallad
    När leverantörspersonal hos "212000-0837" återkallar mikromeriten "VO-OMV-01" för deltagare 1 i ansökan från "212000-0811" på "ar" med motiveringen "Utfärdad av misstag"
    Så är mikromeriten "VO-OMV-01" för deltagare 1 i ansökan från "212000-0811" på "ar" återkallad med motiveringen "Utfärdad av misstag", meddelat som händelse
    Och är mikromeriten "VO-HYG-02" för deltagare 1 i ansökan från "212000-0811" på "ar" inte återkallad
    När leverantörspersonal hos "212000-0837" återkallar mikromeriten "VO-OMV-01" för deltagare 1 i ansökan från "212000-0811" på "ar" med motiveringen "Igen"
    Så avvisas det med "CREDENTIAL_ALREADY_REVOKED"

  Scenario: En exporterad mikromerit verifieras; ändrad efter signeringen underkänns den; återkallad verifieras den som återkallad
    Givet att "212000-0811" ansöker om 2 deltagare till "Basal omvårdnad på arabiska" på "ar" från "2026-12-07"
    Och att "212000-2239" ansöker om 1 deltagare till "Basal omvårdnad på arabiska" på "ar" från "2026-12-07"
    Och datumet är "2026-12-07"
    Och leverantören startar leveransen för ansökan från "212000-0811" på "ar"
    Och datumet är "2027-02-15"
    Och leverantören avslutar leveransen för ansökan från "212000-0811" på "ar" där deltagare "2" inte fullföljde
    När konsumentpersonal exporterar mikromeriten "VO-OMV-01" för deltagare 1 i ansökan från "212000-0811" på "ar" som signerat Open Badge
    Så verifieras den exporterade mikromeriten som giltig, dess signatur stämmer med ägarens publicerade nyckel, och den anger deltagaren endast genom en saltad hash
    När leverantörspersonal hos "212000-0837" återkallar mikromeriten "VO-OMV-01" för deltagare 1 i ansökan från "212000-0811" på "ar" med motiveringen "Utfärdad av misstag"
    Så verifieras den exporterade mikromeriten som återkallad med motiveringen "Utfärdad av misstag"
    När någon ändrar den exporterade mikromeritens innehåll efter att den signerades
    Så underkänns den exporterade mikromeriten vid verifieringen som manipulerad

  Scenario: Deltagarens dataexport innehåller deltagarens mikromeriter, och mikromeriterna finns kvar efter gallringen
    Givet att "212000-0811" ansöker om 2 deltagare till "Basal omvårdnad på arabiska" på "ar" från "2026-12-07"
    Och att "212000-2239" ansöker om 1 deltagare till "Basal omvårdnad på arabiska" på "ar" från "2026-12-07"
    Och datumet är "2026-12-07"
    Och leverantören startar leveransen för ansökan från "212000-0811" på "ar"
    Och datumet är "2027-02-15"
    Och leverantören avslutar leveransen för ansökan från "212000-0811" på "ar" där deltagare "2" inte fullföljde
    Och leverantörspersonal hos "212000-0837" återkallar mikromeriten "VO-OMV-01" för deltagare 1 i ansökan från "212000-0811" på "ar" med motiveringen "Utfärdad av misstag"
    Så har dataexporten för deltagare 1 i ansökan från "212000-0811" på "ar" mikromeriterna "VO-OMV-01, VO-HYG-02", "VO-OMV-01" återkallad med motiveringen "Utfärdad av misstag"
    När 24 månader och 1 dag går
    Och gallringsjobbet körs
    Så är deltagare 1 i ansökan från "212000-0811" på "ar" anonymiserad
    Och har deltagare 1 i ansökan från "212000-0811" på "ar" mikromeriterna "VO-OMV-01, VO-HYG-02"
    Och är mikromeriten "VO-OMV-01" för deltagare 1 i ansökan från "212000-0811" på "ar" återkallad med motiveringen "Utfärdad av misstag", meddelat som händelse
    Och har dataexporten för deltagare 1 i ansökan från "212000-0811" på "ar" mikromeriterna "VO-OMV-01, VO-HYG-02", "VO-OMV-01" återkallad med motiveringen "Utfärdad av misstag"
