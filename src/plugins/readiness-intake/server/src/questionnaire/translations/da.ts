import type { QuestionnaireTranslation } from '../../../../shared/contracts/questionnaires';

/**
 * The default questionnaire (version 2) in Danish, for Danish founders: "du" to the respondent,
 * "jeres" for what the team owns, "I" for the firm in the consent. Keys and option values are the
 * English document's; the translations-coverage test keeps them in step with it.
 */
export const DA_TEXT: QuestionnaireTranslation = {
  title: 'Hvor klar er jeres team til at arbejde med en ekstern backend-udvikler, der arbejder asynkront?',
  intro:
    'Vi påtager os kun backend-opgaver, som en udvikler kan tage op ud fra en skriftlig specifikation og levere uden at ' +
    'deltage i jeres møder. Spørgsmålene handler om, hvordan jeres team arbejder i dag, så vælg det svar, der er sandt ' +
    'nu, frem for det, I sigter mod. Hvor „Jeg er ikke sikker“ er en mulighed, er det et fint svar: et gæt fortæller ' +
    'os mindre end et ærligt „ved ikke“.',

  dimensions: {
    documentation: {
      title: 'Systemdokumentation',
      description:
        'Er systemets adfærd skrevet ned (arkitektur, dataflows, runbooks), eller findes den kun i hovedet på en eller to udviklere og i chattråde?',
      questions: {
        documentation_architecture: {
          prompt:
            'Findes der en skriftlig beskrivelse af, hvordan jeres backend er bygget op: services, datalagre, og hvordan de hænger sammen?',
          options: {
            nothing_written: 'Nej, intet af den slags er skrevet ned',
            written_but_outdated: 'Der blev engang skrevet noget, men systemet har ændret sig siden',
            partly_current: 'Nogle dele er skrevet ned og opdaterede; andre er ikke',
            written_and_current: 'Ja, den er skrevet ned og bliver opdateret, når systemet ændres',
            not_sure: 'Jeg er ikke sikker',
          },
        },
        documentation_onboarding: {
          prompt: 'Hvordan lærte den seneste backend-udvikler, der kom til, hvordan systemet fungerer?',
          options: {
            pairing_with_one_person: 'Ved pair-programmering med den ene person, der kender det',
            asking_around: 'Ved at spørge sig for i chatten og på opkald og ved at læse koden',
            docs_plus_walkthroughs: 'Fra noget skriftlig dokumentation plus flere gennemgange for at udfylde hullerne',
            mostly_from_docs: 'Primært fra skriftlig dokumentation, og vedkommendes spørgsmål blev besvaret skriftligt',
            not_sure: 'Jeg er ikke sikker',
          },
        },
        documentation_artifacts: {
          prompt:
            'Hvilke af disse findes på skrift i dag og passer stadig med, hvordan systemet fungerer? Sæt kryds ved alle, der passer.',
          options: {
            system_overview: 'Et overblik eller diagram over services og datalagre',
            data_model: 'En beskrivelse af den centrale datamodel og af, hvor data flyder hen',
            runbooks: 'Runbooks til deployment, rollback eller håndtering af almindelige hændelser',
            api_reference: 'En API-reference, fx en OpenAPI-fil, der holdes i trit med koden',
            decision_records: 'En oversigt over tidligere tekniske beslutninger og begrundelsen for dem',
            none_of_these: 'Ingen af disse',
          },
        },
        documentation_notes: {
          prompt: 'Er der andet om, hvordan jeres team dokumenterer sit arbejde?',
          help: 'Valgfrit. Fx hvor dokumentationen ligger, eller hvad I har prøvet, som ikke holdt ved.',
          options: {},
        },
      },
    },
    specification: {
      title: 'Opgavespecifikation',
      description:
        'Indeholder backend-tickets systemkontekst, API-kontrakter og acceptkriterier med en definition of done, skrevet før arbejdet går i gang?',
      questions: {
        specification_acceptance_criteria: {
          prompt: 'Hvor mange af jeres backend-tickets har acceptkriterier, der er skrevet, før arbejdet går i gang?',
          options: {
            almost_none: 'Næsten ingen; en ticket er som regel en titel eller en linje eller to',
            some: 'Nogle, primært til større features',
            most: 'De fleste tickets har dem',
            every_ticket: 'Alle tickets; arbejdet går ikke i gang uden dem',
            not_sure: 'Jeg er ikke sikker',
          },
        },
        specification_api_contracts: {
          prompt:
            'Når et stykke arbejde tilføjer eller ændrer et API, er kontrakten (endpoints, request- og response-format, fejl) så skrevet ned, før kodningen går i gang?',
          options: {
            worked_out_in_code: 'Nej, den bliver fastlagt undervejs i koden',
            external_apis_only: 'Nogle gange, som regel kun for API’er, som eksterne klienter bruger',
            usually_but_shifts: 'Som regel, men detaljerne ændrer sig ofte, mens arbejdet er i gang',
            agreed_before_coding: 'Ja, den aftales skriftligt (i ticketen eller en skemafil), før kodningen går i gang',
            not_sure: 'Jeg er ikke sikker',
          },
        },
        specification_done: {
          prompt: 'Hvordan afgør I, at et leveret stykke backend-arbejde er færdigt?',
          options: {
            no_clear_point: 'Der er intet klart punkt; arbejdet fortsætter, indtil det føles rigtigt',
            agreed_in_call_after_delivery: 'Accepten aftales på et opkald, efter arbejdet er leveret',
            checked_against_vague_ticket: 'Nogen tjekker det op mod ticketen, men ticketen giver ofte plads til diskussion',
            checked_against_written_criteria:
              'Det tjekkes op mod acceptkriterier og en definition of done, der blev skrevet, før arbejdet begyndte',
          },
        },
      },
    },
    handoff: {
      title: 'Overdragelse',
      description:
        'Kunne en, der ikke kender systemet, tage den næste backend-ticket og levere noget, der er klar til review, uden en gennemgang?',
      questions: {
        handoff_next_ticket: {
          prompt:
            'Tag den næste backend-ticket i jeres kø. Hvis en udvikler, der aldrig har set jeres system, tog den, hvad ville der så ske?',
          options: {
            needs_walkthrough: 'Vedkommende ville have brug for en gennemgang fra nogen for at kunne gå i gang',
            several_calls: 'Vedkommende kunne gå i gang, men ville have brug for flere opkald for at udfylde hullerne',
            written_questions: 'Vedkommende kunne gå i gang og få svar på et par skriftlige spørgsmål undervejs',
            reviewable_from_ticket:
              'Vedkommende kunne lave en pull request, der er klar til review, alene ud fra ticketen og dokumentationen',
            not_sure: 'Jeg er ikke sikker',
          },
        },
        handoff_local_setup: {
          prompt: 'Hvor lang tid tager det en ny udvikler at få backenden til at køre på sin egen maskine, så testene består?',
          options: {
            never_without_help: 'Dage eller mere, og ingen har klaret det uden hjælp',
            days_with_help: 'En dag eller to, med en kollega ved siden af',
            readme_with_gaps: 'Et par timer efter en README, med et spørgsmål eller to',
            readme_under_an_hour: 'Under en time, alene ud fra README’en',
            not_sure: 'Jeg er ikke sikker',
          },
        },
        handoff_day_one: {
          prompt:
            'Hvilke af disse kunne en ekstern udvikler bruge fra første dag, uden at nogen skal sætte det op manuelt? Sæt kryds ved alle, der passer.',
          options: {
            test_environment: 'Et staging- eller testmiljø, som vedkommende kan deploye til',
            test_data: 'Realistiske testdata eller seed-scripts',
            ci_on_pull_requests: 'CI, der kører testene på hver pull request',
            logs_and_errors: 'Logs og fejlsporing, som vedkommende kan læse',
            owner_list: 'En skriftlig liste over, hvem man spørger om hvilken del af systemet',
            none_of_these: 'Ingen af disse',
          },
        },
      },
    },
    scoping: {
      title: 'Kategorisering af backloggen',
      description:
        'Skelner teamet mellem arbejde, der kræver langsigtet ejerskab, og arbejde med et afgrænset omfang og en klar slutstreg, og venter der sådant afgrænset arbejde lige nu?',
      questions: {
        scoping_waiting_now: {
          prompt:
            'Venter der lige nu backend-arbejde med et afgrænset omfang, fx en ny service, en integration, en migrering eller en komponent, der blokerer andet arbejde?',
          options: {
            nothing_waiting: 'Nej, intet af den slags venter',
            ideas_only: 'Der er idéer, men intet, vi endnu kunne beskrive på en side',
            waiting_not_written: 'Ja, mindst én opgave venter, men den er ikke skrevet ned endnu',
            waiting_and_written: 'Ja, og mindst én er beskrevet godt nok til, at man kan gå i gang med den',
          },
        },
        scoping_separation: {
          prompt:
            'Holder jeres backlog arbejde med en slutstreg adskilt fra løbende arbejde som vedligeholdelse, on-call og videreudvikling af produktet?',
          options: {
            one_list: 'Nej, alt står på én liste',
            in_leads_head: 'Kun uformelt; teamlederen ved, hvad der er hvad',
            some_projects_marked: 'Delvist; nogle projekter eller epics har en defineret afslutning',
            tracked_separately: 'Ja; afgrænsede projekter følges hver for sig, hvert med sit slutmål skrevet ned',
            not_sure: 'Jeg er ikke sikker',
          },
        },
        scoping_finish_line: {
          prompt: 'For det største afgrænsede stykke arbejde, du har i tankerne: Hvor klart er slutmålet defineret?',
          options: {
            nothing_in_mind: 'Der er ikke noget bestemt stykke arbejde i tankerne',
            end_would_shift: 'Vi ved nogenlunde, hvad vi vil have, men målet ville flytte sig undervejs',
            agreed_verbally: 'Slutmålet er aftalt mellem os, men ikke skrevet ned',
            written_with_out_of_scope: 'Slutmålet er skrevet ned, inklusive hvad der ligger uden for opgaven',
          },
        },
      },
    },
    async: {
      title: 'Asynkront samarbejde',
      description:
        'Gives feedback skriftligt, reviewes kode i pull requests, og bliver beslutninger skrevet ned? Kan en ekstern udvikler bidrage uden at deltage i standups?',
      questions: {
        async_without_standups: {
          prompt: 'Kunne en ekstern udvikler bidrage fuldt ud uden at deltage i jeres standups eller andre faste møder?',
          options: {
            meetings_expected: 'Nej; alle, der arbejder på koden, forventes at deltage i standups og planlægning',
            some_meetings_weekly: 'Kun hvis vedkommende deltog i et par møder hver uge',
            occasional_call: 'For det meste; der ville stadig være brug for et opkald en gang imellem',
            all_in_writing: 'Ja; tickets, spørgsmål og reviews foregår alle skriftligt',
          },
        },
        async_code_review: {
          prompt: 'Hvordan bliver ændringer i backend-koden reviewet?',
          options: {
            not_reviewed: 'Som udgangspunkt bliver de ikke reviewet; ændringer går direkte ind',
            walked_through_in_call: 'Forfatteren gennemgår ændringen med en kollega på et opkald',
            pull_requests_slow: 'I pull requests, men reviews venter ofte flere dage',
            pull_requests_within_a_day: 'I pull requests, med skriftlige kommentarer, som regel inden for en dag',
            not_sure: 'Jeg er ikke sikker',
          },
        },
        async_decisions: {
          prompt:
            'Når der træffes en teknisk beslutning (et bibliotek, en skemaændring, udformningen af et API), hvor ender den så?',
          options: {
            meetings_not_written: 'Den træffes på et møde eller opkald og bliver ikke skrevet ned',
            chat_threads: 'I en chattråd, som er svær at finde en måned senere',
            ticket_or_pull_request: 'I den ticket eller pull request, hvor den kom op',
            decision_log: 'I en beslutningslog eller et designdokument, som folk linker til',
            not_sure: 'Jeg er ikke sikker',
          },
        },
      },
    },
    ownership: {
      title: 'Roller omkring dokumentation og proces',
      description:
        'Er der en navngiven person, der skriver eller godkender specifikationer, en, der reviewer leveret arbejde, en, der beslutter omfanget, og er der afsat tid til review?',
      questions: {
        ownership_spec_author: {
          prompt: 'Er der en navngiven person, der skriver eller godkender backend-specifikationer, før arbejdet går i gang?',
          options: {
            nobody: 'Nej; den, der tager opgaven, finder selv ud af, hvad løsningen skal kunne',
            whoever_is_free: 'Den, der har tid, skriver dem; ingen er udpeget',
            named_but_stretched: 'Én person er udpeget, men vedkommende når sjældent at gøre det, før arbejdet går i gang',
            named_and_approves: 'Ja; en navngiven person skriver eller godkender hver specifikation, før arbejdet går i gang',
          },
        },
        ownership_reviewer: {
          prompt: 'Er der en navngiven person, der reviewer leveret backend-arbejde og beslutter, om det bliver accepteret?',
          options: {
            nobody: 'Nej; arbejdet bliver merget, så snart det kører',
            whoever_is_around: 'Den, der lige er til stede, reviewer det',
            named_no_backup: 'Én navngiven person, og arbejdet venter, når vedkommende har travlt eller er væk',
            named_with_backup: 'Ja; en navngiven reviewer med en navngiven stedfortræder, når vedkommende er væk',
          },
        },
        ownership_review_time: {
          prompt: 'Er der hver uge afsat tid til at skrive specifikationer og reviewe arbejde, som andre leverer?',
          options: {
            no_time: 'Nej; der er ikke afsat tid til review',
            when_someone_finds_time: 'Det sker, når nogen finder tiden',
            planned_but_dropped: 'Der er planlagt noget tid, men det er det første, der ryger i en travl uge',
            blocked_and_protected: 'Ja; der er sat timer af i kalenderen hver uge, og de bliver holdt',
          },
        },
      },
    },
  },

  contactFields: {
    name: { label: 'Dit navn' },
    email: { label: 'Arbejdsmail' },
    company: { label: 'Virksomhed' },
    role: { label: 'Din rolle' },
    teamSize: { label: 'Teamstørrelse', help: 'Antallet af udviklere i dit team, inklusive dig selv, hvis du skriver kode.' },
    timezone: { label: 'Tidszone', help: 'IANA-navnet på dit teams primære tidszone, fx Europe/Copenhagen.' },
  },

  backlogPrompt: {
    prompt: 'Hvilket backend-arbejde venter lige nu?',
    help:
      'Et par linjer pr. opgave er nok: hvad det er, hvad det berører, og hvordan „færdig“ ville se ud. ' +
      'Udelad alt, der er fortroligt.',
  },

  consentText:
    'Jeg accepterer, at I gemmer mine svar for at vurdere, om vi passer sammen, og for at kontakte mig om dem. ' +
    'I opbevarer dem i højst 365 dage, og jeg kan til enhver tid bede jer om at slette dem.',

  contradictions: {
    criteria_vs_acceptance_call:
      'Ifølge svarene har alle tickets acceptkriterier, der er skrevet, før arbejdet går i gang, men accepten aftales på et opkald efter levering.',
    architecture_vs_pairing:
      'Ifølge svarene er arkitekturen skrevet ned og opdateret, men nye udviklere lærer systemet ved pair-programmering med den ene person, der kender det.',
    fast_review_vs_no_review_time:
      'Ifølge svarene bliver pull requests reviewet inden for en dag, men der er ikke afsat tid til review.',
    no_standups_vs_unwritten_decisions:
      'Ifølge svarene kan en ekstern udvikler bidrage uden møder, men beslutninger træffes på møder og bliver ikke skrevet ned.',
    written_reviews_vs_call_reviews:
      'Ifølge svarene foregår spørgsmål og reviews skriftligt, men kodeændringer bliver reviewet ved at gennemgå dem på et opkald.',
    ticket_alone_vs_pairing:
      'Ifølge svarene kan en nyankommen levere den næste ticket alene ud fra ticketen og dokumentationen, men nye udviklere lærer systemet ved pair-programmering med den ene person, der kender det.',
  },

  report: {
    bandReadings: {
      ready:
        'Jeres team arbejder allerede, som asynkront samarbejde med en ekstern udvikler kræver: systemet er skrevet ned, ' +
        'tickets indeholder deres kontekst og acceptkriterier, og spørgsmål bliver besvaret skriftligt. En ekstern udvikler ' +
        'kan gå i gang med et afgrænset stykke backend-arbejde ud fra specifikationen og levere det uden at deltage i jeres møder.',
      close:
        'Det meste af det, asynkront arbejde kræver, er på plads, og hullerne er konkrete. Luk dem, der står nedenfor ' +
        '(som regel et par ugers arbejde med at skrive tingene ned snarere end en ændret proces), så kan en ekstern ' +
        'udvikler tage afgrænset backend-arbejde op ud fra en skriftlig specifikation.',
      foundation:
        'I dag ligger viden om, hvordan jeres system fungerer, mest hos personer og ikke på skrift, så en ekstern udvikler ' +
        'ville bruge sin tid på at spørge i stedet for at bygge. Det er almindeligt og kan løses: Start med rådene nedenfor ' +
        'for jeres laveste scorer, så bliver resten lettere for hvert skridt.',
    },
    advice: {
      documentation:
        'Skriv et kort på én side over backenden (services, datalagre, og hvordan de hænger sammen) og en runbook for de to ' +
        'ting, der oftest går i stykker. Læg begge i repositoriet, og opdater dem i den samme pull request, som ændrer systemet.',
      specification:
        'Før en backend-ticket sættes i gang, så giv den den systemkontekst, den berører, den API-kontrakt, den ændrer, og ' +
        'acceptkriterier, som en reviewer kan tjekke. Aftal definition of done i ticketen, ikke på et opkald efter levering.',
      handoff:
        'Tag den næste backend-ticket, og bed en, der ikke har arbejdet med den del af systemet, om at læse den uden ' +
        'forudgående viden. Hvert spørgsmål, vedkommende stiller, er noget, der skal tilføjes til ticketen eller ' +
        'dokumentationen, og besvar det skriftligt dér, hvor den næste vil finde det.',
      scoping:
        'Sortér backloggen i arbejde, der kræver langsigtet ejerskab, og arbejde med et afgrænset omfang og en klar ' +
        'slutstreg: en service, en integration, en migrering, en blokerende komponent. Den anden slags er det, en ekstern ' +
        'udvikler, der arbejder asynkront, kan tage fat på først.',
      async:
        'Flyt feedback og beslutninger over på skrift: Review kode i pull requests, skriv beslutninger ned i commits eller en ' +
        'beslutningslog, og besvar spørgsmål i tråde frem for på opkald, så en, der ikke deltager i jeres standups, kan følge med.',
      ownership:
        'Udpeg, hvem der skriver eller godkender specifikationer, hvem der reviewer leveret arbejde, og hvem der beslutter ' +
        'omfanget, og sæt tid af hver uge til review. Uden de navne venter leveret arbejde.',
    },
  },
};
