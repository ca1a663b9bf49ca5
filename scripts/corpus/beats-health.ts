/** Health stories: outbreaks, drug trials, hospital waiting lists, vaccination drives. */
import type { City, Company } from './world.js';
import { Doc, cap, count, num, pct, possessive, quote, round2, weekday, year, type Ctx } from './story.js';

export type HealthKind = 'outbreak' | 'trial' | 'waiting' | 'vaccine';

export interface HealthEvent {
  kind: HealthKind;
  city: City;
  disease: { name: string; query: string };
  cases: number;
  deaths: number;
  hospitalized: number;
  source: { text: string; query: string };
  drug: string;
  maker: Company;
  condition: { text: string; query: string };
  trialN: number;
  effect: number;
  sideEffect: string;
  hospital: string;
  waitWeeks: number;
  waitingList: number;
  target: number;
  doses: number;
  ageGroup: string;
}

const DISEASES = [
  { name: 'measles', query: 'measles' },
  { name: 'cholera', query: 'cholera' },
  { name: 'E. coli', query: 'e coli food poisoning' },
  { name: 'Legionnaires’ disease', query: 'legionella' },
  { name: 'dengue fever', query: 'dengue' },
  { name: 'norovirus', query: 'stomach bug norovirus' },
  { name: 'hepatitis A', query: 'hep A' },
  { name: 'whooping cough', query: 'pertussis' },
];
const SOURCES = {
  lettuce: { text: 'contaminated lettuce served at several school canteens', query: 'tainted salad in schools' },
  tower: { text: 'a cooling tower on the roof of a shopping center', query: 'air conditioning tower' },
  water: { text: 'a broken water main that let sewage into the drinking water supply', query: 'sewage in tap water' },
  berries: { text: 'frozen berries imported from abroad', query: 'imported frozen fruit' },
  traveler: { text: 'an unvaccinated traveler who returned from abroad', query: 'unvaccinated tourist' },
  wedding: { text: 'a wedding reception attended by more than 400 guests', query: 'a big wedding' },
  school: { text: 'a primary school where fewer than half of the pupils were vaccinated', query: 'unvaccinated school children' },
  quarry: { text: 'stagnant water in a disused quarry where mosquitoes bred', query: 'mosquito breeding site' },
  tyres: { text: 'a yard of old tyres collecting rainwater next to a housing estate', query: 'mosquitoes in old tires' },
  cruise: { text: 'a river cruise ship whose passengers fell ill on the same day', query: 'cruise boat' },
};
const SOURCES_FOR: Record<string, (keyof typeof SOURCES)[]> = {
  measles: ['traveler', 'school', 'wedding'],
  cholera: ['water', 'wedding'],
  'E. coli': ['lettuce', 'wedding', 'water'],
  'Legionnaires’ disease': ['tower'],
  'dengue fever': ['quarry', 'tyres'],
  norovirus: ['cruise', 'wedding', 'berries'],
  'hepatitis A': ['berries', 'water'],
  'whooping cough': ['school', 'traveler'],
};
const CONDITIONS = [
  { text: 'moderate to severe plaque psoriasis', query: 'psoriasis' },
  { text: 'early Alzheimer’s disease', query: 'alzheimers' },
  { text: 'type 2 diabetes', query: 'diabetes' },
  { text: 'chronic migraine', query: 'migraines' },
  { text: 'heart failure', query: 'heart failure' },
  { text: 'severe asthma', query: 'asthma' },
  { text: 'obesity', query: 'weight loss' },
];
const DRUG_SYLL = ['vel', 'tra', 'zan', 'mor', 'ixa', 'lum', 'cor', 'nap', 'dre', 'sol', 'qui', 'ben'];
const DRUG_END = ['mab', 'tinib', 'glutide', 'vir', 'zumab', 'pril', 'stat', 'lisib'];

export function makeHealth(ctx: Ctx, kind: HealthKind, city: City, maker: Company): HealthEvent {
  const r = ctx.r;
  const cases = r.int(12, 2400);
  const disease = r.pick(DISEASES);
  return {
    kind,
    city,
    disease,
    cases,
    deaths: r.int(0, Math.max(1, Math.floor(cases / 60))),
    hospitalized: r.int(3, Math.max(5, Math.floor(cases / 4))),
    source: SOURCES[r.pick(SOURCES_FOR[disease.name]!)],
    drug: cap(r.pick(DRUG_SYLL) + r.pick(DRUG_SYLL) + r.pick(DRUG_END)),
    maker,
    condition: r.pick(CONDITIONS),
    trialN: round2(r.int(300, 12000)),
    effect: r.int(11, 58),
    sideEffect: r.pick(['nausea', 'headaches', 'mild injection-site reactions', 'fatigue', 'dizziness']),
    hospital: r.pick(ctx.w.hospitals).name,
    waitWeeks: r.int(9, 70),
    waitingList: round2(r.int(3000, 400_000)),
    target: r.int(70, 95),
    doses: round2(r.int(20_000, 2_000_000)),
    ageGroup: r.pick(['children under five', 'adults over 65', 'teenagers aged 12 to 15', 'pregnant women', 'health workers']),
  };
}

