# language: sv
Egenskap: Händelser lämnar plattformen
  Varje ändring sparas tillsammans med sin händelse. Reläet publicerar händelserna på händelseämnet i den
  ordning de inträffade, och markerar en händelse som publicerad först när meddelandeservern har tagit
  emot den: en meddelandeserver som inte svarar försenar händelser, men ingen går förlorad och ingen
  publiceras två gånger.

  Bakgrund:
    Givet att jag är plattformsadministratör

  Scenario: Händelserna publiceras i den ordning de inträffade
    Givet att kommunen "Ronneby kommun" med organisationsnummer "212000-0837" och 29021 invånare är registrerad som konsument
    Och jag låter "212000-0837" ha rollerna leverantör och konsument
    När händelserna skickas vidare
    Så har dessa händelser publicerats, i ordning:
      | händelse                 | organisation |
      | OrganisationRegistered   | 212000-0837  |
      | OrganisationRolesChanged | 212000-0837  |
    Och väntar 0 händelser på att publiceras

  Scenario: Ett avbrott hos meddelandeservern försenar händelserna men ingen går förlorad
    Givet att meddelandeservern inte svarar
    Och att kommunen "Olofströms kommun" med organisationsnummer "212000-0811" och 13061 invånare är registrerad som konsument
    När händelserna skickas vidare
    Så har ingen händelse publicerats
    Och väntar 1 händelse på att publiceras
    När meddelandeservern svarar igen
    Och händelserna skickas vidare
    Så har dessa händelser publicerats, i ordning:
      | händelse               | organisation |
      | OrganisationRegistered | 212000-0811  |
    Och väntar 0 händelser på att publiceras
