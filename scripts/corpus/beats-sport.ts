/** Sport stories: match reports, transfers, records, coaches sacked. The same clubs recur. */
import type { Club, Person } from './world.js';
import { he, his } from './world.js';
import { Doc, cap, count, money, moneyQuery, num, possessive, quote, round2, weekday, type Ctx } from './story.js';

export type SportKind = 'match' | 'transfer' | 'record' | 'sacking';

export interface SportEvent {
  kind: SportKind;
  home: Club;
  away: Club;
  scorer: Person;
  scorer2: Person;
  goalsHome: number;
  goalsAway: number;
  minute: number;
  attendance: number;
  player: Person;
  position: string;
  fee: number;
  years: number;
  athlete: Person;
  event: { name: string; query: string; unit: 'time' | 'mark' };
  mark: string;
  oldHolder: Person;
  oldYear: number;
  runWithoutWin: number;
  replacement: Person;
  meet: string;
}

const EVENTS: SportEvent['event'][] = [
  { name: '1,500 meters', query: '1500m', unit: 'time' },
  { name: '10,000 meters', query: '10k', unit: 'time' },
  { name: 'marathon', query: 'marathon', unit: 'time' },
  { name: '400 meters hurdles', query: '400m hurdles', unit: 'time' },
  { name: 'high jump', query: 'high jump', unit: 'mark' },
  { name: 'pole vault', query: 'pole vault', unit: 'mark' },
  { name: '200 meters freestyle', query: '200m freestyle swim', unit: 'time' },
];

export function makeSport(ctx: Ctx, kind: SportKind, home: Club, away: Club): SportEvent {
  const r = ctx.r;
  const ev = r.pick(EVENTS);
  const mark =
    ev.unit === 'mark'
      ? ev.name === 'high jump'
        ? `${r.int(1, 2)}.${r.int(88, 99)} meters`.replace(/^1\.(\d\d)/, '1.$1')
        : `${r.int(5, 6)}.${r.int(10, 99)} meters`
      : ev.name === 'marathon'
        ? `2:${r.int(3, 25)}:${String(r.int(0, 59)).padStart(2, '0')}`
        : ev.name.startsWith('10,000')
          ? `${r.int(26, 31)}:${String(r.int(0, 59)).padStart(2, '0')}.${String(r.int(0, 99)).padStart(2, '0')}`
          : ev.name.startsWith('1,500')
            ? `3:${r.int(29, 59)}.${String(r.int(0, 99)).padStart(2, '0')}`
            : `${r.int(46, 58)}.${String(r.int(0, 99)).padStart(2, '0')}`;
  const gh = r.int(0, 4);
  const ga = r.int(0, 3);
  return {
    kind,
    home,
    away,
    scorer: ctx.w.person(r),
    scorer2: ctx.w.person(r),
    goalsHome: gh === ga ? gh + 1 : gh,
    goalsAway: ga,
    minute: r.int(3, 90),
    attendance: round2(r.int(6000, 72000)),
    player: ctx.w.person(r),
    position: r.pick(['midfielder', 'striker', 'defender', 'goalkeeper', 'winger', 'forward']),
    fee: round2(r.int(3, 110)),
    years: r.int(2, 6),
    athlete: ctx.w.person(r),
    event: ev,
    mark,
    oldHolder: ctx.w.person(r),
    oldYear: r.int(1986, 2019),
    runWithoutWin: r.int(5, 14),
    replacement: ctx.w.person(r),
    meet: r.pick(['the national championships', 'a Diamond League meeting', 'the indoor championships', 'the Harbour Games', 'a meet in ' + r.pick(ctx.w.cities).name]),
  };
}

