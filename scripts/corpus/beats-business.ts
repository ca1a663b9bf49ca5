/** Business stories: acquisitions (with rival-bid / regulator follow-ups), results and job cuts, data breaches. */
import type { Company } from './world.js';
import { SECTOR_NOUN, SECTOR_QUERY_NOUN, he } from './world.js';
import { Doc, cap, ceoOf, count, money, moneyQuery, num, pct, possessive, quote, round2, weekday, year, type Ctx } from './story.js';

const SECTOR_AREA: Record<Company['sector'], string> = {
  software: 'technology',
  semiconductors: 'technology',
  telecoms: 'telecoms',
  robotics: 'technology',
  food: 'consumer',
  retail: 'consumer',
  media: 'media',
  pharma: 'healthcare',
  energy: 'energy',
  mining: 'resources',
  logistics: 'industrial',
  automotive: 'industrial',
  airline: 'travel',
  banking: 'financial',
  insurance: 'financial',
};

export interface DealEvent {
  buyer: Company;
  target: Company;
  rival: Company;
  price: number;
  premium: number;
  perShare: number;
  closeWhen: string;
  closeQuery: string;
  jobs: number;
  savings: number;
  bank1: string;
  bank2: string;
  ceoStays: boolean;
  rivalPrice: number;
  breakFee: number;
  market: string;
  deadline: string;
}

export function makeDeal(ctx: Ctx, buyer: Company, target: Company, rival: Company): DealEvent {
  const r = ctx.r;
  const price = round2(r.int(180, 24_000));
  const y = year(ctx);
  const half = r.pick([
    ['by the end of the year', `by end of ${y}`],
    [`in the first half of ${y + 1}`, `early ${y + 1}`],
    [`in the second half of ${y + 1}`, `late ${y + 1}`],
    [`in the third quarter of ${y}`, `Q3 ${y}`],
    [`in the first quarter of ${y + 1}`, `Q1 ${y + 1}`],
  ] as const);
  return {
    buyer,
    target,
    rival,
    price,
    premium: r.int(14, 62),
    perShare: r.int(12, 180) + r.pick([0, 0.25, 0.5, 0.75]),
    closeWhen: half[0],
    closeQuery: half[1],
    jobs: round2(r.int(150, 4800)),
    savings: round2(r.int(20, Math.max(40, price / 8))),
    bank1: r.pick(ctx.w.banks),
    bank2: r.pick(ctx.w.banks),
    ceoStays: r.chance(0.5),
    rivalPrice: round2(price * r.float(1.06, 1.3, 2)),
    breakFee: round2(price * r.float(0.02, 0.04, 3)),
    market: r.pick(['the supply of industrial software', 'regional freight routes', 'packaged frozen meals', 'retail banking', 'mobile networks in the north', 'generic medicines', 'grocery retail', 'car parts', 'wholesale electricity']),
    deadline: `${r.pick(['March', 'April', 'June', 'September', 'October', 'December'])} ${r.int(2, 28)}`,
  };
}

