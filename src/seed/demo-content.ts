/**
 * Demo content used to seed a fresh development database.
 *
 * Plain data only: no imports, no side effects. Article bodies use a small
 * subset of Strapi's "blocks" rich-text format (paragraph, heading, list,
 * quote), built with the local helpers below to keep the prose readable.
 */

export type DemoText = { type: 'text'; text: string; bold?: boolean; italic?: boolean };
export type DemoBlock =
  | { type: 'paragraph'; children: DemoText[] }
  | { type: 'heading'; level: 2 | 3; children: DemoText[] }
  | { type: 'list'; format: 'unordered' | 'ordered'; children: { type: 'list-item'; children: DemoText[] }[] }
  | { type: 'quote'; children: DemoText[] };

export type DemoAuthor = { key: string; name: string; role: string; company: string; bio: string };

export type DemoArticle = {
  key: string;
  title: string;
  summary: string;
  market: string | null;
  authorKey: string;
  readinessDimensions: Array<'documentation' | 'specification' | 'handoff' | 'scoping' | 'async' | 'ownership'>;
  body: DemoBlock[];
  cta: { heading: string; text: string; sellingPoints: string[]; buttonLabel: string };
  seo: { metaTitle: string; metaDescription: string };
  relatedArticleKeys: string[];
  externalLinks: Array<{ title: string; summary: string; url: string }>;
};

// ---------------------------------------------------------------------------
// Local helpers (not exported)
// ---------------------------------------------------------------------------

type Inline = string | DemoText;
type ListItem = Inline | Inline[];

const text = (value: string): DemoText => ({ type: 'text', text: value });
const b = (value: string): DemoText => ({ type: 'text', text: value, bold: true });
const em = (value: string): DemoText => ({ type: 'text', text: value, italic: true });

const inline = (parts: Inline[]): DemoText[] => parts.map((part) => (typeof part === 'string' ? text(part) : part));

const p = (...parts: Inline[]): DemoBlock => ({ type: 'paragraph', children: inline(parts) });
const h2 = (value: string): DemoBlock => ({ type: 'heading', level: 2, children: [text(value)] });
const h3 = (value: string): DemoBlock => ({ type: 'heading', level: 3, children: [text(value)] });
const quote = (...parts: Inline[]): DemoBlock => ({ type: 'quote', children: inline(parts) });

const list = (format: 'unordered' | 'ordered', items: ListItem[]): DemoBlock => ({
  type: 'list',
  format,
  children: items.map((item) => ({
    type: 'list-item' as const,
    children: inline(Array.isArray(item) ? item : [item]),
  })),
});
const ul = (...items: ListItem[]): DemoBlock => list('unordered', items);
const ol = (...items: ListItem[]): DemoBlock => list('ordered', items);

// ---------------------------------------------------------------------------
// Authors
// ---------------------------------------------------------------------------

export const demoAuthors: DemoAuthor[] = [
  {
    key: 'ayu-kartikasari',
    name: 'Ayu Kartikasari',
    role: 'Backend Developer',
    company: 'Asyncline',
    bio: 'Ayu builds and maintains backend services from Asyncline’s Magelang office. Before joining, she spent several years as an independent contractor for early-stage companies in Australia and Europe, mostly on payment integrations, data migrations and the queue-and-retry code that keeps them running. She writes about what makes a ticket finishable and what makes a hand-off stick.',
  },
  {
    key: 'jonas-vinther',
    name: 'Jonas Vinther',
    role: 'Founder & Principal Consultant',
    company: 'Asyncline',
    bio: 'Jonas started Asyncline in Copenhagen after a decade of running backend teams at product startups, where he kept seeing good engineers blocked on work nobody had written down. He now spends most of his time helping founders decide which parts of their backlog an outside engineer can take on, and which parts should stay with their own team.',
  },
];

// ---------------------------------------------------------------------------
// Articles
// ---------------------------------------------------------------------------

