import { prose } from './demo-prose';
import type { DemoTranslation } from './demo-translations';

/** Danish versions of two demo articles, the authors' roles and bios, and the settings. */
export const danish: DemoTranslation = {
  authors: {
    'ayu-kartikasari': {
      role: 'Backend-udvikler',
      bio: 'Ayu bygger og vedligeholder backend-tjenester fra Asynclines kontor i Magelang. Før hun kom til, arbejdede hun i flere år som selvstændig for nystartede virksomheder i Australien og Europa, mest med betalingsintegrationer, datamigreringer og den kø- og genforsøgskode, der holder dem kørende. Hun skriver om, hvad der gør en opgave mulig at gøre færdig, og hvad der får en overdragelse til at holde.',
    },
    'jonas-vinther': {
      role: 'Stifter og ledende konsulent',
      bio: 'Jonas startede Asyncline i København efter ti år som leder af backend-teams i produktvirksomheder, hvor han igen og igen så dygtige udviklere sidde fast på arbejde, som ingen havde skrevet ned. I dag bruger han det meste af sin tid på at hjælpe stiftere med at afgøre, hvilke dele af deres backlog en ekstern udvikler kan tage, og hvilke der bør blive i deres eget team.',
    },
  },
  articles: {
    'backend-ticket-without-a-call': {
      title: 'Sådan skriver du en backend-opgave, som en ekstern udvikler kan løse uden et opkald',
      summary:
        'En praktisk opbygning af backend-opgaver, der bærer deres egen kontekst: hvad der findes i dag, hvad der skal ændres, kontrakten, acceptkriterierne og hvad der ligger uden for opgaven.',
      market: null,
      body: prose(
        'De fleste backend-opgaver bliver skrevet som huskesedler. Den, der skriver dem, kender allerede systemet, dets historie og hvorfor arbejdet er vigtigt, så én linje er nok for dem. For en person uden for teamet er den samme linje starten på en samtale, og sidder personen fem eller ti timer væk, koster hver runde af samtalen en dag.',
        'Jeg har modtaget mange opgaver som freelancer. Dem, jeg kunne gøre færdige uden et opkald, havde de samme dele. Ingen af dem var lange; de fleste kunne være på én skærm.',
        '## Delene i en opgave, der kan gøres færdig',
        [
          '- Kontekst: to eller tre sætninger om, hvorfor arbejdet findes, og hvem det er til.',
          '- Nuværende adfærd: hvad systemet gør i dag, med links til den relevante kode, de relevante tabeller eller endpoints.',
          '- Ønsket adfærd: hvad der skal være sandt, når arbejdet er færdigt, set udefra.',
          '- Kontrakt: formen på request og response, fejlsvar og statuskoder.',
          '- Acceptkriterier: en kort liste af udsagn, der enten er sande eller falske, og som hver især kan testes.',
          '- Uden for opgaven: hvad udvikleren skal lade være, også selv om det ser forkert ud.',
        ].join('\n'),
        '## En god opgave er også dokumentation',
        'Når arbejdet er merget, bliver konteksten, kontrakten og beslutningerne i opgaven en optegnelse af, hvorfor systemet opfører sig, som det gør. Prøv det på én opgave, og sammenlign bagefter, hvor mange beskeder det krævede at lukke den, med den sidste opgave, du skrev på den korte måde.'
      ),
      cta: {
        heading: 'Hvor færdige er jeres opgaver?',
        text: 'Spørgeskemaets afsnit om specifikation og dokumentation spørger, hvordan I skriver opgaver i dag. Send et eksempel, så fortæller vi, hvad en ekstern udvikler ville spørge om først.',
        sellingPoints: [
          'Udviklere, der arbejder ud fra en skriftlig specifikation',
          'Spørgsmål besvaret i opgaven, ikke på møder',
          'Acceptkriterier aftalt, før arbejdet starter',
        ],
        buttonLabel: 'Start spørgeskemaet',
      },
      seo: {
        metaTitle: 'Backend-opgaver, en ekstern kan løse | Asyncline',
        metaDescription:
          'En praktisk opbygning af backend-opgaver, som en ekstern udvikler kan løse uden et opkald: kontekst, adfærd, kontrakt, acceptkriterier og afgrænsning.',
      },
      externalLinks: {
        'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status': {
          title: 'HTTP-statuskoder (MDN)',
          summary: 'Et overskueligt opslagsværk til at vælge og dokumentere statuskoder, når du skriver en API-kontrakt ned.',
        },
      },
    },
    'async-review-and-handoff': {
      title: 'Hvordan ser en god asynkron kodegennemgang og overdragelse ud?',
      summary:
        'Sådan gennemgår du en freelancers pull request på skrift, gemmer beslutninger, hvor folk kan finde dem, og afslutter arbejdet med en overdragelse, som dit team kan tage over uden forberedelse.',
      market: null,
      body: prose(
        'Når en freelancer arbejder i en anden tidszone, foregår det meste af samarbejdet i pull requesten. Det er her, arbejdet bliver forklaret, udfordret, rettet og til sidst godkendt. Er gennemgangen langsom eller uklar, gør tidsforskellen hver lille misforståelse til en tabt dag. Er den klar, betyder tidsforskellen næsten ingenting.',
        '## Sådan gennemgår du på skrift',
        [
          '- Skriv, om en kommentar blokerer for merge. Præfikser som “Blokerende:” og “Detalje:” er grove, men de virker.',
          '- Forklar hvorfor, ikke kun hvad der skal ændres.',
          '- Saml dine kommentarer. Én hel gennemgang er bedre end fem halve, der kommer hen over en eftermiddag.',
          '- Gennemgå inden for én arbejdsdag. Det er det løfte, der holder stafetten i gang.',
        ].join('\n'),
        '## Overdragelsen til sidst',
        'Merge er ikke slutningen på arbejdet. Et forløb med en freelancer bør slutte med en skriftlig overdragelse: hvad der blev bygget, hvordan det opfører sig i produktion, kendte begrænsninger skrevet som nye opgaver, og hvad der overraskede undervejs. Testen er enkel: kan en på dit team, som ikke var med, tage den næste relaterede opgave uden at spørge om noget?'
      ),
      cta: {
        heading: 'Hvordan kommer færdigt arbejde tilbage til jeres team?',
        text: 'Spørgeskemaets afsnit om overdragelse og asynkront arbejde ser på, hvordan I gennemgår arbejde og noterer beslutninger. Vi svarer på skrift, hvilket kun virker rimeligt.',
        sellingPoints: [
          'Pull requests, der forklarer sig selv',
          'Gennemgange og beslutninger på skrift',
          'Hvert forløb slutter med en skriftlig overdragelse',
        ],
        buttonLabel: 'Tag spørgeskemaet',
      },
      seo: {
        metaTitle: 'Asynkron kodegennemgang og overdragelse | Asyncline',
        metaDescription:
          'Hvordan en god asynkron pull request, en skriftlig kodegennemgang og en afsluttende overdragelse ser ud, når din backend-freelancer arbejder i en anden tidszone.',
      },
      externalLinks: {
        'https://martinfowler.com/articles/ship-show-ask.html': {
          title: 'Ship / Show / Ask (martinfowler.com)',
          summary: 'En måde at afgøre, hvilke ændringer der skal gennemgås før merge, og hvilke der kan gennemgås bagefter.',
        },
      },
    },
  },
  defaultCta: {
    heading: 'Er jeres backlog klar til en asynkron freelancer?',
    text: 'Vores spørgeskema ser på seks ting: dokumentation, specifikation, overdragelse, afgrænsning, asynkrone vaner og ejerskab. Vi svarer på skrift med, hvad vi ville ændre, før vi henter nogen ind.',
    sellingPoints: [
      'Et skriftligt svar, ikke et salgsopkald',
      'Udviklere i tidszoner i USA, EU og Asien-Stillehavsområdet',
      'Afgrænset arbejde med en klar slutning',
    ],
    buttonLabel: 'Tag spørgeskemaet om parathed',
  },
};