export function renderDeal(ctx: Ctx, e: DealEvent, part: number): Doc {
  const { r } = ctx;
  const d = new Doc();
  const B = e.buyer;
  const T = e.target;
  const cur = B.hq.country.currency;
  const price = money(ctx, e.price, cur);
  const tNoun = r.pick(SECTOR_NOUN[T.sector]);
  const qNoun = r.pick(SECTOR_QUERY_NOUN[T.sector]);
  const regulator = T.hq.country.agency.competition;
  d.subject = { place: T.hq.name, org: T.short, person: B.ceo };
  if (part === 0) {
    d.title = r.pick([`${B.short} to buy ${T.name} for ${price}`, `${B.name} agrees ${price} takeover of ${T.short}`, `${T.short} accepts ${price} offer from ${B.short}`, `${B.short} strikes deal for ${tNoun} ${T.short}`]);
    d.p(
      d.fact(
        'deal-price',
        r.pick([
          `${B.name} has agreed to acquire ${T.name}, the ${T.hq.name}-based ${tNoun}, for ${price}, the companies said on ${weekday(ctx)}.`,
          `${B.name} said on ${weekday(ctx)} it would buy ${tNoun} ${T.name} in a deal worth ${price}, its biggest acquisition in more than a decade.`,
          `${T.name} has agreed to be taken over by ${B.name} for ${price}, ending months of speculation about the future of the ${tNoun}.`,
        ]),
        price,
        [B.short, T.short],
        [
          `How much is ${B.short} paying for ${T.short}?`,
          `${B.short} ${T.short} takeover price`,
          `what is the value of the ${T.short} acquisition by ${B.short}`,
          `how much did ${B.short} spend to purchase ${T.short}`,
          `price ${B.short} agreed to pay for ${qNoun} ${T.short}`,
          `${T.short} buyout how much money`,
        ],
      ),
    );
    d.p(
      d.fact(
        'deal-premium',
        r.pick([
          `The offer of ${cur}${e.perShare} a share represents a premium of ${pct(ctx, e.premium)} to ${possessive(T.short)} closing price on ${weekday(ctx, 3)}.`,
          `At ${cur}${e.perShare} per share, the bid is ${pct(ctx, e.premium)} above where ${T.short} stock closed on ${weekday(ctx, 3)}.`,
        ]),
        pct(ctx, e.premium).replace(/ per cent|%/, ''),
        [B.short, T.short],
        [
          `what premium did ${B.short} offer ${T.short} shareholders`,
          `how far above the market price is the ${B.short} bid for ${T.short}`,
          `${T.short} share price premium in ${B.short} deal`,
          `per-share price offered for ${T.short} stock`,
        ],
      ),
      r.chance(0.7) && `Shares in ${T.short} jumped ${pct(ctx, Math.max(3, e.premium - r.int(2, 10)))} in early trading, while ${B.short} stock slipped ${pct(ctx, r.float(0.5, 4.5))}.`,
    );
    d.p(
      quote(ctx, r.pick([
        `This is a rare chance to bring together two businesses that fit each other extremely well`,
        `Together we will be able to invest more, move faster and serve customers in markets neither of us could reach alone`,
        `We have admired ${T.short} for a long time, and we think its people and products will make us stronger`,
      ]), B.ceo.full, `${possessive(B.short)} chief executive`),
      r.chance(0.6) && `${B.short} said it would fund the purchase with ${r.pick(['cash on hand and new debt', 'a mix of cash and new shares', 'a bridge loan from a group of banks', 'cash and about 40 million new shares'])}.`,
    );
    d.p(
      d.fact(
        'deal-close',
        r.pick([
          `The transaction is expected to close ${e.closeWhen}, subject to approval by ${regulator} and ${possessive(T.short)} shareholders.`,
          `The companies expect to complete the deal ${e.closeWhen}, once ${regulator} has reviewed it.`,
        ]),
        e.closeWhen,
        [B.short, T.short],
        [
          `When will the ${B.short}-${T.short} deal be completed?`,
          `${B.short} ${T.short} merger completion date`,
          `timeline for finalizing the ${T.short} acquisition`,
          `when does ${B.short} expect to finish buying ${T.short}`,
        ],
      ),
    );
    d.p(
      d.fact(
        'deal-jobs',
        r.pick([
          `${B.short} expects the combination to produce annual cost savings of about ${money(ctx, e.savings, cur)} within three years, partly by eliminating roughly ${num(e.jobs)} positions.`,
          `About ${num(e.jobs)} jobs will go as the two companies merge overlapping operations, ${B.short} said, with most of the reductions at ${possessive(T.short)} head office in ${T.hq.name}.`,
        ]),
        num(e.jobs),
        [B.short, T.short],
        [
          `how many jobs will be lost in the ${B.short} takeover of ${T.short}`,
          `job cuts after ${T.short} is bought by ${B.short}`,
          `will ${T.short} staff be laid off after the merger with ${B.short}`,
          `${B.short} ${T.short} layoffs number of employees`,
        ],
      ),
      r.chance(0.5) && `Unions representing ${T.short} workers said they would seek urgent talks with both companies.`,
    );
    d.p(
      d.fact(
        'deal-ceo',
        e.ceoStays
          ? `${T.ceo.full}, who has led ${T.short} since ${year(ctx) - r.int(3, 14)}, will stay on to run the business as a division of ${B.short}.`
          : `${T.short} chief executive ${T.ceo.full} will step down once the deal closes, the companies said, and ${B.short} will fold the business into its own ${r.pick(['consumer', 'industrial', 'international', 'enterprise'])} unit.`,
        T.ceo.full,
        [B.short, T.short],
        [
          `who will run ${T.short} after ${B.short} buys it`,
          `what happens to the boss of ${T.short} after the acquisition`,
          `will ${possessive(T.short)} CEO stay under ${B.short} ownership`,
        ],
      ),
    );
    d.p(
      d.fact(
        'deal-advisers',
        `${e.bank1} advised ${B.short} on the deal, while ${e.bank2 === e.bank1 ? 'a rival team at the same bank' : e.bank2} worked for ${T.short}.`,
        e.bank1,
        [B.short, T.short],
        [`which bank advised ${B.short} on buying ${T.short}`, `${B.short} financial adviser ${T.short} transaction`],
      ),
    );
  } else {
    const R = e.rival;
    const rivalPrice = money(ctx, e.rivalPrice, cur);
    d.title = r.pick([`${R.short} tables rival ${rivalPrice} bid for ${T.short}`, `Bidding war for ${T.short} as ${R.short} tops ${B.short} offer`, `${regulator.replace(/^the /, '')} opens probe into ${B.short}-${T.short} deal`]);
    if (d.title.includes('probe')) {
      d.p(
        d.fact(
          'deal-probe-reason',
          `${cap(regulator)} said on ${weekday(ctx)} it had opened an in-depth investigation into ${possessive(B.short)} planned purchase of ${T.short}, saying the deal could reduce competition in ${e.market}.`,
          e.market,
          [B.short, T.short],
          [
            `why is the competition regulator investigating ${B.short} buying ${T.short}`,
            `competition concerns about the ${B.short} ${T.short} merger`,
            `what worries the watchdog about ${possessive(B.short)} takeover of ${T.short}`,
          ],
        ),
      );
      d.p(
        d.fact(
          'deal-probe-deadline',
          `The authority has until ${e.deadline} to decide whether to clear the deal, block it or demand changes such as the sale of parts of the business.`,
          e.deadline,
          [B.short, T.short],
          [`deadline for the regulator's decision on ${B.short} and ${T.short}`, `when will the watchdog rule on the ${T.short} acquisition`],
        ),
        `${B.short} said it would "work constructively" with the regulator and still expected the deal to go ahead.`,
      );
    } else {
      d.p(
        d.fact(
          'deal-rival',
          `${R.name} on ${weekday(ctx)} made a rival offer of ${rivalPrice} for ${T.name}, topping the agreed deal with ${B.short} and setting up a possible bidding war.`,
          rivalPrice,
          [R.short, T.short],
          [
            `how much did ${R.short} bid for ${T.short}?`,
            `size of the ${R.short} counteroffer for ${T.short}`,
            `${R.short} competing bid ${T.short} value`,
          ],
        ),
      );
      d.p(
        d.fact(
          'deal-break-fee',
          `Under the terms of its agreement with ${B.short}, ${T.short} would have to pay a break fee of ${money(ctx, e.breakFee, cur)} if it walked away.`,
          money(ctx, e.breakFee, cur).replace(/[a-z ]+$/i, ''),
          [B.short, T.short],
          [
            `how much would ${T.short} owe ${B.short} if it terminates the agreement`,
            `${T.short} ${B.short} termination penalty`,
            `cost for ${T.short} to back out of the ${B.short} deal`,
          ],
        ),
        `${possessive(T.short)} board said it would consider the new proposal and urged shareholders to take no action for now.`,
      );
      d.p(quote(ctx, `Our offer is clearly superior and gives ${T.short} shareholders more value with fewer risks`, R.ceo.full, `${possessive(R.short)} chief executive`));
    }
    d.p(`${B.short} first announced its agreement to buy ${T.short} ${r.pick(['last month', 'in the spring', 'several weeks ago', 'earlier this year'])}.`);
  }
  // Background and colour, used as needed for length.
  d.more(
    `${T.name} was founded in ${T.hq.name} in ${r.int(1921, 2012)} and employs about ${num(round2(r.int(800, 30000)))} people in ${count(r.int(3, 40))} countries.`,
    `It has struggled with ${r.pick(['rising costs', 'slowing demand', 'intense competition from cheaper rivals', 'the loss of a large customer'])} in recent years, and its shares had fallen ${pct(ctx, r.int(10, 45))} over the past twelve months before the deal was announced.`,
  );
  d.more(
    `${B.name}, which is based in ${B.hq.name}, has been looking to expand in ${r.pick(['Europe', 'the Gulf region', 'southern markets', 'its home market', 'the fast-growing east'])} as growth in its core business has slowed.`,
    `Last year it reported revenue of ${money(ctx, round2(r.int(900, 60000)), cur)}.`,
  );
  d.more(
    `Analysts were broadly positive. "${r.pick(['The price looks full but not unreasonable', 'Strategically this makes a lot of sense', 'The question is whether the promised savings can really be delivered', 'It is a bold move at a difficult time for the sector'])}," said ${ctx.w.person(r).full}, an analyst at ${r.pick(ctx.w.banks)}.`,
    `Others questioned whether ${B.short} was overpaying at a time of high interest rates.`,
  );
  d.more(
    `Deal-making in the ${SECTOR_AREA[T.sector]} sector has picked up this year after a slow ${year(ctx) - 1}, as companies that held back during the downturn return to the market.`,
    `Bankers say more large transactions are being prepared, although regulators in several countries have become more willing to challenge mergers.`,
  );
  d.more(`${ceoOf(ctx, B)} told analysts on a call that integration planning would begin immediately.`, `${cap(he(B.ceo))} said customers would not notice any change in the short term.`);
  return d;
}