export const demoArticles: DemoArticle[] = [
  // -------------------------------------------------------------------------
  {
    key: 'wellington-backend-hiring',
    title: "Hiring Backend Engineers in Wellington (Pōneke): A Founder's Guide",
    summary:
      'What the Wellington backend hiring market looks like for a small startup, how its timezone lines up with APAC, EU and US contractors, and when async work fits.',
    market: 'Wellington',
    authorKey: 'jonas-vinther',
    readinessDimensions: ['async', 'handoff'],
    body: [
      p(
        'Wellington is a good city to build a software company in and a slow city to hire a backend engineer in. Both are true for the same reason: it is small, it is close-knit, and most of the experienced engineers already have jobs they like. If you are a founder here with a product that has started to get traction, you will probably reach the point where the backlog grows faster than the team, and the usual answer (post a role, wait, interview) takes longer than you hoped.'
      ),
      p(
        'This piece is about what that market looks like from a startup’s side of the table, how Wellington’s position on the clock affects working with remote contractors, and how to tell whether handing part of the work to an async contractor is a sensible move or a distraction.'
      ),
      h2('What the local market looks like'),
      p(
        'In our experience, Wellington’s backend talent is concentrated in three places: government and the agencies and vendors that serve it, a handful of established product companies, and consultancies. Engineers from those backgrounds tend to be solid on integration work, security reviews and systems that have to stay up for years. They are less likely to be actively looking, and when they do move, they often weigh stability and sensible hours more heavily than equity.'
      ),
      p('For a seed-stage or Series A startup, this has a few practical consequences:'),
      ul(
        [
          b('Senior hires take months, not weeks.'),
          ' Founders we talk to regularly describe a search that ran a full quarter for a single senior backend role.',
        ],
        [
          b('Referrals do most of the work.'),
          ' The city is small enough that your shortlist often overlaps with another founder’s.',
        ],
        [
          b('Salary is rarely the only lever.'),
          ' Engineers coming from the public sector often care about clear scope and predictable hours, which a chaotic early startup struggles to offer.',
        ],
        [
          b('Specialist experience is thin.'),
          ' If you need someone who has already run a large Postgres migration or built a payments integration, there may be only a few people in town who fit, and they are probably busy.',
        ]
      ),
      p(
        'None of this means you should stop hiring locally. Your core team, the people who own the architecture and will still be around in three years, should be people you can sit next to when it matters. The real question is what to do with the work that piles up while you search.'
      ),
      h2('How Wellington lines up with the clock'),
      p(
        'Wellington sits at UTC+12 in the southern winter and UTC+13 during daylight saving, which runs from late September to early April. That puts you at the front of the world’s working day, and it changes how you work with people elsewhere.'
      ),
      ul(
        [
          b('APAC (Magelang, UTC+7):'),
          ' five or six hours behind you. Your afternoon is their morning, which gives roughly three to four hours of shared working time each day. This is the easiest pairing for quick written back-and-forth.',
        ],
        [
          b('EU (Copenhagen, UTC+1 or UTC+2):'),
          ' ten to twelve hours behind. There is effectively no overlap, but there is a clean relay: a contractor in Europe is working while you sleep, and a question you leave at 5pm is usually answered by the time you are back.',
        ],
        [
          b('US (Austin, UTC−6 or UTC−5):'),
          ' seventeen to nineteen hours behind, which is easier to think of as “a few hours ahead, one day back”. Your Monday morning is their Sunday afternoon, and their Friday afternoon is your Saturday. Plan reviews around that missing day.',
        ]
      ),
      p(
        'Because the two hemispheres switch daylight saving in opposite directions and on different dates, these gaps drift by an hour or two around March, April, September, October and November. Write times in UTC in your tickets, or name the timezone explicitly, and let the calendar do the conversion.'
      ),
      h2('When async contracting fits'),
      p(
        'Async contracting works when a piece of work can be described well enough that someone can finish it without a walkthrough, and when your team can review the result in writing. From Wellington, the EU relay is the strongest argument for it: a well-specified ticket handed over at the end of your day can come back as a pull request ready for review the next morning.'
      ),
      p('In our experience it fits well for:'),
      ul(
        'a self-contained service with a clear interface, such as a webhook receiver or a reporting export',
        'an integration with a third-party API whose contract is documented',
        'a migration with a defined start state, end state and rollback plan',
        'a component that is blocking a feature your own team is building, where the interface can be agreed up front'
      ),
      p(
        'It fits poorly when the work is mostly discovery, when the only person who understands the system is too busy to write anything down, or when decisions get made in hallway conversations and never reach the ticket. In those cases the first step is not a contractor. It is writing down how the system behaves and who decides what.'
      ),
      quote(
        'A useful test: could someone who has never seen your codebase pick up the next ticket in your backlog and know when they were done? If yes, you can hand it off. If not, that is the work to do first.'
      ),
      p(
        'Wellington teams often already work this way with each other, because small teams in a small city learn to respect each other’s time. The same habits, namely tickets with context, decisions recorded where people can find them and reviews done in writing, are what make an overnight relay with Copenhagen or a morning overlap with Magelang actually work.'
      ),
    ],
    cta: {
      heading: 'Make the time difference work for you',
      text: 'Tell us about your backlog and how your team works today. We will tell you which work could run overnight with an EU contractor or in the daily overlap with our Magelang office, and what to write down first.',
      sellingPoints: [
        'An overnight relay with EU-based contractors',
        'Three to four hours of daily overlap with APAC',
        'A written readiness assessment before any contract',
      ],
      buttonLabel: 'Check your readiness',
    },
    seo: {
      metaTitle: 'Hiring Backend Engineers in Wellington | Asyncline',
      metaDescription:
        'A founder’s view of Wellington’s backend hiring market, its timezone overlap with APAC, EU and US contractors, and when async contracting makes sense.',
    },
    relatedArticleKeys: ['backend-ticket-without-a-call', 'melbourne-backend-market', 'async-review-and-handoff'],
    externalLinks: [
      {
        title: 'Time Zone Database (IANA)',
        summary: 'The reference database behind most software’s timezone and daylight-saving rules, including New Zealand’s.',
        url: 'https://www.iana.org/time-zones',
      },
    ],
  },

  // -------------------------------------------------------------------------
  {
    key: 'melbourne-backend-market',
    title: 'Melbourne’s Backend Market & When to Go Async',
    summary:
      'Melbourne has a deep pool of backend engineers and plenty of companies competing for them. Where async contractors fit alongside a small local team.',
    market: 'Melbourne',
    authorKey: 'ayu-kartikasari',
    readinessDimensions: ['scoping', 'ownership'],
    body: [
      p(
        'Melbourne is one of the deeper backend hiring markets in the Asia-Pacific region. There are experienced engineers here who have worked on banking systems, marketplaces, logistics platforms and a long tail of SaaS products. The catch is that plenty of companies know this, and a startup with a small team and an unfinished product is competing with employers who can offer bigger teams, settled processes and a clearer career ladder.'
      ),
      p(
        'Before joining Asyncline I worked as a remote contractor for two Melbourne startups, both from Indonesia, and the pattern in each was similar. The founders had hired a strong first backend engineer locally. That engineer quickly became the person everything routed through: the architecture, the production incidents, the one integration nobody else understood, and every new feature. Hiring a second engineer was taking months. Meanwhile the backlog filled up with work that did not really need the first engineer’s judgement. It just needed someone to do it carefully.'
      ),
      h2('What founders run into when hiring locally'),
      p('From conversations with founders, and from my own time on the contractor side, these are the recurring difficulties:'),
      ul(
        'Larger employers, especially in finance and enterprise software, compete hard for mid-level and senior engineers, so offers take longer to land.',
        'Candidates ask sharp questions about how work is planned. A backlog that lives in one person’s head is a warning sign to experienced engineers, and they notice it in the interview.',
        'Local freelance rates are high enough that founders hesitate to bring someone in for “just a few weeks” without knowing exactly what those weeks will produce.',
        'Onboarding anyone, employee or contractor, costs your first engineer time they do not have.'
      ),
      p(
        'That last point matters most. Whether you hire locally or remotely, someone has to explain the system. If nothing is written down, every new person is a drain on the one person you can least afford to drain.'
      ),
      h2('Timezones from Melbourne’s side'),
      p(
        'Melbourne is on UTC+10 in the southern winter and UTC+11 during daylight saving, from the first Sunday in October to the first Sunday in April.'
      ),
      ul(
        [
          b('APAC (Magelang, UTC+7):'),
          ' three or four hours behind. Melbourne’s late morning and afternoon line up with a full Indonesian working morning, which usually gives five or more hours of shared time. In practice it is close to working in the same timezone.',
        ],
        [
          b('EU (Copenhagen, UTC+1 or UTC+2):'),
          ' eight to ten hours behind. A contractor in Europe starts work around the time Melbourne is finishing. In the southern winter there is a thin overlap at the end of your day; in the southern summer there is none.',
        ],
        [
          b('US (Austin, UTC−6 or UTC−5):'),
          ' fifteen to seventeen hours behind, on the previous calendar day. Melbourne’s early morning meets the end of the US working day before, so any live overlap means someone starting early or staying late.',
        ]
      ),
      p(
        'For most Melbourne teams, the Magelang overlap is the comfortable option: enough shared hours for a written question to be answered the same day, without anyone working late.'
      ),
      h2('Deciding what to hand off'),
      p(
        'The most useful thing a Melbourne founder can do before looking for outside help is to split the backlog into two kinds of work. ',
        b('Ownership work'),
        ' is anything that needs long-term judgement about your system: the data model, the deployment setup, the choice of queue, the shape of your public API. ',
        b('Scoped work'),
        ' has a finish line: build this export, integrate this payment provider against this contract, migrate these tables to this schema with this rollback plan.'
      ),
      p(
        'Ownership work should stay with your local engineer and whoever you hire next. Scoped work is where an async contractor helps, because it can be described, done and reviewed without the contractor needing to own your architecture. The split also protects your first engineer: instead of doing everything, they write or approve the specs for the scoped work and review what comes back.'
      ),
      quote(
        'If you cannot name the person who will approve the spec and review the pull request, the work is not ready to hand off, however small it looks.'
      ),
      p(
        'That named person is the piece most often missing. Founders sometimes expect a contractor to “just figure it out”. An experienced contractor can, but the result is a system decision made by someone who will not be around to live with it. A better arrangement is a short written spec, approved by your engineer, with acceptance criteria the contractor can test against. It takes an hour to write and regularly saves days.'
      ),
      p(
        'Melbourne is a good place to build a backend team. It is not a fast place to build one. Async contracting will not replace that team, but used on the right work it can stop the backlog from setting your hiring timeline for you.'
      ),
    ],
    cta: {
      heading: 'Find the scoped work in your backlog',
      text: 'Our readiness questionnaire asks how you separate ownership work from work with a finish line, and who signs off on each. We reply with a short written assessment.',
      sellingPoints: [
        'Five or more hours of daily overlap with our Magelang office',
        'Contractors work against a spec your engineer approves',
        'Architecture decisions stay with your team',
      ],
      buttonLabel: 'Start the questionnaire',
    },
    seo: {
      metaTitle: 'Melbourne’s Backend Market & Async Work | Asyncline',
      metaDescription:
        'How Melbourne startups compete for backend engineers, how the city’s timezone lines up with APAC, EU and US contractors, and what work to hand off.',
    },
    relatedArticleKeys: ['scoped-vs-ownership-work', 'wellington-backend-hiring'],
    externalLinks: [],
  },

  // -------------------------------------------------------------------------
  {
    key: 'austin-backend-hiring',
    title: 'Should You Still Hire Every Backend Engineer Locally in Austin?',
    summary:
      'Austin’s tech scene has grown quickly, and so has the competition for backend engineers. How founders there can use the overnight gap to APAC and the morning overlap with Europe.',
    market: 'Austin',
    authorKey: 'jonas-vinther',
    readinessDimensions: ['async', 'documentation'],
    body: [
      p(
        'Austin has spent the last decade becoming one of the first places US founders mention when they talk about building outside the Bay Area. Large technology companies have opened sizeable offices there, many engineers have moved in, and the startup community is active and generous with advice. For a founder, that means a real pool of backend engineers within driving distance. It also means you are hiring from the same pool as companies with far larger budgets.'
      ),
      p(
        'This piece looks at what that means for a small team, where Austin sits relative to contractors in Europe and Asia, and how to decide whether some of your backend work could be done asynchronously instead of waiting for the next hire.'
      ),
      h2('The local picture'),
      p('In our experience working with Austin founders, three things shape the backend hiring market:'),
      ol(
        [
          b('Big-company gravity.'),
          ' When a large employer is hiring aggressively in your city, salary expectations and interview timelines move with it. Startups usually find out at the offer stage, when a candidate mentions a competing number.',
        ],
        [
          b('A strong mid-level pool and a thinner senior one.'),
          ' There are many capable engineers with a few years of experience. Engineers who have designed and run a backend from scratch, and who want to do it again at a small company, are harder to find.',
        ],
        [
          b('Remote expectations.'),
          ' Many engineers here have worked remotely or hybrid for years. A startup that insists on five days in the office narrows its pool more than it expects.',
        ]
      ),
      p(
        'None of this is unusual for a growing tech city. The practical result is the same as elsewhere: your first backend engineers are precious, and every hour they spend on work that does not need their judgement is an hour not spent on the decisions only they can make.'
      ),
      h2('Austin on the clock'),
      p(
        'Austin is on US Central time: UTC−6 in winter and UTC−5 during daylight saving, from the second Sunday in March to the first Sunday in November.'
      ),
      ul(
        [
          b('US contractors:'),
          ' full overlap, or close to it. A contractor on Pacific or Eastern time shares most of your working day.',
        ],
        [
          b('EU (Copenhagen, UTC+1 or UTC+2):'),
          ' usually seven hours ahead. Your first two hours of the morning are their last two hours of the afternoon. That is enough for a short written check-in and a quick answer to a blocking question, if you keep the start of the morning free for it.',
        ],
        [
          b('APAC (Magelang, UTC+7):'),
          ' twelve or thirteen hours ahead, almost exactly opposite. When you close your laptop in the evening, a contractor in Indonesia is starting their day.',
        ]
      ),
      p(
        'The US and Europe change their clocks on different weekends, so for a few weeks each March and around the turn of October into November the gap to Copenhagen is six hours instead of seven. It is a small detail, and exactly the kind that causes a missed review.'
      ),
      h2('Making the overnight gap useful'),
      p(
        'The twelve-hour gap to APAC is either your best asset or a source of slow, frustrating loops. Which one it becomes depends almost entirely on how much is written down.'
      ),
      p(
        'If a contractor in Magelang picks up a ticket at the start of their day, hits an ambiguity two hours in and has nobody to ask, they either guess or stop. Guessing produces rework; stopping wastes a day. Either way you find out the next morning and the loop starts again. The teams that make this work tend to do a few things consistently:'
      ),
      ul(
        'They document how the relevant part of the system behaves before the work starts: the data involved, the services it talks to, and the failure modes they already know about.',
        'They write acceptance criteria the contractor can check without asking anyone.',
        'They answer questions in the ticket or the pull request rather than on a call, so the answer is waiting when the contractor’s day begins.',
        'They agree in advance which decisions the contractor may make alone and which should wait for a reply.'
      ),
      p(
        'When those habits are in place, the gap works in your favour. You review in the morning, leave comments before lunch, and the revised work is waiting the next day. A migration or an integration can move forward every day while costing your engineer little more than review time.'
      ),
      h2('When to keep it local'),
      p(
        'Async contracting is not the answer for everything in an Austin backlog. Work that is mostly discovery, architectural choices you will live with for years, and anything that needs constant back-and-forth with a customer are better done by your own team. The sensible split is to keep ownership with the people you hire locally and send scoped, well-described work to whoever can do it well, in whatever timezone they happen to be.'
      ),
    ],
    cta: {
      heading: 'Put the overnight hours to work',
      text: 'Tell us how your team writes things down today. We will point out what a contractor twelve hours away would trip over, and what to fix first.',
      sellingPoints: [
        'Contractors in US, EU and APAC timezones',
        'Overnight turnaround on well-specified tickets',
        'Questions and decisions kept in writing',
      ],
      buttonLabel: 'Take the questionnaire',
    },
    seo: {
      metaTitle: 'Hiring Backend Engineers in Austin | Asyncline',
      metaDescription:
        'Austin’s backend hiring market from a founder’s view, plus how to use the overnight gap to APAC and the morning overlap with EU async contractors.',
    },
    relatedArticleKeys: ['async-review-and-handoff', 'dublin-backend-hiring', 'backend-ticket-without-a-call'],
    externalLinks: [],
  },

  // -------------------------------------------------------------------------
  {
    key: 'dublin-backend-hiring',
    title: 'Dublin’s Backend Hiring Market: Competing With Big Tech Next Door',
    summary:
      'Dublin is full of excellent backend engineers, many of them at large US companies. How a startup can compete, and where async contractors in EU and APAC timezones fit.',
    market: 'Dublin',
    authorKey: 'jonas-vinther',
    readinessDimensions: ['specification', 'ownership', 'handoff'],
    body: [
      p(
        'Dublin has an unusual backend hiring market for a city of its size. Several of the largest US technology companies run their European headquarters there, and they have trained a generation of engineers in large-scale systems, on-call rotations and careful code review. For a startup, that is both the appeal and the problem: the engineers you want are nearby, and they are very comfortable where they are.'
      ),
      h2('What startups run into'),
      p('In our experience, Dublin founders describe the same few obstacles:'),
      ul(
        [
          b('Compensation set by large employers.'),
          ' Their packages are hard to match with salary alone, and early-stage equity is a harder sell to someone who has watched large-company stock vest on schedule.',
        ],
        [
          b('Scale habits that do not always translate.'),
          ' An engineer who has spent years inside a big platform team may be excellent, but used to internal tooling that a five-person startup simply does not have.',
        ],
        [b('Housing and cost of living,'), ' which shape where people are willing to work and how often they want to commute.'],
        [b('A busy contractor market,'), ' where experienced local freelancers are often booked well ahead.']
      ),
      p(
        'The engineers who do make the jump to startups often do it because they want to own something end to end. That is worth designing for. Give your local hires the ownership work, meaning the architecture, the data model and the decisions, and make sure they are not buried under work someone else could do.'
      ),
      h2('Dublin’s place on the clock'),
      p(
        'Dublin is on UTC+0 in winter and UTC+1 in summer, changing on the same dates as the rest of the EU. That makes it one of the better-placed cities for working with distributed contractors.'
      ),
      ul(
        [
          b('EU (Copenhagen):'),
          ' one hour ahead, all year. This is effectively same-day, same-hours collaboration, with the option of a call when one is genuinely needed.',
        ],
        [
          b('APAC (Magelang, UTC+7):'),
          ' six or seven hours ahead. Your morning is their afternoon, which gives one to two hours of shared time at the start of your day, and work done in Indonesia is ready for review when you arrive.',
        ],
        [
          b('US:'),
          ' Eastern time is five hours behind and Central time six. Your afternoon overlaps their morning, which matters if your customers or investors are in the US.',
        ]
      ),
      p(
        'Put together, a Dublin startup can have a contractor in Asia working before the office opens, a contractor elsewhere in Europe working the same hours as the team, and US stakeholders reachable in the afternoon. That only helps if the work is set up to move between people without someone narrating it.'
      ),
      h2('Writing specs someone else can finish'),
      p(
        'The main reason async contracting fails is not distance. It is vague work. A ticket that says “add Stripe webhooks” means something precise to the engineer who wrote it and almost nothing to anyone else. Before a ticket goes to a contractor, we ask Dublin teams to check three things.'
      ),
      h3('Is there an agreed contract?'),
      p(
        'For any new endpoint or integration, write down the request and response shapes, the error cases and the status codes you expect. It does not need to be a full OpenAPI document. A short table in the ticket is enough, as long as it is the version both sides will test against.'
      ),
      h3('Are the acceptance criteria testable?'),
      p(
        '“Works correctly” is not a criterion. “A duplicate webhook event with the same ID is acknowledged with a 200 and does not create a second payment record” is. If the contractor can write a test for each criterion, they can tell when they are done without asking.'
      ),
      h3('Who approves and who reviews?'),
      p(
        'Name one person who approves the spec before work starts and one person who reviews the pull request. They can be the same person. What matters is that the contractor knows whose judgement counts, and that this person has time blocked out to give it.'
      ),
      h2('The hand-off back'),
      p(
        'The other half is the return trip. When the work is done, it should come back with enough written context that your team can own it without a meeting: what was built, what was deliberately left out, how to run it locally and what to watch in production.'
      ),
      p(
        'If your engineers can pick it up cold and keep going, the arrangement worked. If they need a walkthrough, the hand-off was not finished yet, and the fix is usually a page of writing rather than another call.'
      ),
    ],
    cta: {
      heading: 'Check your specs before you hire',
      text: 'The readiness questionnaire looks at how your team writes tickets, who approves them and how finished work comes back. We reply with specific changes, in writing.',
      sellingPoints: [
        'EU-based contractors one hour from Dublin',
        'Overnight progress from our Magelang office',
        'Every engagement ends with a written hand-off',
      ],
      buttonLabel: 'Take the questionnaire',
    },
    seo: {
      metaTitle: 'Dublin’s Backend Hiring Market | Asyncline',
      metaDescription:
        'How Dublin startups can compete for backend engineers next to big tech, and how to write specs that EU and APAC async contractors can finish.',
    },
    relatedArticleKeys: ['backend-ticket-without-a-call', 'austin-backend-hiring'],
    externalLinks: [],
  },

  // -------------------------------------------------------------------------
  {
    key: 'backend-ticket-without-a-call',
    title: 'How to Write a Backend Ticket an Outside Engineer Can Finish Without a Call',
    summary:
      'A practical structure for backend tickets that carry their own context: what exists, what should change, the contract, acceptance criteria and what is out of scope.',
    market: null,
    authorKey: 'ayu-kartikasari',
    readinessDimensions: ['specification', 'documentation'],
    body: [
      p(
        'Most backend tickets are written as reminders. The person who writes them already knows the system, its history and why the work matters, so a single line is enough for them. For someone outside the team, that same line is the start of a conversation, and if that person is five or ten hours away, each round of the conversation costs a day.'
      ),
      p(
        'I have been on the receiving end of a lot of tickets as a contractor. The ones I could finish without a call all had the same parts. None of them were long; most fitted on one screen.'
      ),
      h2('The parts of a finishable ticket'),
      ol(
        [
          b('Context.'),
          ' Two or three sentences on why the work exists and who it is for. “Customers on the annual plan cannot download invoices older than twelve months, and support handles this by hand every week.”',
        ],
        [
          b('Current behaviour.'),
          ' What the system does today, with links to the relevant code, tables or endpoints. If nobody is sure, say so. That is useful information too.',
        ],
        [
          b('Desired behaviour.'),
          ' What should be true when the work is done, described from the outside: what a user, an API client or another service will observe.',
        ],
        [
          b('Contract.'),
          ' For anything with an interface, the request and response shapes, error responses and status codes. For a migration, the schema before and after, and the rollback.',
        ],
        [b('Acceptance criteria.'), ' A short list of statements that are either true or false, each one testable.'],
        [b('Out of scope.'), ' What the contractor should leave alone, even if it looks broken.'],
        [b('Decisions.'), ' Which choices the contractor may make alone, and who to ask about the rest.']
      ),
      h2('An example'),
      p('Here is the difference in practice. A typical reminder-style ticket reads:'),
      quote('Add pagination to the invoices endpoint.'),
      p('The same work, written for someone outside the team:'),
      ul(
        [
          b('Context:'),
          ' the invoices endpoint returns every invoice for an account. Our largest customers have thousands, and the dashboard times out for them.',
        ],
        [
          b('Current behaviour:'),
          ' GET /accounts/{id}/invoices returns a JSON array of all invoices, newest first. The handler and the query live in the billing module; links are in the ticket.',
        ],
        [
          b('Desired behaviour:'),
          ' clients can request invoices a page at a time, at most 100 per page, with a cursor for the next page.',
        ],
        [
          b('Contract:'),
          ' optional query parameters ',
          em('limit'),
          ' (1 to 100, default 50) and ',
          em('cursor'),
          ' (an opaque string). When either is present, the response is an object with ',
          em('data'),
          ' and ',
          em('nextCursor'),
          '. When neither is present, the current array response stays exactly as it is until the dashboard migrates. An invalid limit returns 400 with our standard error body.',
        ],
        [
          b('Acceptance criteria:'),
          ' requests without the new parameters return the same array as today; an account with 120 invoices returns 50, 50 and 20 across three calls; a tampered cursor returns 400, not 500; the query uses the existing index on account and creation date.',
        ],
        [b('Out of scope:'), ' the dashboard change, which our team will make after this lands.'],
        [
          b('Decisions:'),
          ' you choose the cursor encoding. Ask the spec owner named on the ticket before changing anything existing clients rely on.',
        ]
      ),
      p(
        'The second version takes perhaps fifteen minutes longer to write. It replaces at least one round of questions, and it gives the reviewer something concrete to check the pull request against.'
      ),
      h2('Common gaps'),
      p('Even careful teams tend to leave the same things out:'),
      ul(
        [
          b('Environment details:'),
          ' how to get realistic test data, which feature flags matter, which third-party sandbox to use.',
        ],
        [
          b('Error-handling conventions:'),
          ' a contractor will make a reasonable choice, but your team may already have a house style.',
        ],
        [
          b('Performance limits:'),
          ' if the endpoint must respond within a certain time, or the migration must run without locking a busy table, say so.',
        ],
        [
          b('Who reviews:'),
          ' a pull request that sits for three days because nobody knew it was theirs undoes all the time the ticket saved.',
        ]
      ),
      h2('A good ticket is also documentation'),
      p(
        'A well-written ticket does double duty. Once the work is merged, the context, contract and decisions in it become a record of why the system behaves the way it does. Teams that start writing tickets like this for contractors usually find their own engineers relying on them as well, especially the next person they hire.'
      ),
      p(
        'If this feels like a lot of overhead, try it on one ticket. Then compare how many messages it took to close with the last ticket you wrote the short way.'
      ),
    ],
    cta: {
      heading: 'How finishable are your tickets?',
      text: 'The specification and documentation sections of our questionnaire ask how your tickets are written today. Share an example and we will tell you what an outside engineer would ask first.',
      sellingPoints: [
        'Contractors who work from a written spec',
        'Questions answered in the ticket, not in meetings',
        'Acceptance criteria agreed before work starts',
      ],
      buttonLabel: 'Start the questionnaire',
    },
    seo: {
      metaTitle: 'Backend Tickets an Outsider Can Finish | Asyncline',
      metaDescription:
        'A practical structure for backend tickets that an outside engineer can finish without a call: context, behaviour, contract, acceptance criteria and scope.',
    },
    relatedArticleKeys: ['async-review-and-handoff', 'scoped-vs-ownership-work'],
    externalLinks: [
      {
        title: 'HTTP response status codes (MDN)',
        summary: 'A plain reference for choosing and documenting status codes when you write down an API contract.',
        url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status',
      },
    ],
  },

  // -------------------------------------------------------------------------
  {
    key: 'scoped-vs-ownership-work',
    title: 'Scoped Work & Ownership Work: How to Split Your Backlog',
    summary:
      'Not every backend ticket needs your most senior engineer. A simple way to sort the backlog into work with a finish line and work that needs a long-term owner.',
    market: null,
    authorKey: 'jonas-vinther',
    readinessDimensions: ['scoping', 'ownership'],
    body: [
      p(
        'Every startup backlog mixes two kinds of work that look alike on a board but behave very differently. Some tickets have a finish line: once the integration is live, the migration has run or the export works, the job is done and the code mostly stays put. Other tickets are a slice of an ongoing responsibility: the shape of your data model, how you deploy, how your services fail and recover. Those never really finish. Someone has to keep making decisions about them.'
      ),
      p(
        'We call the first kind scoped work and the second ownership work. Separating them is the most useful thing a founder can do before bringing in outside help, and it pays off even if you never do.'
      ),
      h2('How to tell them apart'),
      p('For each item in the backlog, ask four questions:'),
      ol(
        'Can we describe what “done” looks like in a few testable statements? If yes, it leans scoped.',
        'Will decisions made during this work constrain other work for a long time? If yes, it leans ownership.',
        'Does it depend on knowledge that lives only in someone’s head? If yes, it is ownership work until that knowledge is written down.',
        'If the person who did it left next month, would we be fine? If yes, it can be scoped.'
      ),
      p(
        'Some typical results: adding a new payment provider behind an existing interface is scoped; deciding whether to split billing into its own service is ownership. Migrating user records to a schema that has already been designed is scoped; designing that schema is ownership. Building an internal admin report is scoped; choosing your observability stack is ownership.'
      ),
      h2('Mixed tickets are the trap'),
      p(
        'The tickets that cause trouble contain both kinds. “Integrate the shipping provider” sounds scoped, but if nobody has decided how shipping rates are stored, whoever picks it up will quietly make an architecture decision along the way. When that person is a contractor, the decision is made by someone who will not be around to live with it, and often without anyone noticing that a decision was made at all.'
      ),
      p(
        'The fix is to split the ticket. First comes an ownership task for your own engineer: decide the data model and write it down, perhaps as a short design note or an architecture decision record. Then comes a scoped task that builds against that decision. The ownership part is usually small, an afternoon of thought and a page of writing, and it turns the rest into something any competent engineer can finish.'
      ),
      quote(
        'A scoped ticket is one where the hard decisions have already been made and written down. If they have not, the first ticket is making them.'
      ),
      h2('Who owns the ownership work'),
      p(
        'Scoping only helps if someone is clearly responsible for each side. For a small team, we suggest naming one person for each area of the system who:'
      ),
      ul(
        'writes or approves the spec for any scoped work in that area',
        'reviews the resulting pull requests, or names who will',
        'decides what is in and out of scope when a question comes up mid-ticket',
        'keeps the relevant documentation current after the work lands'
      ),
      p(
        'At a five-person startup this may be the same person for everything, and that is fine. The point is not the org chart. It is that a contractor, or a new hire, knows whose answer counts, and that the person knows it too and has time set aside for it.'
      ),
      h2('What changes once the split is done'),
      p(
        'In our experience, teams that go through this exercise find that a surprising share of their backlog is scoped work that has been waiting for the senior engineer only because nobody separated it from the hard parts. Once it is separated, there are more options: a junior engineer can take it, a contractor can take it, or it simply gets done faster because the decisions are already made.'
      ),
      p(
        'The ownership work, meanwhile, becomes visible. It stops hiding inside feature tickets and gets the attention it deserves. That is where your own engineers’ judgement is worth the most, and it is the work to protect when you decide what to hand off. Over time the habit also builds a written record of how and why your system works, which makes every future hand-off cheaper, whether it goes to a contractor or to your next hire.'
      ),
    ],
    cta: {
      heading: 'Sort your backlog with us',
      text: 'Our readiness questionnaire asks how you separate scoped work from ownership work and who decides scope. We reply with a short written view of which items an outside engineer could take on.',
      sellingPoints: [
        'Architecture decisions stay with your team',
        'Contractors take work with a clear finish line',
        'A named owner for every hand-off',
      ],
      buttonLabel: 'Take the readiness questionnaire',
    },
    seo: {
      metaTitle: 'Scoped vs Ownership Work in Your Backlog | Asyncline',
      metaDescription:
        'How to sort a startup backend backlog into scoped work with a finish line and ownership work that needs long-term judgement, and who should own each.',
    },
    relatedArticleKeys: ['backend-ticket-without-a-call', 'melbourne-backend-market', 'async-review-and-handoff'],
    externalLinks: [
      {
        title: 'Technical Debt (martinfowler.com)',
        summary:
          'A short explanation of technical debt as an ongoing cost, useful when deciding which ownership work to prioritise.',
        url: 'https://martinfowler.com/bliki/TechnicalDebt.html',
      },
    ],
  },

  // -------------------------------------------------------------------------
  {
    key: 'async-review-and-handoff',
    title: 'What Does a Good Async Code Review & Hand-off Look Like?',
    summary:
      'How to review a contractor’s pull request in writing, keep decisions where people can find them, and end the work with a hand-off your team can pick up cold.',
    market: null,
    authorKey: 'ayu-kartikasari',
    readinessDimensions: ['async', 'handoff'],
    body: [
      p(
        'When a contractor works in a different timezone, the pull request is where most of the collaboration happens. It is where the work is explained, questioned, corrected and eventually accepted. If reviews are slow or vague, the time difference turns every small misunderstanding into a lost day. If they are clear, the time difference barely matters.'
      ),
      p('Here is what I have seen work, from both sides of the review.'),
      h2('What the contractor should send'),
      p('A good async pull request answers the reviewer’s first questions before they are asked. The description should cover:'),
      ul(
        'which ticket it closes, with a one-line summary of the change',
        'how each acceptance criterion is met, ideally pointing to the test that checks it',
        'anything that differs from the spec, and why',
        'decisions the contractor made alone, so the reviewer can confirm or overrule them',
        'how to run it locally, and anything the reviewer needs such as a seed script or sandbox credentials kept in your usual secret store',
        'what was deliberately left out'
      ),
      p(
        'Small pull requests are far easier to review asynchronously than large ones. For a migration or a new service, I split the work into steps that each make sense on their own (schema first, then backfill, then the switch-over) so each review is short and nobody waits on one giant diff.'
      ),
      h2('How to review in writing'),
      p(
        'Async review comments have to carry more than in-person comments do, because the author cannot lean over and ask what you meant. A few habits make a large difference:'
      ),
      ul(
        [b('Say whether a comment blocks the merge.'), ' Prefixes like “Blocking:” and “Nit:” are crude but effective.'],
        [
          b('Explain the reason, not just the change.'),
          ' “Use the existing retry helper here so failures show up on the same dashboard” is actionable. “Use the helper” invites a follow-up question and costs a day.',
        ],
        [b('Batch your comments.'), ' One complete review is better than five partial ones arriving across an afternoon.'],
        [
          b('Update the spec when the review changes it.'),
          ' If what you see makes you want different behaviour, say so explicitly and edit the ticket, so the decision is recorded where it was made.',
        ],
        [b('Review within one working day.'), ' This is the commitment that keeps the relay moving.']
      ),
      p(
        'If a thread goes back and forth more than twice, that is usually a sign the spec left something open. A short call can settle it, but write the outcome back into the pull request afterwards. Otherwise the next person to read the history will not know why the code looks the way it does.'
      ),
      h2('Recording decisions'),
      p(
        'Decisions made during review are easy to lose. A comment thread on a merged pull request is technically a record, but nobody will find it six months from now. For anything that changes how the system behaves, such as a different error code, a new retry policy or a field that is now nullable, add a line to the relevant documentation or decision log in the same pull request. It takes a minute and saves the next engineer an afternoon of archaeology.'
      ),
      h2('The hand-off at the end'),
      p(
        'Merging is not the end of the work. A contractor’s engagement should finish with a written hand-off that lets your team own the result without a walkthrough. I use a short structure:'
      ),
      ol(
        'What was built, in two or three sentences, with links to the merged pull requests.',
        'How it behaves in production: what it logs, which metrics or alerts were added, and what a failure looks like.',
        'Known limits and follow-ups, each written up as a ticket rather than left as a note.',
        'Anything surprising I learned about the system along the way.'
      ),
      p(
        'The test for a good hand-off is simple: can someone on your team who was not involved pick up the next related ticket and start without asking me anything? If yes, the work is really finished. If not, the gap is usually in the second or third item, and it is worth closing before the engagement ends rather than discovering it during an incident.'
      ),
    ],
    cta: {
      heading: 'How does finished work come back to your team?',
      text: 'The hand-off and async sections of our readiness questionnaire look at how your team reviews work and records decisions. We reply in writing, which seems only fair.',
      sellingPoints: [
        'Pull requests that explain themselves',
        'Reviews and decisions kept in writing',
        'Every engagement ends with a written hand-off',
      ],
      buttonLabel: 'Take the questionnaire',
    },
    seo: {
      metaTitle: 'Async Code Review & Hand-off | Asyncline',
      metaDescription:
        'What a good async pull request, a written code review and a closing hand-off look like when your backend contractor works in another timezone.',
    },
    relatedArticleKeys: ['backend-ticket-without-a-call', 'scoped-vs-ownership-work', 'austin-backend-hiring'],
    externalLinks: [
      {
        title: 'Ship / Show / Ask (martinfowler.com)',
        summary: 'A way of deciding which changes need review before merging and which can be reviewed afterwards.',
        url: 'https://martinfowler.com/articles/ship-show-ask.html',
      },
    ],
  },
];

// ---------------------------------------------------------------------------
// Site settings
// ---------------------------------------------------------------------------

export const demoSiteSettings: {
  companyName: string;
  contactPath: string;
  defaultCta: { heading: string; text: string; sellingPoints: string[]; buttonLabel: string };
} = {
  companyName: 'Asyncline',
  contactPath: '/contact',
  defaultCta: {
    heading: 'Is your backlog ready for an async contractor?',
    text: 'Our readiness questionnaire looks at six things: documentation, specification, hand-off, scoping, async habits and ownership. We reply in writing with what we would change before bringing anyone in.',
    sellingPoints: [
      'A written reply, not a sales call',
      'Contractors across US, EU and APAC timezones',
      'Scoped work with a clear finish line',
    ],
    buttonLabel: 'Take the readiness questionnaire',
  },
};
