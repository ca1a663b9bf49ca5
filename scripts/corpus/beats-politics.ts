/** Politics stories: parliamentary votes, resignations, elections, budgets, protests. Ministers recur. */
import type { Country, Politician } from './world.js';
import { he, him } from './world.js';
import { Doc, cap, count, money, moneyQuery, num, pct, possessive, quote, round2, weekday, year, type Ctx } from './story.js';

export type PoliticsKind = 'vote' | 'resignation' | 'election' | 'budget' | 'protest';

export interface PoliticsEvent {
  kind: PoliticsKind;
  country: Country;
  pol: Politician;
  bill: { name: string; query: string; what: string };
  ayes: number;
  noes: number;
  reason: { text: string; query: string };
  successor: string;
  party: string;
  share: number;
  seats: number;
  totalSeats: number;
  turnout: number;
  budgetArea: { text: string; query: string };
  amount: number;
  years: number;
  protesters: number;
  arrests: number;
  protestCity: string;
  protestAbout: { text: string; query: string };
}

const BILLS = [
  { name: 'the Online Safety Bill', query: 'online safety law', what: 'require social media platforms to verify the ages of users' },
  { name: 'the Housing Supply Bill', query: 'housing supply legislation', what: 'force local councils to approve more new homes' },
  { name: 'the Assisted Dying Bill', query: 'assisted dying law', what: 'allow terminally ill adults to end their lives with medical help' },
  { name: 'the Rent Reform Bill', query: 'rent control bill', what: 'cap annual rent increases for existing tenants' },
  { name: 'the Clean Air Bill', query: 'clean air legislation', what: 'ban new diesel buses in large cities from 2030' },
  { name: 'the Minimum Wage Bill', query: 'minimum wage law', what: 'raise the minimum wage in three steps over two years' },
  { name: 'the Water Companies Bill', query: 'water utilities law', what: 'let regulators jail executives of polluting water companies' },
  { name: 'the Gambling Reform Bill', query: 'gambling law', what: 'ban gambling advertising during live sport' },
  { name: 'the Data Retention Bill', query: 'data retention law', what: 'require phone companies to keep customer records for two years' },
  { name: 'the Pension Age Bill', query: 'retirement age bill', what: 'raise the state pension age to 68' },
];
const REASONS = [
  { text: 'reports that she had used a government car for family holidays', query: 'official car for holidays' },
  { text: 'admitting that he had failed to declare shares in a defense contractor', query: 'undeclared shares' },
  { text: 'a row with the prime minister over cuts to the hospital budget', query: 'disagreement over health cuts' },
  { text: 'the collapse of talks with striking rail workers', query: 'failed negotiations with rail strikers' },
  { text: 'leaked messages in which he mocked colleagues', query: 'leaked texts insulting colleagues' },
  { text: 'an investigation into payments from a lobbying firm', query: 'lobbying payments probe' },
  { text: 'saying she could no longer support the government’s migration policy', query: 'opposition to immigration policy' },
];
const BUDGET_AREAS = [
  { text: 'hospitals and community health services', query: 'healthcare' },
  { text: 'school buildings and teacher pay', query: 'education' },
  { text: 'the armed forces and defense equipment', query: 'military spending' },
  { text: 'public transport, including new tram lines', query: 'trains and buses' },
  { text: 'home insulation and renewable energy', query: 'green energy' },
  { text: 'social housing', query: 'affordable homes' },
];
const PROTEST_ABOUT = [
  { text: 'the rising cost of fuel', query: 'petrol prices' },
  { text: 'plans to raise the retirement age', query: 'pension changes' },
  { text: 'a proposed law limiting the right to strike', query: 'strike restrictions' },
  { text: 'the closure of rural hospitals', query: 'hospital closures' },
  { text: 'alleged fraud in last month’s local elections', query: 'election fraud claims' },
  { text: 'police violence', query: 'police brutality' },
];