export function renderHealth(ctx: Ctx, e: HealthEvent): Doc {
  const { r } = ctx;
  const d = new Doc();
  const C = e.city;
  const agency = C.country.agency.health;
  d.subject = { place: C.name, org: cap(agency), person: ctx.w.person(r) };
  switch (e.kind) {
    case 'outbreak': {
      const dz = e.disease.name;
      d.title = r.pick([`${cap(dz)} outbreak in ${C.name} grows to ${num(e.cases)} cases`, `Health officials race to contain ${dz} in ${C.name}`]);
      d.p(
        d.fact(
          'outbreak-cases',
          `Health officials have confirmed ${num(e.cases)} cases of ${dz} in ${C.name} since the start of the outbreak, ${agency} said on ${weekday(ctx)}.`,
          num(e.cases),
          [C.name, dz],
          [`how many ${e.disease.query} infections have been recorded in ${C.name}`, `${C.name} ${e.disease.query} outbreak case count`, `number of people sick with ${e.disease.query} in ${C.name}`],
        ),
        `${cap(count(e.hospitalized))} patients have needed hospital treatment${e.deaths ? `, and ${count(e.deaths)} have died` : ''}.`,
      );
      d.p(
        d.fact(
          'outbreak-source',
          `Investigators traced the outbreak to ${e.source.text}.`,
          e.source.text,
          [C.name, dz],
          [`what caused the ${e.disease.query} outbreak in ${C.name}`, `source of the ${C.name} ${e.disease.query} cases`, `where did the ${C.name} ${e.disease.query} outbreak start`],
        ),
        quote(ctx, r.pick(['We expect to see more cases over the coming days', 'Anyone with symptoms should stay at home and call their doctor', 'The risk to the wider public remains low']), ctx.w.person(r).full, `a director at ${agency}`),
      );
      d.more(`${cap(dz)} spreads easily, and officials urged people to wash their hands frequently.`, `Schools in the affected area have been told to report any suspected cases.`);
      d.more(`Most of those infected are ${r.pick(['children', 'adults over 60', 'young adults', 'members of the same few families'])}, officials said.`, `Symptoms usually appear within ${count(r.int(2, 12))} days of exposure.`);
      d.more(`Inspectors have taken samples from ${r.pick(['restaurants', 'water supplies', 'schools', 'shops'])} across ${C.name}, and results are expected within days.`, `Officials said they had not ruled out other sources.`);
      d.more(`The last large outbreak in the region, in ${year(ctx) - r.int(3, 15)}, was brought under control within weeks.`);
      break;
    }
    case 'trial': {
      const M = e.maker;
      d.title = r.pick([`${e.drug} cuts ${e.condition.query} symptoms in major trial`, `${M.short} drug ${e.drug} succeeds in late-stage study`]);
      d.p(
        d.fact(
          'trial-effect',
          `In a trial of ${num(e.trialN)} patients with ${e.condition.text}, ${possessive(M.short)} drug ${e.drug} reduced symptoms by ${pct(ctx, e.effect)} compared with a placebo, the company said on ${weekday(ctx)}.`,
          String(e.effect),
          [e.drug],
          [`how effective was ${e.drug} in the trial`, `${e.drug} ${e.condition.query} study results`, `did ${possessive(M.short)} ${e.condition.query} medicine work, how much better than placebo`],
        ),
      );
      d.p(
        d.fact(
          'trial-side',
          `The most common side effect was ${e.sideEffect}, reported by about ${pct(ctx, r.int(4, 22))} of those taking the drug.`,
          e.sideEffect,
          [e.drug],
          [`what are the side effects of ${e.drug}`, `${e.drug} adverse effects in the trial`],
        ),
        `${M.short} said it would ask regulators to approve the drug ${r.pick(['later this year', 'early next year', 'within months'])}.`,
      );
      d.p(quote(ctx, r.pick(['These results could change how we treat this condition', 'Patients have waited a long time for a better option', 'We are encouraged, but we need to see longer-term data']), ctx.w.person(r).full, `a ${r.pick(['professor', 'consultant'])} at ${e.hospital} who led the trial`));
      d.more(`Shares in ${M.short} rose ${pct(ctx, r.float(3, 25))} on the news.`, `Analysts estimate the drug could eventually sell more than ${num(round2(r.int(500, 5000)))} million a year.`);
      d.more(`The trial ran for ${count(r.int(12, 104))} weeks at ${count(r.int(40, 300))} hospitals and clinics in ${count(r.int(5, 20))} countries.`, `Patients were randomly assigned to receive the drug or a dummy treatment.`);
      d.more(`Independent doctors said the results were promising but that the price would be crucial.`, `Similar medicines cost thousands a year, putting them out of reach of many health systems.`);
      d.more(`${M.short} has struggled with a series of failed trials in recent years, and investors had been waiting for a success.`, `Full results will be presented at a medical conference later this year.`);
      break;
    }
    case 'waiting': {
      d.title = r.pick([`Patients at ${e.hospital} wait ${e.waitWeeks} weeks for surgery`, `Waiting lists grow at ${e.hospital}`]);
      d.p(
        d.fact(
          'waiting-weeks',
          `Patients at ${e.hospital} in ${C.name} now wait an average of ${e.waitWeeks} weeks for routine operations such as hip and knee replacements, figures published on ${weekday(ctx)} show.`,
          String(e.waitWeeks),
          [e.hospital],
          [`how long is the wait for a hip operation at ${e.hospital}`, `${e.hospital} surgery waiting times`, `average waiting time for routine surgery at ${e.hospital}`],
        ),
      );
      d.p(
        d.fact(
          'waiting-list',
          `Across the region, ${num(e.waitingList)} people are waiting for planned hospital treatment.`,
          num(e.waitingList),
          [e.hospital],
          [`how many people are on the waiting list in the region around ${e.hospital}`],
        ),
        quote(ctx, 'Staff are working incredibly hard, but we simply do not have enough beds or surgeons', ctx.w.person(r).full, `the chief executive of ${e.hospital}`),
      );
      d.more(`Doctors’ unions blamed years of underinvestment and staff shortages.`, `The health ministry said new surgical hubs would open next year.`);
      d.more(`One patient, a ${r.int(55, 84)}-year-old former builder, said he had been waiting more than a year for a knee operation.`, `"I can barely walk to the end of the road now," he said.`);
      d.more(`The hospital has cancelled ${num(round2(r.int(100, 2000)))} operations this year because of a lack of beds.`, `Emergency departments have also struggled, with patients waiting hours on trolleys.`);
      break;
    }
    case 'vaccine': {
      const dz = e.disease.name;
      d.title = r.pick([`${C.name} launches ${dz} vaccination drive`, `Jabs for ${e.ageGroup} as ${dz} cases rise`]);
      d.p(
        d.fact(
          'vaccine-target',
          `Health authorities in ${C.name} want to vaccinate ${pct(ctx, e.target)} of ${e.ageGroup} against ${dz} by the end of the year.`,
          String(e.target),
          [C.name, dz],
          [`what is the ${e.disease.query} vaccination target in ${C.name}`, `${C.name} ${e.disease.query} jab campaign goal`, `who is being offered the ${e.disease.query} vaccine in ${C.name}`],
        ),
      );
      d.p(
        d.fact(
          'vaccine-doses',
          `The government has ordered ${num(e.doses)} doses for the vaccination program.`,
          num(e.doses),
          [C.name, dz],
          [`how many ${e.disease.query} vaccine doses has ${C.name} bought`],
        ),
        `Vaccines will be offered at schools, pharmacies and mobile clinics.`,
      );
      d.more(`Vaccination rates fell during the pandemic, and officials fear a resurgence of diseases that had almost disappeared.`, `Misinformation on social media has also made some parents hesitant.`);
      d.more(`Nurses will visit villages outside ${C.name} where clinics are far away.`, `Officials said no appointment would be needed.`);
      d.more(`Coverage currently stands at about ${pct(ctx, r.int(40, 69))}, well below the level experts say is needed to stop the disease from spreading.`);
      break;
    }
  }
  d.more(`${cap(agency)} publishes updated figures every week.`, `Officials said they were working closely with hospitals and family doctors in ${C.name}.`);
  d.more(`Health spending in ${C.country.name} has risen by about ${pct(ctx, r.int(2, 9))} a year since ${year(ctx) - 5}, but demand has grown faster.`);
  return d;
}