export interface ResultsEvent {
  co: Company;
  quarter: string;
  quarterQuery: string;
  revenue: number;
  revChange: number;
  profit: number;
  profitChange: number;
  jobs: number;
  plantCity: string;
  reason: string;
  reasonQuery: string;
}

const REASONS: [string, string][] = [
  ['higher energy and raw material costs', 'costs of energy and materials'],
  ['weak demand in its largest market', 'poor demand'],
  ['a strike at its main factory that lasted six weeks', 'walkout at the factory'],
  ['a one-off charge linked to the closure of its consumer division', 'writedown for closing a division'],
  ['the strong currency, which made its exports more expensive', 'exchange rate'],
  ['heavy spending on a new data centre programme', 'investment in data centers'],
  ['price cuts forced by cheaper competitors', 'competition pricing pressure'],
  ['losses at its international business', 'overseas losses'],
];

export function makeResults(ctx: Ctx, co: Company): ResultsEvent {
  const r = ctx.r;
  const q = r.int(1, 4);
  const y = year(ctx);
  const names = ['first', 'second', 'third', 'fourth'];
  const [reason, reasonQuery] = r.pick(REASONS);
  return {
    co,
    quarter: `${names[q - 1]} quarter`,
    quarterQuery: r.pick([`Q${q} ${y}`, `${names[q - 1]} quarter of ${y}`, `Q${q}`]),
    revenue: round2(r.int(150, 40000)),
    revChange: r.int(-12, 15) || 3,
    profit: round2(r.int(20, 3000)),
    profitChange: -r.int(8, 60),
    jobs: round2(r.int(200, 6000)),
    plantCity: r.pick(ctx.w.cities).name,
    reason,
    reasonQuery,
  };
}