export function renderSport(ctx: Ctx, e: SportEvent): Doc {
  const { r } = ctx;
  const d = new Doc();
  const H = e.home;
  const Aw = e.away;
  const cur = H.city.country.currency;
  const game = H.sport === 'football' ? 'match' : 'game';
  d.subject = { place: H.city.name, org: H.name, person: H.coach };
  switch (e.kind) {
    case 'match': {
      const hs = H.sport === 'basketball' ? 70 + e.goalsHome * 9 : H.sport === 'rugby' ? 10 + e.goalsHome * 6 : e.goalsHome;
      const as = H.sport === 'basketball' ? 64 + e.goalsAway * 8 : H.sport === 'rugby' ? 8 + e.goalsAway * 5 : e.goalsAway;
      const homeWon = hs > as;
      const [W, L, ws, ls] = homeWon ? [H, Aw, hs, as] : [Aw, H, as, hs];
      d.title = r.pick([`${W.short} beat ${L.short} ${ws}-${ls}`, `${e.scorer.last} inspires ${W.name} to victory over ${L.short}`, `${L.name} slump to defeat against ${W.short}`]);
      d.p(
        d.fact(
          'match-scorer',
          H.sport === 'football'
            ? `${e.scorer.full} scored ${r.pick(['twice', 'the winner', 'a late goal'])} as ${W.name} beat ${L.name} ${ws}-${ls} at ${H.stadium} on ${weekday(ctx, 1)}.`
            : `${e.scorer.full} led the way with ${r.int(18, 41)} points as ${W.name} beat ${L.name} ${ws}-${ls} at ${H.stadium} on ${weekday(ctx, 1)}.`,
          e.scorer.full,
          [W.short, L.short],
          [`who was the star for ${W.short} against ${L.short}`, `${W.short} vs ${L.short} top scorer`, `who scored for ${W.short} when they won against ${L.short}`, `${L.short} ${W.short} ${game} result and scorers`],
        ),
      );
      d.p(
        d.fact(
          'match-attendance',
          `A crowd of ${num(e.attendance)} watched the ${game}, ${r.pick(['the biggest of the season at the ground', 'well below capacity', 'a sell-out'])}.`,
          num(e.attendance),
          [W.short, L.short],
          [`how many fans attended ${H.short} against ${Aw.short}`, `attendance at the ${W.short} ${L.short} ${game}`, `size of the crowd for ${H.short} v ${Aw.short}`],
        ),
        `${e.scorer2.full} ${r.pick(['had given', 'had briefly given'])} ${L.short} hope ${r.pick(['before half-time', 'early in the second half', 'midway through the first half'])}.`,
      );
      d.p(quote(ctx, r.pick(['The players showed real character after a difficult week', 'We were not good enough today, simple as that', 'We controlled the game for long spells and deserved the win']), (homeWon ? H : Aw).coach.full, `the ${(homeWon ? H : Aw).short} coach`));
      d.more(`The result leaves ${W.short} ${r.pick(['second', 'third', 'top', 'fifth'])} in the table, ${count(r.int(1, 9))} points ${r.pick(['behind the leaders', 'clear of fourth place', 'ahead of their nearest rivals'])}.`, `${L.short} have now lost ${count(r.int(2, 6))} of their last ${count(r.int(6, 9))} games.`);
      d.more(`${e.scorer.last} has now scored ${count(r.int(5, 22))} times this season.`, `${W.short} travel to ${r.pick(ctx.w.clubs).short} next weekend.`);
      d.more(`${L.short} started brightly and hit the woodwork inside the first ten minutes, but gradually lost their grip on the game.`, `Their coach ${L.coach.full} made three changes at half-time without reversing the trend.`);
      d.more(`The visiting fans were in good voice throughout despite heavy rain.`, `There were no reports of trouble inside the ground.`);
      break;
    }
    case 'transfer': {
      const fee = money(ctx, e.fee, cur);
      d.title = r.pick([`${H.short} sign ${e.player.full} for ${fee}`, `${e.player.last} joins ${H.name} from ${Aw.short}`, `${H.short} break transfer record for ${e.player.last}`]);
      d.p(
        d.fact(
          'transfer-fee',
          r.pick([
            `${H.name} have signed ${e.position} ${e.player.full} from ${Aw.name} for a fee of ${fee}, a club record.`,
            `${e.player.full} has completed a ${fee} move from ${Aw.name} to ${H.name}, the clubs announced on ${weekday(ctx)}.`,
          ]),
          fee.replace(/[a-z ]+$/i, ''),
          [e.player.last],
          [`how much did ${H.short} pay for ${e.player.last}`, `${e.player.full} transfer fee`, `how much did the ${e.player.last} transfer to ${H.short} cost in ${cur === '$' ? 'dollars' : cur === '€' ? 'euros' : 'pounds'}`, `what did ${H.short} spend to sign ${e.player.last} from ${Aw.short}`],
        ),
      );
      d.p(
        d.fact(
          'transfer-contract',
          `The ${r.int(20, 31)}-year-old has signed a ${count(e.years)}-year contract.`,
          `${count(e.years)}-year`,
          [e.player.last, H.short],
          [`how long is ${possessive(e.player.last)} contract with ${H.short}`, `length of ${e.player.full} deal at ${H.short}`],
        ),
        quote(ctx, r.pick([`${e.player.last} is exactly the kind of player we have been looking for`, `${cap(he(e.player))} brings energy, quality and experience to the squad`]), H.coach.full, `the ${H.short} coach`),
      );
      d.more(`${e.player.last} scored ${count(r.int(3, 19))} goals for ${Aw.short} last season and has ${count(r.int(2, 40))} international caps.`, `${Aw.short} had been under financial pressure and needed to sell.`);
      d.more(`Fans had been calling for the club to strengthen the squad after a disappointing start to the season.`, `${H.short} are expected to make at least one more signing before the window closes.`);
      d.more(`${e.player.last} passed a medical in ${H.city.name} on ${weekday(ctx, 1)} and posed for photographs in the club’s colors.`, `${cap(he(e.player))} is expected to make ${his(e.player)} debut at the weekend.`);
      d.more(`Several other clubs had shown interest in the player over the summer.`, `${Aw.short} said the money would be reinvested in the squad.`);
      break;
    }
    case 'record': {
      const A = e.athlete;
      d.title = r.pick([`${A.full} breaks national ${e.event.name} record`, `Record for ${A.last} in the ${e.event.name}`]);
      d.p(
        d.fact(
          'record-mark',
          e.event.unit === 'mark'
            ? `${A.full} cleared ${e.mark} in the ${e.event.name} at ${e.meet} on ${weekday(ctx, 1)}, breaking the national record set by ${e.oldHolder.full} in ${e.oldYear}.`
            : `${A.full} won the ${e.event.name} in ${e.mark} at ${e.meet} on ${weekday(ctx, 1)}, breaking the national record set by ${e.oldHolder.full} in ${e.oldYear}.`,
          e.mark,
          [A.last],
          [`what was ${possessive(A.last)} record in the ${e.event.query}`, `${A.full} ${e.event.query} national record ${e.event.unit === 'mark' ? 'height' : 'time'}`, `how ${e.event.unit === 'mark' ? 'high did' : 'fast was'} ${A.last} in the record-breaking ${e.event.query}`, `whose record did ${A.last} break`],
        ),
      );
      d.p(quote(ctx, r.pick(['I knew I was in good shape, but I did not expect this today', 'I have been chasing this record for years', 'The crowd carried me through the last part']), A.full, 'the new record holder'), `${A.last} will now be among the favorites for a medal at the world championships.`);
      d.more(`The previous record had stood for ${count(Math.max(2, 2024 - e.oldYear))} years.`, `${e.oldHolder.full}, now a coach, was among the first to congratulate ${A.last}.`);
      d.more(`${A.last} missed most of last season with ${r.pick(['a hamstring injury', 'a stress fracture', 'an ankle injury', 'illness'])} and had considered retiring.`, `A new coach and a change of training base helped turn things around.`);
      d.more(`Conditions were close to ideal, with little wind and a warm evening.`, `The crowd rose to its feet as the result was confirmed.`);
      break;
    }
    case 'sacking': {
      const C = H.coach;
      d.title = r.pick([`${H.short} sack coach ${C.full}`, `${C.last} out at ${H.name} after poor run`]);
      d.p(
        d.fact(
          'sacking-reason',
          `${H.name} have dismissed head coach ${C.full} after a run of ${count(e.runWithoutWin)} games without a win left the club ${r.pick(['in the relegation zone', 'in 14th place', 'far off the promotion places'])}.`,
          count(e.runWithoutWin),
          [C.last, H.short],
          [`why did ${H.short} fire ${C.last}`, `${C.full} sacked by ${H.short} reason`, `how many games without winning before ${H.short} got rid of their coach`],
        ),
      );
      d.p(
        d.fact(
          'sacking-replacement',
          `Assistant coach ${e.replacement.full} will take charge on an interim basis, starting with ${possessive(H.short)} next ${game} against ${Aw.short}.`,
          e.replacement.full,
          [H.short],
          [`who replaces ${C.last} at ${H.short}`, `${H.short} interim coach after ${C.last}`, `new caretaker manager of ${H.short}`],
        ),
        `${C.last} had been in charge for ${count(r.int(1, 4))} seasons.`,
      );
      d.p(quote(ctx, `We thank ${C.first} for ${his(C)} hard work, but we felt a change was needed`, ctx.w.person(r).full, `the ${H.short} chairman`));
      d.more(`Supporters had protested outside the stadium after the last home defeat.`, `The club said it hoped to name a permanent replacement within weeks.`);
      d.more(`${C.last} arrived with a reputation for developing young players, and ${his(C)} first season brought a cup run that lifted spirits.`, `Results have declined steadily since.`);
      d.more(`Several candidates have already been linked with the job in local media.`, `The club’s owners are expected to meet next week.`);
      break;
    }
  }
  d.more(`${cap(H.city.name)} is one of the oldest sporting cities in ${H.city.country.name}, and ${H.short} have a large and loyal following.`, `Tickets for the next home ${game} went on sale on ${weekday(ctx)}.`);
  d.more(`Television audiences for the league have risen this season after a new broadcast deal.`, `The league is worth about ${money(ctx, round2(r.int(300, 4000)), cur)} a year in media rights.`);
  return d;
}