export function makePolitics(ctx: Ctx, kind: PoliticsKind, pol: Politician): PoliticsEvent {
  const r = ctx.r;
  const total = r.pick([150, 200, 250, 301, 350, 450]);
  const ayes = r.int(Math.floor(total * 0.4), Math.floor(total * 0.6));
  return {
    kind,
    country: pol.country,
    pol,
    bill: r.pick(BILLS),
    ayes,
    noes: r.int(Math.floor(total * 0.25), Math.min(total - ayes - 1, Math.floor(total * 0.55))),
    reason: r.pick(REASONS),
    successor: ctx.w.person(r).full,
    party: pol.party,
    share: r.float(18, 44, 1),
    seats: r.int(Math.floor(total * 0.2), Math.floor(total * 0.55)),
    totalSeats: total,
    turnout: r.float(48, 82, 1),
    budgetArea: r.pick(BUDGET_AREAS),
    amount: round2(r.int(300, 40_000)),
    years: r.int(2, 6),
    protesters: round2(r.int(2000, 250_000)),
    arrests: r.int(3, 300),
    protestCity: r.pick(pol.country.cities).name,
    protestAbout: r.pick(PROTEST_ABOUT),
  };
}

export function renderPolitics(ctx: Ctx, e: PoliticsEvent): Doc {
  const { r } = ctx;
  const d = new Doc();
  const P = e.pol;
  const C = e.country;
  const cur = C.currency;
  const role = P.role;
  d.subject = { place: e.protestCity, org: cap(C.parliament), person: P };
  switch (e.kind) {
    case 'vote': {
      d.title = r.pick([`Lawmakers back ${e.bill.name.replace(/^the /, '')}`, `${cap(e.bill.name.replace(/^the /, ''))} clears ${C.parliament.replace(/^the /, '')}`]);
      d.p(
        d.fact(
          'vote-tally',
          `${cap(C.parliament)} approved ${e.bill.name} by ${e.ayes} votes to ${e.noes} on ${weekday(ctx)}, after a debate that lasted ${r.pick(['more than nine hours', 'late into the night', 'two days'])}.`,
          `${e.ayes} votes to ${e.noes}`,
          [e.bill.name.replace(/^the /, ''), C.name],
          [`what was the vote count on the ${e.bill.query} in ${C.name}`, `how many lawmakers voted for ${e.bill.name.replace(/^the /, '')} in ${C.name}`, `${C.name} ${e.bill.query} result of the vote`],
        ),
      );
      d.p(
        d.fact(
          'vote-what',
          `The legislation would ${e.bill.what}.`,
          e.bill.what,
          [e.bill.name.replace(/^the /, ''), C.name],
          [`what does ${possessive(C.name)} ${e.bill.query} do`, `what would the ${C.adjective} ${e.bill.query} change`],
        ),
        `It was introduced by ${role} ${P.full} of ${P.party}.`,
      );
      d.p(quote(ctx, r.pick(['This is a good day for ordinary families', 'Parliament has listened to the public', 'We will keep pushing to make this law even stronger']), P.full, `the ${role}`), `Critics said the bill had been rushed and would be hard to enforce.`);
      d.more(`The bill now goes to the upper chamber, which is expected to approve it before the summer recess.`, `Some amendments could still be made.`);
      d.more(`Supporters of the bill gathered outside ${C.parliament} during the debate, some holding placards.`, `Inside, several lawmakers from the governing party broke ranks to vote against it, citing concerns about ${r.pick(['cost', 'civil liberties', 'how it would be enforced', 'the speed at which it was drafted'])}.`);
      d.more(`${P.last} first proposed the measure ${r.pick(['two years ago', 'during the last election campaign', 'after a public consultation'])}, and it has been amended ${count(r.int(3, 40))} times since.`, `Business groups lobbied hard to water down parts of it.`);
      d.more(`Similar laws have been passed in several other countries, with mixed results.`, `Legal experts said court challenges were likely once it takes effect.`);
      break;
    }
    case 'resignation': {
      d.title = r.pick([`${P.full} resigns as ${role}`, `${cap(C.adjective)} ${role} quits`, `${P.last} steps down amid pressure`]);
      d.p(
        d.fact(
          'resign-reason',
          `${P.full} resigned as ${C.adjective} ${role} on ${weekday(ctx)} after ${e.reason.text}.`,
          e.reason.text,
          [P.last],
          [`why did ${P.full} quit?`, `reason for ${possessive(P.last)} resignation`, `what led ${C.adjective} ${role} ${P.last} to step down`, `${P.last} resignation ${e.reason.query}`],
        ),
      );
      d.p(
        d.fact(
          'resign-successor',
          `The prime minister named ${e.successor}, ${r.pick(['a close ally', 'a former deputy', 'a long-serving lawmaker'])}, to replace ${P.last}.`,
          e.successor,
          [P.last],
          [`who replaced ${P.last} as ${role}`, `${possessive(P.last)} successor`, `new ${C.adjective} ${role} after ${P.last}`],
        ),
        `${P.last} had held the post for ${count(r.int(1, 5))} years.`,
      );
      d.p(quote(ctx, r.pick(['I have decided that the right thing to do is to step aside', 'I do not want to be a distraction from the government’s work', 'I have made mistakes and I take full responsibility']), P.full, `the outgoing ${role}`));
      d.more(`Opposition leaders said the resignation was long overdue.`, `The government has lost ${count(r.int(2, 5))} ministers in the past year.`);
      d.more(`${P.last} had faced days of pressure, with ${r.pick(['newspapers', 'colleagues', 'party donors', 'opposition lawmakers'])} calling for ${him(P)} to go.`, `On ${weekday(ctx, 2)}, the prime minister had publicly expressed full confidence in ${him(P)}.`);
      d.more(`In a letter posted on social media, ${P.last} thanked staff at the ministry and said ${he(P)} would continue to serve as a member of ${C.parliament}.`, `The letter did not mention the allegations directly.`);
      d.more(`The episode is the latest in a series of setbacks for the government, which has trailed in opinion polls for most of the year.`);
      break;
    }
    case 'election': {
      d.title = r.pick([`${cap(e.party.replace(/^the /, ''))} win most seats in ${C.name} election`, `${C.name} election: ${e.party.replace(/^the /, '')} come first`]);
      d.p(
        d.fact(
          'election-seats',
          `${cap(e.party)} won ${pct(ctx, e.share)} of the vote and ${e.seats} of the ${e.totalSeats} seats in ${C.parliament}, according to official results published on ${weekday(ctx)}.`,
          String(e.seats),
          [C.name, e.party.replace(/^the /, '')],
          [`how many seats did ${e.party.replace(/^the /, '')} get in the ${C.name} election`, `${C.name} election results ${e.party.replace(/^the /, '')} vote share`, `${e.party.replace(/^the /, '')} seat count ${C.name} parliament`],
        ),
      );
      d.p(
        d.fact(
          'election-turnout',
          `Turnout was ${pct(ctx, e.turnout)}, ${r.pick(['the highest in two decades', 'down from the last election', 'slightly up on four years ago'])}.`,
          String(e.turnout),
          [C.name, e.party.replace(/^the /, '')],
          [`what was the voter turnout in the ${C.name} election won by ${e.party.replace(/^the /, '')}`, `how many ${C.adjective} voters turned out`],
        ),
        `${P.full}, who leads the party, is expected to begin coalition talks next week.`,
      );
      d.more(`No party won a majority, and analysts expect weeks of negotiations.`, `Smaller parties could hold the balance of power.`);
      d.more(`The campaign was dominated by ${r.pick(['the cost of living', 'housing', 'immigration', 'corruption scandals', 'energy prices'])}, and by televised debates in which ${P.last} was widely judged to have performed well.`);
      d.more(`International observers said the vote had been free and well organized, though they noted ${r.pick(['long queues at some polling stations', 'problems with postal ballots', 'unequal access to the media'])}.`, `Final certified results are due within ${count(r.int(2, 14))} days.`);
      d.more(`Celebrations went on late into the night at the party’s headquarters in ${r.pick(C.cities).name}.`, `Rival leaders conceded defeat in speeches to supporters.`);
      break;
    }
    case 'budget': {
      d.title = r.pick([`${C.name} budget: extra ${money(ctx, e.amount, cur)} for ${e.budgetArea.query}`, `${P.last} unveils spending plans`]);
      d.p(
        d.fact(
          'budget-amount',
          `The government will spend an extra ${money(ctx, e.amount, cur)} on ${e.budgetArea.text} over the next ${count(e.years)} years, ${role} ${P.full} announced on ${weekday(ctx)}.`,
          money(ctx, e.amount, cur).replace(/[a-z ]+$/i, ''),
          [C.name, e.budgetArea.query],
          [`how much extra money for ${e.budgetArea.query} in the ${C.name} budget`, `${C.adjective} budget ${e.budgetArea.query} funding increase`, `${P.last} budget spending on ${e.budgetArea.query}`],
        ),
      );
      d.p(
        d.fact(
          'budget-funded',
          `The spending will be paid for partly by ${r.pick(['a new tax on bank profits', 'higher taxes on tobacco and alcohol', 'cuts to administrative budgets', 'extra borrowing'])}, ${P.last} said.`,
          'paid for partly by',
          [C.name, e.budgetArea.query],
          [`how will ${C.name} fund the new ${e.budgetArea.query} spending`],
        ),
        quote(ctx, 'These are the right choices for a country that wants to build for the future', P.full, `the ${role}`),
      );
      d.more(`Economists said the plans would leave the deficit at about ${pct(ctx, r.float(2, 6))} of economic output.`, `The opposition called the budget "a pre-election giveaway".`);
      d.more(`The budget also includes ${r.pick(['a freeze on fuel duties', 'higher child benefits', 'a cut in the lowest rate of income tax', 'new incentives for first-time home buyers'])}.`, `${P.last} said the measures would help families "feel the difference" within a year.`);
      d.more(`Independent forecasters have cut their growth estimates for the economy to about ${pct(ctx, r.float(0.3, 2.4))} this year.`, `Tax revenue has come in below expectations.`);
      d.more(`Unions welcomed the extra money but said it would not make up for years of tight budgets.`, `Local authorities warned that many of their own services remained under strain.`);
      break;
    }
    case 'protest': {
      d.title = r.pick([`Thousands protest in ${e.protestCity} over ${e.protestAbout.query}`, `Clashes at ${e.protestCity} protest`]);
      d.p(
        d.fact(
          'protest-size',
          `About ${num(e.protesters)} people marched through ${e.protestCity} on ${weekday(ctx)} to protest against ${e.protestAbout.text}, according to police estimates.`,
          num(e.protesters),
          [e.protestCity],
          [`how many people joined the protest in ${e.protestCity}`, `size of the ${e.protestCity} demonstration over ${e.protestAbout.query}`, `${e.protestCity} march turnout`],
        ),
      );
      d.p(
        d.fact(
          'protest-arrests',
          `Police said ${count(e.arrests)} people were arrested after clashes near ${C.parliament.replace(/^the /, 'the building of the ')}.`,
          count(e.arrests),
          [e.protestCity],
          [`how many arrests were made at the ${e.protestCity} protest`, `${e.protestCity} demonstrators detained number`],
        ),
        quote(ctx, 'The government cannot keep ignoring people’s anger', ctx.w.person(r).full, 'one of the organizers'),
      );
      d.more(`${cap(role)} ${P.full} said the government would "listen to legitimate concerns" but would not change course.`, `Further protests are planned for next week.`);
      d.more(`Marchers carried banners and chanted as they made their way from the main railway station to the city center.`, `Shops along the route pulled down their shutters.`);
      d.more(`Riot police used tear gas after a group of protesters threw bottles and set fire to rubbish bins, witnesses said.`, `Several officers were treated for minor injuries.`);
      d.more(`Organizers said the turnout showed the depth of public anger and called for a general strike.`, `Previous protests over the issue drew far smaller crowds.`);
      break;
    }
  }
  d.more(`Polls suggest the government’s popularity has fallen sharply over the past year, amid high inflation and strikes in the public sector.`, `The next general election is due within ${count(r.int(1, 3))} years.`);
  d.more(`${P.full} has been a member of ${C.parliament} since ${year(ctx) - r.int(4, 20)} and is seen as a possible future party leader.`);
  return d;
}