export function renderResults(ctx: Ctx, e: ResultsEvent): Doc {
  const { r } = ctx;
  const d = new Doc();
  const C = e.co;
  const cur = C.hq.country.currency;
  const y = year(ctx);
  d.subject = { place: e.plantCity, org: C.short, person: C.ceo };
  d.title = r.pick([`${C.short} to cut ${num(e.jobs)} jobs as profit falls`, `${C.name} profit slumps, plant in ${e.plantCity} to close`, `${C.short} shares slide after weak ${e.quarter} results`]);
  d.p(
    d.fact(
      'results-jobs',
      r.pick([
        `${C.name} said on ${weekday(ctx)} it would cut ${num(e.jobs)} jobs and close its plant in ${e.plantCity} after profit fell for a third straight quarter.`,
        `${C.name} plans to eliminate about ${num(e.jobs)} positions worldwide and shut its site in ${e.plantCity}, the company said on ${weekday(ctx)} as it reported a sharp drop in earnings.`,
      ]),
      num(e.jobs),
      [C.short],
      [
        `how many workers is ${C.short} laying off?`,
        `${C.short} redundancies ${e.plantCity} factory closure`,
        `number of staff ${C.short} is letting go`,
        `${C.short} headcount reduction`,
      ],
    ),
  );
  d.p(
    d.fact(
      'results-revenue',
      r.pick([
        `Revenue ${e.revChange >= 0 ? 'rose' : 'fell'} ${pct(ctx, Math.abs(e.revChange))} to ${money(ctx, e.revenue, cur)} in the ${e.quarter}, ${r.pick(['slightly ahead of', 'below', 'in line with'])} analysts’ forecasts.`,
        `Sales in the ${e.quarter} came in at ${money(ctx, e.revenue, cur)}, ${e.revChange >= 0 ? 'up' : 'down'} ${pct(ctx, Math.abs(e.revChange))} from a year earlier.`,
      ]),
      money(ctx, e.revenue, cur).replace(/[a-z ]+$/i, ''),
      [C.short],
      [`what were ${possessive(C.short)} sales in ${e.quarterQuery}`, `${C.short} quarterly revenue ${e.quarterQuery}`, `how much money did ${C.short} bring in during the ${e.quarter} of ${y}`],
    ),
    d.fact(
      'results-profit',
      r.pick([
        `Net profit slumped ${pct(ctx, -e.profitChange)} to ${money(ctx, e.profit, cur)}.`,
        `Profit after tax dropped ${pct(ctx, -e.profitChange)} to ${money(ctx, e.profit, cur)}, the lowest in ${count(r.int(3, 9))} years.`,
      ]),
      money(ctx, e.profit, cur).replace(/[a-z ]+$/i, ''),
      [C.short],
      [`${C.short} net income ${e.quarterQuery}`, `how much did ${C.short} earn in the ${e.quarter} of ${y}`, `${possessive(C.short)} bottom line in ${e.quarterQuery}`],
    ),
  );
  d.p(
    d.fact(
      'results-reason',
      r.pick([`The company blamed ${e.reason} for the decline.`, `${C.short} said the fall was mainly due to ${e.reason}.`]),
      e.reason,
      [C.short],
      [`why did ${possessive(C.short)} profits drop`, `what did ${C.short} blame for its earnings decline`, `reason for the ${C.short} profit slump`],
    ),
    quote(ctx, r.pick(['These are difficult decisions, and we do not take them lightly', 'We have to make the business simpler and leaner to compete', 'The market has changed and we have to change with it']), C.ceo.full, 'chief executive'),
  );
  d.p(
    `Shares in ${C.short} fell ${pct(ctx, r.float(2, 14))} in ${C.hq.name} trading.`,
    r.chance(0.6) && `The ${e.plantCity} site employs about ${num(round2(r.int(300, 2500)))} people and has been in operation since ${r.int(1955, 2005)}.`,
  );
  d.more(
    `Local officials in ${e.plantCity} said they were shocked by the decision.`,
    `"${r.pick(['This is a hammer blow for the town', 'Families here have worked at that plant for generations', 'We will do everything we can to find a buyer for the site'])}," said ${ctx.w.person(r).full}, the mayor.`,
  );
  d.more(
    `The company kept its forecast for the full year, saying it still expected ${r.pick(['a modest recovery in the second half', 'margins to improve as cost cuts take effect', 'demand to stabilise by the end of the year'])}.`,
    `Analysts said that looked optimistic.`,
  );
  d.more(
    `${C.short} has already cut about ${num(round2(r.int(300, 3000)))} jobs over the past two years as part of a restructuring programme launched by ${C.ceo.full}.`,
    `Unions said they would fight the closure and called for a meeting with management.`,
  );
  d.more(
    `Other companies in the sector have reported similar pressures.`,
    `${r.pick(ctx.w.companies).name} last month warned that ${r.pick(['orders had slowed', 'costs were still rising', 'customers were delaying purchases'])}, sending its shares to a ${count(r.int(2, 9))}-year low.`,
  );
  return d;
}

