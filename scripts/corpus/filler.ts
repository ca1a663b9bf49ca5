/**
 * Context paragraphs that make stories long and realistic: reactions, background, what happens
 * next. They are drawn per beat, name the story's subject where natural, and never state a fact
 * a question asks for. Each template is used at most once per round.
 */
import type { Beat, Ctx } from './story.js';
import { his, type Person } from './world.js';
import { count, num, pct, round2, weekday, year } from './story.js';

/** What a context paragraph may mention: the story's place and main organization or person. */
export interface Subject {
  place: string;
  org: string;
  person: Person;
}

type Gen = (ctx: Ctx, s: Subject) => string[];

const ROLES = ['a local resident', 'a shop owner', 'a retired teacher', 'a nurse', 'a taxi driver', 'a student', 'a farmer', 'a father of three', 'a pensioner', 'a volunteer', 'a café owner', 'a bus driver'];
const EXPERT_ROLES = ['a political scientist', 'an economist', 'a professor of public policy', 'a former government adviser', 'an industry consultant', 'a senior fellow'];

const REACTIONS = [
  'I have lived here all my life and I have never seen anything like it',
  'People are tired, and they want someone to take responsibility',
  'We were told everything was under control, and clearly it was not',
  'Nobody from the authorities has come to talk to us yet',
  'It will take years for things to get back to normal',
  'Honestly, I am not surprised, there were warning signs for a long time',
  'Everyone is talking about it, at work, at the school gate, everywhere',
  'We just want clear information about what happens next',
];

const EXPERT = [
  'The real test will come over the next six months',
  'There is a gap between what has been promised and what can realistically be delivered',
  'This fits a pattern we have seen in several other countries',
  'The numbers are striking, but they need to be read carefully',
  'Decisions like this usually have consequences that take time to show up',
  'It is a significant moment, though not necessarily a turning point',
  'The details matter more than the headline figure',
];

const GENERIC: Gen[] = [
  (ctx, s) => [`"${ctx.r.pick(REACTIONS)}," said ${ctx.w.person(ctx.r).full}, ${ctx.r.pick(ROLES)} in ${s.place}.`],
  (ctx) => [`"${ctx.r.pick(EXPERT)}," said ${ctx.w.person(ctx.r).full}, ${ctx.r.pick(EXPERT_ROLES)} at ${ctx.r.pick(ctx.w.universities)}.`, ctx.r.pick(['Others were more cautious.', 'Not everyone agreed.', 'That view is widely shared.', 'Officials rejected that reading.'])],
  (ctx, s) => [`${s.org} did not respond to requests for comment on ${weekday(ctx)}.`, `A spokesperson said a fuller statement would be issued ${ctx.r.pick(['later in the week', 'in the coming days', 'once more information was available'])}.`],
  () => [`The figures could not be independently verified.`, `Some of the numbers are likely to be revised as more information becomes available.`],
  (ctx, s) => [`The story has dominated ${ctx.r.pick(['social media', 'talk radio', 'the front pages', 'local news'])} in ${s.place} for days, with many people sharing ${ctx.r.pick(['photos', 'videos', 'personal accounts', 'angry posts'])}.`, `Several politicians used the moment to call for ${ctx.r.pick(['an independent inquiry', 'new rules', 'more funding', 'a change of leadership'])}.`],
  (ctx) => [`A survey published last month found that ${pct(ctx, ctx.r.int(30, 75))} of people were worried about ${ctx.r.pick(['the cost of living', 'the state of public services', 'the economy', 'climate change', 'their job security'])}.`, `Concern was highest among ${ctx.r.pick(['younger people', 'people over 60', 'families with children', 'people in rural areas'])}.`],
  (ctx) => [`It was not immediately clear what effect the developments would have on ${ctx.r.pick(['prices', 'public finances', 'the wider region', 'the government’s plans', 'consumers'])}.`, `More details are expected ${ctx.r.pick(['next week', 'by the end of the month', 'after the holidays'])}.`],
  (ctx) => [`${ctx.r.pick(['Newspapers', 'Commentators', 'Business leaders', 'Trade unions'])} were divided in their response.`, `Some welcomed the news as overdue, while others warned of ${ctx.r.pick(['unintended consequences', 'higher costs', 'legal challenges', 'delays'])}.`],
  (ctx, s) => [`Many in ${s.place} first heard the news on ${ctx.r.pick(['the radio', 'social media', 'their phones', 'the evening bulletin'])}.`, `By the afternoon, ${ctx.r.pick(['it was the only topic of conversation in cafés and on buses', 'local officials had called an emergency meeting', 'messages of support were arriving from across the country'])}.`],
  (ctx, s) => [`${s.org} has been under growing scrutiny over the past year.`, `Critics say it has been slow to respond to ${ctx.r.pick(['complaints', 'warnings from experts', 'questions from lawmakers', 'concerns raised by staff'])}, a charge it denies.`],
  (ctx) => [`Opinion polls suggest the public is split.`, `In one survey, ${pct(ctx, ctx.r.int(35, 60))} of respondents said the authorities were handling the situation well, while ${pct(ctx, ctx.r.int(25, 45))} said they were not.`],
  (ctx) => [`Lawyers said it was too early to say whether anyone could be held legally responsible.`, `"${ctx.r.pick(['These cases usually take years', 'Much will depend on what the documents show', 'The law in this area is far from settled'])}," said ${ctx.w.person(ctx.r).full}, a partner at a law firm in ${ctx.r.pick(ctx.w.cities).name}.`],
  (ctx, s) => [`Residents of ${s.place} have organized a public meeting for ${ctx.r.pick(['Thursday evening', 'the weekend', 'next week'])}.`, `Organizers said they expected hundreds of people to attend.`],
  (ctx) => [`International reaction was muted.`, `Diplomats said other governments were watching closely but had no reason to intervene.`],
  (ctx) => [`The episode has revived a long-running debate about ${ctx.r.pick(['regulation', 'public spending', 'accountability', 'transparency', 'the role of the state'])}.`, `Think tanks on both sides have published papers setting out their arguments.`],
  (ctx, s) => [`${s.person.full} has not commented publicly beyond a short statement.`, `People close to ${s.person.full.split(' ')[1]} said ${his(s.person)} priority was to ${ctx.r.pick(['get the facts straight', 'avoid making promises that could not be kept', 'speak to those affected first'])}.`],
  (ctx) => [`Economists said the wider impact was likely to be limited.`, `"${ctx.r.pick(['It is a local story with local consequences', 'The numbers are small relative to the whole economy', 'Markets have largely shrugged it off'])}," said ${ctx.w.person(ctx.r).full}, chief economist at ${ctx.r.pick(ctx.w.banks)}.`],
  (ctx, s) => [`A spokesperson for ${s.org} said it would publish more information on its website.`, `It also set up a telephone line for questions.`],
];

