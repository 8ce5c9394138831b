# language: sv
Egenskap: Ansökningar kommer in på en kö
  Ett annat system (en kommuns ärendehantering) kan skicka ansökningar som meddelanden i stället för att anropa
  API:t: samma JSON, inloggad med samma token, genom samma regler. Ett meddelande som meddelandeservern levererar
  igen skapar ingenting två gånger. Ett meddelande som inte kan bli en ansökan hamnar på kön för obeställbara
  meddelanden med orsaken, och kön fortsätter med nästa.

  Bakgrund:
    Givet att jag är plattformsadministratör
    Och att ägaren "eSP Nationell plattform (fiktiv demoägare)" med organisationsnummer "802999-0002" är registrerad
    Och att kommunen "Ronneby kommun" med organisationsnummer "212000-0837" och 29021 invånare är registrerad som leverantör och konsument
    Och att kommunen "Olofströms kommun" med organisationsnummer "212000-0811" och 13061 invånare är registrerad som konsument
    Och att "Ronneby kommun" erbjuder "Studievägledning online, arabiska" som kräver "study-guidance", ges på "ar, ti" med 1 tillfälle om 60 minuter i veckan i 10 veckor för grupper om 3 till 8 för "6500.00" per deltagare

  Scenario: En ansökan på kön blir en ansökan, hur många gånger den än kommer
    När en handläggare hos "212000-0811" skickar en ansökan om 2 deltagare till "Studievägledning online, arabiska" på "ar" från "2026-12-07" på kön med nyckeln "olofstrom-2026-0042"
    Så tar kön emot den som en ny ansökan
    Och har "212000-0811" 1 ansökan
    När meddelandeservern levererar samma meddelande igen
    Så tar kön emot den som ansökan den redan har
    När en handläggare hos "212000-0811" skickar en ansökan om 2 deltagare till "Studievägledning online, arabiska" på "ar" från "2026-12-07" på kön med nyckeln "olofstrom-2026-0042"
    Så tar kön emot den som ansökan den redan har
    Och har "212000-0811" 1 ansökan
    Och ligger ingenting på kön för obeställbara meddelanden

  Scenario: Utan egen nyckel känns ett meddelande som levereras igen ändå igen
    När en handläggare hos "212000-0811" skickar en ansökan om 1 deltagare till "Studievägledning online, arabiska" på "ar" från "2026-12-07" på kön
    Och meddelandeservern levererar samma meddelande igen
    Så tar kön emot den som ansökan den redan har
    Och har "212000-0811" 1 ansökan

  Scenario: Meddelanden som inte kan bli ansökningar hamnar bland de obeställbara med sin orsak
    När en handläggare hos "212000-0811" skickar "det här är inte JSON" på kön
    Så ligger meddelandet på kön för obeställbara meddelanden med orsaken "MALFORMED_JSON"
    När en handläggare hos "212000-0811" skickar "{\"language\": \"ar\", \"earliestStart\": \"2026-12-07\"}" på kön
    Så ligger meddelandet på kön för obeställbara meddelanden med orsaken "SCHEMA_VIOLATION" för fältet "offeringVersionId"
    När en handläggare hos "212000-0811" skickar en ansökan till ett erbjudande som inte finns på kön
    Så ligger meddelandet på kön för obeställbara meddelanden med orsaken "UNKNOWN_OFFERING"
    När en handläggare hos "212000-0811" skickar en ansökan om 1 deltagare till "Studievägledning online, arabiska" på "so" från "2026-12-07" på kön
    Så ligger meddelandet på kön för obeställbara meddelanden med orsaken "VALIDATION_FAILED" för fältet "language"
    När någon utan token skickar en ansökan om 1 deltagare till "Studievägledning online, arabiska" på "ar" från "2026-12-07" på kön
    Så ligger meddelandet på kön för obeställbara meddelanden med orsaken "UNAUTHENTICATED"
    När leverantörspersonal hos "212000-0837" skickar en ansökan om 1 deltagare till "Studievägledning online, arabiska" på "ar" från "2026-12-07" på kön
    Så ligger meddelandet på kön för obeställbara meddelanden med orsaken "ACCESS_DENIED"
    När en handläggare hos "212000-0811" skickar en ansökan om 1 deltagare till "Studievägledning online, arabiska" på "ar" från "2026-12-07" på kön
    Så tar kön emot den som en ny ansökan
    Och har "212000-0811" 1 ansökan