export interface BreachEvent {
  co: Company;
  records: number;
  extra: number;
  data: string;
  dataQuery: string;
  method: string;
  fine: number;
  noticed: string;
}

const STOLEN: [string, string][] = [
  ['names, dates of birth, phone numbers and email addresses', 'contact details and birthdays'],
  ['names, home addresses and partial card numbers', 'addresses and card data'],
  ['passport numbers and travel histories', 'passport details'],
  ['medical claim records and policy numbers', 'health insurance records'],
  ['account numbers, balances and transaction histories', 'bank account information'],
  ['login names and hashed passwords', 'usernames and passwords'],
];
const METHODS = [
  'login credentials stolen from a contractor',
  'a flaw in an outdated file-sharing server',
  'a phishing email sent to a member of the IT support team',
  'a misconfigured cloud storage bucket that was left open to the internet',
  'a compromised software update from a supplier',
];

export function makeBreach(ctx: Ctx, co: Company): BreachEvent {
  const r = ctx.r;
  const [data, dataQuery] = r.pick(STOLEN);
  return {
    co,
    records: round2(r.int(40_000, 18_000_000)),
    extra: round2(r.int(2000, 90_000)),
    data,
    dataQuery,
    method: r.pick(METHODS),
    fine: round2(r.int(2, 400)),
    noticed: r.pick(['in late March', 'in early June', 'last month', 'two weeks ago', 'in January']),
  };
}