const BEAT: Record<Beat, Gen[]> = {
  business: [
    (ctx) => [`The ${ctx.r.pick(['main stock index', 'benchmark index', 'broader market'])} closed ${ctx.r.pick(['up', 'down'])} ${pct(ctx, ctx.r.float(0.2, 2.5))} on the day.`, `Bond yields ${ctx.r.pick(['edged higher', 'fell slightly', 'were little changed'])} as investors awaited the central bank’s next decision.`],
    () => [`Interest rates remain at their highest level in more than a decade, which has made borrowing for large investments more expensive.`, `The central bank has signaled that it could begin cutting rates once inflation is clearly falling.`],
    (ctx) => [`Inflation stood at ${pct(ctx, ctx.r.float(2, 9))} last month, according to the statistics office.`, `Consumer spending has been weak as households cut back on non-essential purchases.`],
    (ctx, s) => [`Private equity firms have been active buyers in the sector, attracted by steady cash flows and depressed share prices.`, `${s.org} itself was the subject of takeover speculation ${ctx.r.pick(['two years ago', 'last spring', 'in 2019'])}, which came to nothing.`],
    (ctx, s) => [`${s.person.full} has made cost discipline the centerpiece of ${his(s.person)} time in charge, selling non-core businesses and cutting layers of management.`, `Investors have generally welcomed the approach, though some question whether it leaves enough room for growth.`],
    (ctx, s) => [`${s.org} will report its full-year results in ${ctx.r.pick(['February', 'March', 'August', 'November'])}.`, `The company has promised to update investors on its strategy at the same time.`],
    (ctx, s) => [`Employees at ${s.org} were told of the news in an internal memo on ${weekday(ctx)}.`, `"${ctx.r.pick(['Nobody really knows what this means for us yet', 'People are anxious, but also a bit relieved that the uncertainty is over', 'We have heard a lot of promises before'])}," said one staff member, who asked not to be named.`],
  ],
  tech: [
    (ctx) => [`The number of publicly reported vulnerabilities has risen every year for the past decade, reaching more than ${num(round2(ctx.r.int(25000, 40000)))} last year.`, `Security teams say they struggle to keep up with the volume of patches.`],
    () => [`Governments have begun pressing software makers to take more responsibility for the security of their products.`, `Proposed rules would require vendors to report actively exploited flaws within 24 hours.`],
    () => [`Ransomware attacks cost organizations billions of dollars a year in payments, downtime and recovery.`, `Hospitals and schools have been frequent targets because they often run older systems.`],
    () => [`Experts recommend that organizations turn on automatic updates where possible and keep offline backups.`, `Multi-factor authentication can also limit the damage when passwords are stolen.`],
    (ctx) => [`The disclosure follows the industry’s usual practice of giving the vendor time to fix a problem before details are published.`, `Full technical details are expected to be released in ${count(ctx.r.int(2, 8))} weeks.`],
    (ctx, s) => [`${s.org} has faced criticism before over how it handles security reports.`, `The company said it had since expanded its product security team and launched a bug bounty program paying up to ${num(round2(ctx.r.int(10000, 250000)))} for serious findings.`],
    (ctx, s) => [`Some customers said they had struggled to find clear instructions.`, `"${ctx.r.pick(['The advisory was vague, and we spent half a day working out whether we were affected', 'We patched within hours, but a lot of smaller firms do not have anyone to do that', 'It is the third emergency update this year'])}," said ${ctx.w.person(ctx.r).full}, who manages IT systems for a ${ctx.r.pick(['school district', 'hospital group', 'logistics company', 'city council'])} in ${s.place}.`],
  ],
  science: [
    () => [`The findings add to a growing body of research on how human activity is changing natural systems.`, `Long-term data sets like this one are rare and expensive to maintain.`],
    () => [`Funding for basic research has been under pressure, and several monitoring programs have been cut in recent years.`, `Scientists say that gaps in data make it harder to spot trends early.`],
    (ctx) => [`The researchers said their next step would be to compare the results with data from ${ctx.r.pick(['other regions', 'laboratory experiments', 'computer models', 'historical archives'])}.`],
    () => [`The paper was peer-reviewed before publication.`, `Its data and code have been made publicly available.`],
    (ctx) => [`Citizen scientists played a large part in collecting the data, giving up weekends to take part in surveys.`, `Organizers said volunteer numbers had grown steadily since ${year(ctx) - ctx.r.int(5, 15)}.`],
    (ctx, s) => [`Local officials in ${s.place} said they would study the findings closely.`, `"${ctx.r.pick(['We want to base our decisions on the best evidence we have', 'This gives us something concrete to work with', 'We were aware of the problem, but not of its scale'])}," said ${ctx.w.person(ctx.r).full}, a member of the regional council.`],
    (ctx, s) => [`${s.person.full} said the team had been surprised by the public interest in the work.`, `Since the paper appeared, ${ctx.r.pick(['schools have asked for talks', 'dozens of volunteers have offered to help', 'the team has been flooded with emails'])}.`],
  ],
  disaster: [
    (ctx, s) => [`Television images showed ${ctx.r.pick(['damaged buildings', 'rescue teams at work', 'residents carrying belongings', 'emergency vehicles'])} in ${s.place} and people searching for relatives.`, `Mobile phone networks were patchy in parts of the area.`],
    (ctx) => [`The Red Cross said it had deployed ${count(ctx.r.int(20, 300))} volunteers to help with shelter and first aid.`, `Donations have poured in from across the country.`],
    () => [`Insurers said it was too early to estimate the cost of the damage.`, `Previous disasters of this kind have cost the economy billions.`],
    (ctx, s) => [`Schools in ${s.place} will remain closed at least until ${weekday(ctx, -3)}.`, `Exams scheduled for this week have been postponed.`],
    () => [`Residents complained that warnings came too late.`, `Officials defended the response, saying the speed of events had made earlier alerts impossible.`],
    (ctx, s) => [`Roads into ${s.place} were clogged with emergency vehicles and people trying to leave.`, `Police set up checkpoints to keep sightseers away.`],
    (ctx, s) => [`At a sports hall on the edge of ${s.place}, families slept on camp beds under fluorescent lights.`, `"${ctx.r.pick(['We left with only the clothes we were wearing', 'My mother is 90, she does not understand what is happening', 'We do not know if we still have a house'])}," said ${ctx.w.person(ctx.r).full}, ${ctx.r.pick(ROLES)}.`],
  ],
  sport: [
    (ctx) => [`The league has been one of the most competitive in years, with ${count(ctx.r.int(3, 6))} teams still in contention for the title.`],
    () => [`Injuries have been a problem for several clubs this season, with a crowded fixture list blamed by coaches.`, `Players’ unions have called for a longer winter break.`],
    () => [`Ticket prices have become a point of tension between clubs and supporters’ groups.`, `Several clubs have frozen prices for next season.`],
    () => [`Coaches have praised the development of young players coming through club academies.`, `The national team coach was in the stands to watch.`],
    (ctx, s) => [`Supporters in ${s.place} have had little to celebrate in recent seasons.`, `"${ctx.r.pick(['It has been a long wait', 'You have to enjoy days like this', 'We will believe it when we see it in May'])}," said ${ctx.w.person(ctx.r).full}, a season-ticket holder for ${count(ctx.r.int(5, 40))} years.`],
  ],
  politics: [
    () => [`The governing coalition has a slim majority, and rebellions by backbenchers have become more common.`, `Party whips spent the week trying to keep lawmakers in line.`],
    (ctx) => [`The opposition has gained ground in recent polls, helped by discontent over ${ctx.r.pick(['housing costs', 'waiting lists', 'energy bills', 'immigration', 'crime'])}.`],
    (ctx) => [`Political analysts said the episode could weaken the prime minister ahead of the party conference in ${ctx.r.pick(['the autumn', 'September', 'October', 'the spring'])}.`],
    (ctx) => [`Government officials briefed reporters on condition of anonymity.`, `They said the decision had been discussed at cabinet ${ctx.r.pick(['for weeks', 'on ' + weekday(ctx, 2), 'several times'])}.`],
    () => [`Civil society groups said they would monitor how the measures are implemented.`, `Some have threatened legal action.`],
    (ctx, s) => [`In ${s.place}, reactions on the street were mixed.`, `"${ctx.r.pick(['They all promise the same thing and nothing changes', 'At least someone is finally doing something', 'I will wait and see what it means for my bills'])}," said ${ctx.w.person(ctx.r).full}, ${ctx.r.pick(ROLES)}.`],
  ],
  health: [
    (ctx) => [`Hospitals have been under heavy pressure since the pandemic, with staff shortages in nursing and emergency medicine.`, `The health ministry has promised to recruit ${num(round2(ctx.r.int(2000, 20000)))} more staff by ${year(ctx) + ctx.r.int(2, 5)}.`],
    (ctx) => [`Family doctors said they had seen more patients with ${ctx.r.pick(['respiratory infections', 'stomach complaints', 'fevers', 'rashes'])} than usual in recent weeks.`],
    () => [`Public health experts urged people not to panic but to follow official advice.`, `Information lines have been set up for worried members of the public.`],
    () => [`The agency has been criticized in the past for being slow to share data.`, `It says it has since improved its reporting systems.`],
    (ctx, s) => [`Pharmacies in ${s.place} reported long queues.`, `"${ctx.r.pick(['People are worried and they want answers', 'We have had more calls this week than in the whole of last month', 'Most people just want reassurance'])}," said ${ctx.w.person(ctx.r).full}, a pharmacist.`],
  ],
};