export function renderBreach(ctx: Ctx, e: BreachEvent): Doc {
  const { r } = ctx;
  const d = new Doc();
  const C = e.co;
  const cur = C.hq.country.currency;
  const reg = C.hq.country.agency.data;
  d.subject = { place: C.hq.name, org: C.short, person: C.ceo };
  d.title = r.pick([`${C.short} hit by cyberattack, ${num(e.records)} customers affected`, `Hackers steal data of ${C.short} customers`, `${C.name} fined over data breach`]);
  d.p(
    d.fact(
      'breach-records',
      r.pick([
        `${C.name} said on ${weekday(ctx)} that hackers had stolen the personal details of about ${num(e.records)} customers.`,
        `The personal information of roughly ${num(e.records)} ${C.short} customers was taken in a cyberattack the company detected ${e.noticed}, it disclosed on ${weekday(ctx)}.`,
      ]),
      num(e.records),
      [C.short],
      [`how many customers were affected by the ${C.short} data breach`, `${C.short} hack number of people`, `how many people's data was stolen from ${C.short}`, `scale of the ${C.short} cyber attack`],
    ),
  );
  d.p(
    d.fact(
      'breach-data',
      `The stolen data included ${e.data}, the company said.`,
      e.data,
      [C.short],
      [`what information was taken in the ${C.short} cyberattack`, `what kind of data did the ${C.short} hackers get`, `${C.short} breach: ${e.dataQuery}?`],
    ),
    r.chance(0.6) && `For about ${num(e.extra)} customers, copies of identity documents were also exposed.`,
  );
  d.p(
    d.fact(
      'breach-method',
      `The attackers got into its systems using ${e.method}, according to a preliminary investigation.`,
      e.method,
      [C.short],
      [`how did hackers break into ${possessive(C.short)} network`, `how were ${C.short} systems compromised`, `entry point of the ${C.short} hack`],
    ),
    quote(ctx, r.pick(['We are deeply sorry for the worry this will cause our customers', 'We take the security of our customers’ data extremely seriously', 'We acted quickly to contain the incident once we became aware of it']), C.ceo.full, 'chief executive'),
  );
  d.p(
    d.fact(
      'breach-fine',
      `${cap(reg)} said it was investigating and could fine the company up to ${money(ctx, e.fine, cur)}, the maximum allowed under data protection law.`,
      money(ctx, e.fine, cur).replace(/[a-z ]+$/i, ''),
      [C.short],
      [`what penalty could ${C.short} face over the data leak`, `maximum fine for ${C.short} data breach`, `how big a fine could regulators impose on ${C.short}`],
    ),
  );
  d.more(
    `Customers have been advised to watch for suspicious emails and text messages and to change their passwords.`,
    `${C.short} said it would offer affected customers free credit monitoring for ${count(r.int(1, 3))} year${r.chance(0.5) ? 's' : ''}.`,
  );
  d.more(
    `Security experts said the attack fitted a pattern of criminal groups targeting large consumer companies, stealing data and then demanding a ransom not to publish it.`,
    `${C.short} declined to say whether it had received a ransom demand.`,
  );
  d.more(
    `It is not the first time the company has faced questions over its security.`,
    `In ${year(ctx) - r.int(2, 6)}, a smaller incident exposed the email addresses of some customers, and the company promised then to invest heavily in its defenses.`,
  );
  d.more(`Consumer groups criticized the time it took the company to inform customers.`, `"${r.pick(['People deserved to know much sooner', 'Every day of delay is a day criminals can use that data', 'Companies must be held to account for this'])}," said ${ctx.w.person(r).full} of the ${r.pick(['Consumer Council', 'Digital Rights League', 'Customers’ Association'])}.`);
  return d;
}