/** Context paragraphs for a story of `beat`, in random order: beat-specific first, then generic. */
export function fillerParagraphs(ctx: Ctx, beat: Beat, subject: Subject): string[][] {
  const own = ctx.r.shuffle([...BEAT[beat]]).map((g) => g(ctx, subject));
  const generic = ctx.r.shuffle([...GENERIC]).map((g) => g(ctx, subject));
  return [...own, ...generic];
}

/** A closing line some stories carry. */
export function signOff(ctx: Ctx): string | null {
  const r = ctx.r;
  if (r.chance(0.6)) return null;
  return r.chance(0.5) ? `${ctx.w.person(r).full} contributed reporting from ${r.pick(ctx.w.cities).name}.` : `This article has been updated with additional reporting.`;
}

type Past = (ctx: Ctx, s: Subject, y: number) => string;

/** Past events, one sentence each, for a background timeline: never the story's own event. */
const PAST: Record<Beat, Past[]> = {
  business: [
    (ctx, s, y) => `In ${y}, ${s.org} bought a smaller rival for ${num(round2(ctx.r.int(40, 900)))} million, a deal that took more than a year to integrate.`,
    (ctx, s, y) => `${s.org} listed its shares in ${y}, raising about ${num(round2(ctx.r.int(100, 2000)))} million.`,
    (ctx, s, y) => `In ${y}, the company settled a long-running dispute with a former supplier for an undisclosed sum.`,
    (ctx, s, y) => `A restructuring in ${y} closed ${count(ctx.r.int(2, 9))} sites and moved its headquarters to ${s.place}.`,
    (ctx, s, y) => `Profits hit a record in ${y}, when demand surged and prices rose across the industry.`,
    (ctx, s, y) => `In ${y}, ${s.org} abandoned plans to expand into ${ctx.r.pick(['North America', 'Asia', 'the Gulf', 'eastern Europe'])} after the project ran over budget.`,
  ],
  tech: [
    (ctx, s, y) => `In ${y}, a similar flaw in another vendor’s equipment was used to break into ${count(ctx.r.int(20, 400))} organizations before it was fixed.`,
    (ctx, s, y) => `${s.org} moved to a monthly update schedule in ${y} after criticism from large customers.`,
    (ctx, s, y) => `A ${y} audit commissioned by the company found that most customers took more than a month to install critical updates.`,
    (ctx, s, y) => `In ${y}, researchers showed that devices of this type could be found with simple internet searches.`,
    (ctx, s, y) => `The company was founded in ${s.place} in ${y} and grew quickly by selling to small businesses.`,
  ],
  science: [
    (ctx, s, y) => `A survey carried out in ${y} found much smaller changes, though it covered only a few sites.`,
    (ctx, s, y) => `Monitoring in the area began in ${y}, when volunteers first started keeping systematic records.`,
    (ctx, s, y) => `In ${y}, a government report warned that data collection was patchy and underfunded.`,
    (ctx, s, y) => `The research group was set up in ${y} with money from a private foundation.`,
    (ctx, s, y) => `An international assessment in ${y} called for more long-term studies of exactly this kind.`,
  ],
  disaster: [
    (ctx, s, y) => `In ${y}, a similar disaster in ${ctx.r.pick(ctx.w.historic)} killed ${count(ctx.r.int(2, 300))} people and led to new building rules.`,
    (ctx, s, y) => `After floods in ${ctx.r.pick(ctx.w.historic)} in ${y}, the government promised to invest in early-warning systems.`,
    (ctx, s, y) => `An official review in ${y} found that many emergency shelters in the region were in poor condition.`,
    (ctx, s, y) => `The regional civil protection agency was created in ${y}, after a series of deadly storms.`,
    (ctx, s, y) => `In ${y}, a national exercise simulated a major disaster in the area; its report was never published in full.`,
  ],
  sport: [
    (ctx, s, y) => `The club last won the league in ${y}, under a coach who is still revered by supporters.`,
    (ctx, s, y) => `In ${y}, the club was relegated for the first time in its history.`,
    (ctx, s, y) => `The stadium was rebuilt in ${y} and now holds about ${num(round2(ctx.r.int(15000, 70000)))} spectators.`,
    (ctx, s, y) => `A takeover in ${y} brought new owners and promises of investment that fans say were never fully kept.`,
  ],
  politics: [
    (ctx, s, y) => `In ${y}, a similar measure was voted down by a narrow margin.`,
    (ctx, s, y) => `The governing party first came to power in ${y}, promising to clean up politics.`,
    (ctx, s, y) => `A corruption scandal in ${y} brought down the previous government.`,
    (ctx, s, y) => `Turnout at national elections has fallen steadily since ${y}.`,
    (ctx, s, y) => `In ${y}, tens of thousands of people took to the streets over ${ctx.r.pick(['fuel prices', 'pension reform', 'a corruption scandal', 'university fees'])}.`,
  ],
  health: [
    (ctx, s, y) => `In ${y}, an outbreak in ${ctx.r.pick(ctx.w.historic)} took months to bring under control.`,
    (ctx, s, y) => `The national vaccination schedule was last changed in ${y}.`,
    (ctx, s, y) => `A ${y} review found that the health agency had too few staff to trace contacts during large outbreaks.`,
    (ctx, s, y) => `Hospital waiting lists began to lengthen in ${y} and have not recovered since.`,
  ],
};

/** A short background timeline (2–3 paragraphs of past events, oldest first) for long stories. */
export function timelineParagraphs(ctx: Ctx, beat: Beat, subject: Subject): string[][] {
  const r = ctx.r;
  const events = r.shuffle([...PAST[beat]]);
  const now = year(ctx);
  const years = events.map(() => now - r.int(3, 30)).sort((a, b) => a - b);
  const sentences = events.map((e, i) => e(ctx, subject, years[i]!));
  const out: string[][] = [];
  for (let i = 0; i < sentences.length; i += 2) out.push(sentences.slice(i, i + 2));
  return out;
}
