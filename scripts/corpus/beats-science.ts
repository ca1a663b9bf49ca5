/** Science stories: one study each, on recurring topics (so the same finding type recurs with other places and numbers). */
import type { Person } from './world.js';
import { he } from './world.js';
import { Doc, an, cap, num, pct, quote, round2, weekday, year, type Ctx } from './story.js';

export interface StudyEvent {
  topic: Topic;
  place: string;
  x: number;
  n: number;
  y1: number;
  y2: number;
  lead: Person;
  leadRole: string;
  uni: string;
  journal: string;
  expert: Person;
  expertUni: string;
  funder: string;
  species: string;
}

interface TopicText {
  title: string;
  finding: string;
  findingQ: string[];
  sample: string;
  sampleQ: string[];
  cause: string;
  causeQ: string[];
  short: string;
  background: string[];
}

interface Topic {
  id: string;
  journals: string[];
  places: (ctx: Ctx) => string;
  x: [number, number];
  n: [number, number];
  species?: string[];
  text(ctx: Ctx, e: StudyEvent): TopicText;
}

const LAKES = ['Lake Varna', 'Lake Orsa', 'Lake Tamsin', 'Lake Kivara', 'Lake Brekka', 'Lake Serrano', 'Lake Lusana', 'Lake Emas'];
const GLACIERS = ['Skarvik Glacier', 'Elvdal Glacier', 'Tavros Glacier', 'Polana Glacier', 'Harlan Glacier', 'Korrholm Icefield', 'Velika Glacier'];
const REEFS = ['Kencana Reef', 'Oboro Reef', 'Coral Point reef', 'Rendah Atoll', 'Almar Bank'];

const TOPICS: Topic[] = [
  {
    id: 'strandings',
    journals: ['the Journal of Coastal Ecology', 'Frontiers in Marine Biology'],
    places: (ctx) => `the ${ctx.r.pick(ctx.w.countries).regions[ctx.r.int(0, 3)]!.replace(/^the /, '')} coast`,
    x: [18, 140],
    n: [300, 4200],
    species: ['pilot whales', 'sperm whales', 'common dolphins', 'harbor porpoises', 'loggerhead turtles', 'minke whales'],
    text: (ctx, e) => ({
      title: `${cap(e.species)} stranding on ${e.place} more often, study finds`,
      finding: ctx.r.pick([
        `The number of ${e.species} found stranded on beaches along ${e.place} rose by ${pct(ctx, e.x)} between ${e.y1} and ${e.y2}, the researchers found.`,
        `Between ${e.y1} and ${e.y2}, ${e.species} washed ashore on ${e.place} ${pct(ctx, e.x)} more often than in the previous two decades.`,
      ]),
      findingQ: [
        `how much have ${e.species.replace(/s$/, '')} strandings increased on ${e.place}`,
        `rise in beached ${e.species} ${e.place.replace(/^the /, '')}`,
        `are more ${e.species} stranding on ${e.place}? by how much`,
        `${e.species} strandings trend ${e.place.replace(/^the /, '')} study`,
      ],
      sample: `The team analyzed records of ${num(e.n)} stranding events logged by volunteers and coastguard crews since ${e.y1}.`,
      sampleQ: [`how many stranding records did the ${e.species} study on ${e.place} use`, `size of the dataset in the ${e.place.replace(/^the /, '')} ${e.species} research`],
      cause: `They linked the increase to warmer sea temperatures, which push the animals’ prey closer to shore, and to more frequent storms.`,
      causeQ: [`why are ${e.species} getting stranded more often on ${e.place}`, `what explains the rise in ${e.species} strandings on ${e.place}`],
      short: `${e.species} strandings`,
      background: [
        `Mass strandings, in which dozens of animals come ashore together, remain poorly understood.`,
        `Rescuers can sometimes refloat stranded animals, but many die within hours from exhaustion or overheating.`,
      ],
    }),
  },
  {
    id: 'bees',
    journals: ['Nature Ecology Letters', 'the Journal of Agricultural Research'],
    places: (ctx) => ctx.r.pick(ctx.w.countries).regions[ctx.r.int(0, 3)]!,
    x: [12, 58],
    n: [40, 900],
    text: (ctx, e) => ({
      title: `Wild bees in ${e.place} in steep decline`,
      finding: ctx.r.pick([
        `Populations of wild bees in ${e.place} have fallen by ${pct(ctx, e.x)} since ${e.y1}, according to the study.`,
        `The researchers recorded ${pct(ctx, e.x)} fewer wild bees across ${e.place} in ${e.y2} than in ${e.y1}.`,
      ]),
      findingQ: [`how much have bee numbers dropped in ${e.place}`, `decline of wild bees ${e.place.replace(/^the /, '')}`, `how fast are bees disappearing from ${e.place}`],
      sample: `Volunteers counted bees at ${num(e.n)} meadow and farmland sites every summer for the survey.`,
      sampleQ: [`how many sites were surveyed in the ${e.place.replace(/^the /, '')} bee study`, `number of locations where bees were counted in ${e.place}`],
      cause: `The authors blamed the loss of wildflower meadows and the widespread use of neonicotinoid pesticides.`,
      causeQ: [`what is killing off the bees in ${e.place}`, `reasons for the bee decline in ${e.place}`],
      short: 'bee decline',
      background: [`Wild bees pollinate many crops and wild plants, and their decline has worried farmers as well as conservationists.`, `Honeybees kept by beekeepers were not included in the count.`],
    }),
  },
  {
    id: 'sleep',
    journals: ['the Journal of Sleep Studies', 'Neurology Today'],
    places: (ctx) => ctx.r.pick(ctx.w.cities).name,
    x: [9, 34],
    n: [400, 9000],
    text: (ctx, e) => ({
      title: `Short sleep linked to poorer memory in middle age`,
      finding: ctx.r.pick([
        `Participants who slept less than six hours a night scored ${pct(ctx, e.x)} lower on memory tests than those who slept seven to eight hours.`,
        `Those sleeping under six hours a night recalled ${pct(ctx, e.x)} fewer words on average than people who regularly got seven or eight hours.`,
      ]),
      findingQ: [`how much worse is memory in people who sleep under six hours, ${e.place} study`, `does lack of sleep hurt recall? ${e.place} research results`, `short sleepers memory test scores ${e.place}`],
      sample: `The study followed ${num(e.n)} adults aged 40 to 70 in ${e.place} for ${Math.max(3, e.y2 - e.y1)} years.`,
      sampleQ: [`how many people took part in the ${e.place} sleep and memory study`, `number of participants ${e.place} sleep research`],
      cause: `The authors suggested that deep sleep helps the brain clear waste proteins that build up during the day.`,
      causeQ: [`why might short sleep harm memory according to the ${e.place} researchers`],
      short: 'sleep and memory',
      background: [`Sleep researchers have long argued that memories are consolidated during deep sleep.`, `The study could not prove that short sleep causes memory decline, only that the two are linked.`],
    }),
  },
  {
    id: 'microplastics',
    journals: ['Nature Ecology Letters', 'the Review of Earth Systems'],
    places: (ctx) => ctx.r.pick(LAKES),
    x: [22, 91],
    n: [150, 2400],
    text: (ctx, e) => ({
      title: `Microplastics found in most fish from ${e.place}`,
      finding: ctx.r.pick([
        `Microplastic particles were found in the guts of ${pct(ctx, e.x)} of the fish sampled from ${e.place}.`,
        `Of the fish caught in ${e.place}, ${pct(ctx, e.x)} had tiny plastic fragments in their digestive tracts.`,
      ]),
      findingQ: [`what share of fish in ${e.place} contain plastic`, `plastic pollution in ${e.place} fish study`, `how many ${e.place} fish had microplastics in them`],
      sample: `The scientists examined ${num(e.n)} fish from 14 species caught at ${ctx.r.int(8, 40)} points around the lake.`,
      sampleQ: [`how many fish were examined in the ${e.place} plastics study`, `${e.place} microplastics research sample size`],
      cause: `Most of the particles were fibers shed from synthetic clothing, which pass through wastewater treatment plants.`,
      causeQ: [`where does the plastic in ${e.place} fish come from`],
      short: 'microplastics in fish',
      background: [`Microplastics have been found everywhere from deep ocean trenches to mountain snow.`, `Their effect on human health is still unclear.`],
    }),
  },
  {
    id: 'glacier',
    journals: ['the Review of Earth Systems', 'Planetary Science Letters'],
    places: (ctx) => ctx.r.pick(GLACIERS),
    x: [11, 64],
    n: [20, 300],
    text: (ctx, e) => ({
      title: `${e.place} shrinking faster than expected`,
      finding: ctx.r.pick([
        `The ${e.place} has lost ${pct(ctx, e.x)} of its ice volume since ${e.y1}, the measurements show.`,
        `Since ${e.y1}, ${pct(ctx, e.x)} of the ice in the ${e.place} has melted away, according to the survey.`,
      ]),
      findingQ: [`how much ice has the ${e.place} lost`, `${e.place} melting how much`, `shrinking of ${e.place} volume since measurements began`],
      sample: `The team combined satellite data with ${num(e.n)} field measurements of ice thickness taken by drilling.`,
      sampleQ: [`how many ice thickness measurements were taken at the ${e.place}`],
      cause: `Warmer summers and less winter snowfall are to blame, the researchers said.`,
      causeQ: [`why is the ${e.place} melting`],
      short: 'glacier melt',
      background: [`Glaciers around the world have been retreating since the late 19th century, but the pace has quickened sharply.`, `Meltwater from the glacier feeds rivers used for drinking water and hydropower downstream.`],
    }),
  },
  {
    id: 'asthma',
    journals: ['the Annals of Clinical Medicine', 'the Journal of Epidemiology and Society'],
    places: (ctx) => ctx.r.pick(ctx.w.cities).name,
    x: [14, 65],
    n: [1200, 30000],
    text: (ctx, e) => ({
      title: `Children near busy roads in ${e.place} more likely to get asthma`,
      finding: ctx.r.pick([
        `Children living within 200 meters of a major road were ${pct(ctx, e.x)} more likely to develop asthma than those living farther away.`,
        `The risk of asthma was ${pct(ctx, e.x)} higher among children whose homes were less than 200 meters from heavy traffic.`,
      ]),
      findingQ: [`asthma risk for kids living near busy roads in ${e.place}`, `how much does traffic pollution raise childhood asthma in ${e.place}`, `${e.place} study children asthma main roads`],
      sample: `The researchers used the health records of ${num(e.n)} children born in ${e.place} between ${e.y1} and ${e.y2}.`,
      sampleQ: [`how many children were included in the ${e.place} asthma research`],
      cause: `Nitrogen dioxide from diesel exhaust is thought to inflame young airways.`,
      causeQ: [`what in traffic fumes causes asthma according to the ${e.place} study`],
      short: 'traffic and asthma',
      background: [`Air pollution is linked to millions of early deaths around the world every year.`, `City officials said the findings would inform plans for low-emission zones.`],
    }),
  },
  {
    id: 'settlement',
    journals: ['Antiquity Review', 'the Journal of Field Archaeology'],
    places: (ctx) => ctx.r.pick(ctx.w.cities).name,
    x: [3200, 11800],
    n: [200, 4000],
    text: (ctx, e) => ({
      title: `Ancient village unearthed near ${e.place}`,
      finding: ctx.r.pick([
        `Radiocarbon dating shows the settlement near ${e.place} was occupied about ${num(round2(e.x))} years ago.`,
        `People lived at the site outside ${e.place} roughly ${num(round2(e.x))} years ago, according to radiocarbon dates from charred grain.`,
      ]),
      findingQ: [`how old is the ancient settlement found near ${e.place}`, `age of the archaeological site at ${e.place}`, `when did people live in the prehistoric village by ${e.place}`],
      sample: `Excavators recovered more than ${num(e.n)} objects, including pottery, stone tools and the remains of ${ctx.r.int(4, 30)} houses.`,
      sampleQ: [`how many artifacts were dug up at the ${e.place} site`, `finds from the ${e.place} excavation count`],
      cause: `The site was discovered during construction work for a new road.`,
      causeQ: [`how was the ancient village near ${e.place} discovered`],
      short: 'ancient settlement',
      background: [`The region was thought to have been settled much later.`, `Archaeologists hope to return next summer to excavate a nearby burial mound.`],
    }),
  },
  {
    id: 'coral',
    journals: ['the Journal of Coastal Ecology', 'Frontiers in Marine Biology'],
    places: (ctx) => ctx.r.pick(REEFS),
    x: [21, 88],
    n: [60, 1500],
    text: (ctx, e) => ({
      title: `Mass bleaching hits ${e.place}`,
      finding: ctx.r.pick([
        `${cap(pct(ctx, e.x))} of the coral surveyed on ${e.place} showed signs of bleaching, the highest share on record.`,
        `Divers found bleaching on ${pct(ctx, e.x)} of the corals they examined across ${e.place}.`,
      ]),
      findingQ: [`how much of the coral on ${e.place} is bleached`, `${e.place} coral bleaching extent`, `share of bleached corals ${e.place} survey`],
      sample: `The survey covered ${num(e.n)} transects at depths of up to 20 meters.`,
      sampleQ: [`how many transects did the ${e.place} coral survey cover`],
      cause: `A marine heatwave pushed water temperatures well above the summer average for several weeks.`,
      causeQ: [`what caused the coral bleaching on ${e.place}`],
      short: 'coral bleaching',
      background: [`Bleached corals are not dead, but they can starve if high temperatures persist.`, `Reefs support about a quarter of all marine species.`],
    }),
  },
  {
    id: 'wheat',
    journals: ['the Journal of Agricultural Research', 'Nature Ecology Letters'],
    places: (ctx) => ctx.r.pick(ctx.w.countries).regions[ctx.r.int(0, 3)]!,
    x: [8, 44],
    n: [120, 3000],
    text: (ctx, e) => ({
      title: `Drought cuts wheat harvests in ${e.place}`,
      finding: ctx.r.pick([
        `Wheat yields in ${e.place} fell by an average of ${pct(ctx, e.x)} in drought years, the analysis found.`,
        `In years of drought, farms across ${e.place} harvested ${pct(ctx, e.x)} less wheat per hectare than in normal years.`,
      ]),
      findingQ: [`how much does drought reduce wheat production in ${e.place}`, `${e.place} wheat harvest losses dry years`, `effect of droughts on wheat crops in ${e.place}`],
      sample: `The researchers analyzed yield records from ${num(e.n)} farms going back to ${e.y1}.`,
      sampleQ: [`how many farms were in the ${e.place} wheat study`],
      cause: `Dry springs, when the plants are flowering, did the most damage.`,
      causeQ: [`when does drought hurt wheat most in ${e.place}`],
      short: 'drought and wheat',
      background: [`Farmers have begun planting more drought-tolerant varieties.`, `Climate models suggest dry years will become more common in the region.`],
    }),
  },
  {
    id: 'resistance',
    journals: ['Global Health Reports', 'the Annals of Clinical Medicine'],
    places: (ctx) => ctx.r.pick(ctx.w.cities).name,
    x: [12, 61],
    n: [900, 25000],
    text: (ctx, e) => ({
      title: `Drug-resistant infections rising in ${e.place} hospitals`,
      finding: ctx.r.pick([
        `${cap(pct(ctx, e.x))} of E. coli samples taken from patients in ${e.place} hospitals were resistant to at least one common antibiotic.`,
        `Resistance to at least one widely used antibiotic was found in ${pct(ctx, e.x)} of the E. coli samples from hospitals in ${e.place}.`,
      ]),
      findingQ: [`how common is antibiotic-resistant E. coli in ${e.place} hospitals`, `${e.place} hospital superbug rates`, `share of drug resistant bacteria samples ${e.place}`],
      sample: `The study looked at ${num(e.n)} bacterial samples collected between ${e.y1} and ${e.y2}.`,
      sampleQ: [`how many bacteria samples were tested in the ${e.place} resistance study`],
      cause: `Overuse of antibiotics in both medicine and farming is driving the increase, the authors said.`,
      causeQ: [`why is antibiotic resistance increasing in ${e.place}`],
      short: 'antibiotic resistance',
      background: [`Drug-resistant infections already kill more than a million people worldwide each year.`, `Few new antibiotics are in development.`],
    }),
  },
];

const FUNDERS = ['the National Science Foundation', 'the Wellspring Trust', 'the European Research Council', 'the Halden Foundation', 'the Ministry of Environment', 'the Marlow Charitable Fund'];
const ROLES = ['ecologist', 'biologist', 'epidemiologist', 'professor', 'researcher', 'scientist'];

export function makeStudy(ctx: Ctx, topicId?: string): StudyEvent {
  const r = ctx.r;
  const topic = topicId ? TOPICS.find((t) => t.id === topicId)! : r.pick(TOPICS);
  const y2 = year(ctx) - r.int(1, 2);
  return {
    topic,
    place: topic.places(ctx),
    x: r.int(topic.x[0], topic.x[1]),
    n: round2(r.int(topic.n[0], topic.n[1])),
    y1: y2 - r.int(10, 30),
    y2,
    lead: ctx.w.person(r),
    leadRole: r.pick(ROLES),
    uni: r.pick(ctx.w.universities),
    journal: r.pick(topic.journals),
    expert: ctx.w.person(r),
    expertUni: r.pick(ctx.w.universities),
    funder: r.pick(FUNDERS),
    species: topic.species ? r.pick(topic.species) : '',
  };
}

export const STUDY_TOPICS = TOPICS.map((t) => t.id);

export function renderStudy(ctx: Ctx, e: StudyEvent): Doc {
  const { r } = ctx;
  const d = new Doc();
  const t = e.topic.text(ctx, e);
  const anchor = e.place.replace(/^the /, '');
  d.title = t.title;
  d.subject = { place: anchor.replace(/ coast$/, ''), org: cap(e.uni), person: e.lead };
  d.p(
    d.fact(`study-finding:${e.topic.id}`, t.finding, t.finding.match(/\d[\d,.]*(?:%| per cent)?/)![0], [anchor], t.findingQ),
    r.chance(0.5) && t.background[0],
  );
  const leadSentence = r.pick([
    `The study, led by ${e.leadRole} ${e.lead.full} of ${e.uni}, was published in ${e.journal} on ${weekday(ctx)}.`,
    `${e.lead.full}, ${an(e.leadRole)} at ${e.uni} who led the work, and colleagues reported the results in ${e.journal}.`,
  ]);
  const which = r.chance(0.5);
  d.p(
    which
      ? d.fact(`study-author:${e.topic.id}`, leadSentence, e.lead.full, [anchor], [`who led the research on ${t.short} in ${anchor}`, `lead author of the ${anchor} ${t.short} study`, `which scientist headed the ${t.short} study on ${anchor}`])
      : d.fact(`study-journal:${e.topic.id}`, leadSentence, e.journal, [anchor], [`which journal published the ${anchor} ${t.short} research`, `where was the study on ${t.short} in ${anchor} published`]),
    d.fact(`study-sample:${e.topic.id}`, t.sample, t.sample.match(/\d[\d,.]*/)![0], [anchor], t.sampleQ),
  );
  d.p(d.fact(`study-cause:${e.topic.id}`, t.cause, t.cause.split(' ').slice(1, 4).join(' '), [anchor], t.causeQ));
  d.p(
    quote(ctx, r.pick(['What surprised us was how consistent the pattern was from year to year', 'These numbers should worry anyone who cares about the health of this region', 'We expected a change, but not one this large', 'The data are clear, even if the explanation is still partly open']), e.lead.full, `the study’s lead author`),
  );
  d.p(
    `${e.expert.full}, ${an(r.pick(ROLES))} at ${e.expertUni} who was not involved in the research, called the results ${r.pick(['important', 'convincing', 'striking but preliminary', 'a useful first step'])}.`,
    `"${r.pick(['We need more years of data before drawing firm conclusions', 'The methods are sound, and the conclusions fit what others have seen', 'It would be good to see the same analysis repeated elsewhere', 'This adds to a growing body of evidence'])}," ${he(e.expert)} said.`,
  );
  d.more(
    d.fact(`study-funder:${e.topic.id}`, `The work was funded by ${e.funder}.`, e.funder, [anchor], [`who paid for the ${t.short} research in ${anchor}`, `funding source of the ${anchor} ${t.short} study`]),
    t.background[1],
  );
  d.more(
    `Previous studies elsewhere have reported ${r.pick(['similar', 'smaller', 'mixed'])} changes, but few have covered such a long period.`,
    `A ${y(e, r)} survey in ${r.pick(ctx.w.countries).regions[r.int(0, 3)]} found a change of about ${pct(ctx, r.int(5, 40))} over a shorter span.`,
  );
  d.more(
    `The authors acknowledged several limitations, including gaps in the early records and changes in how data were collected over time.`,
    `They called for long-term monitoring to continue.`,
  );
  d.more(
    `${cap(e.uni)} said it would make the full data set available to other researchers.`,
    `The team is now planning a follow-up study that will ${r.pick(['use satellite tracking', 'include more sites', 'test possible interventions', 'look at the economic costs'])}.`,
  );
  return d;
}

function y(e: StudyEvent, r: Ctx['r']): number {
  return e.y1 + r.int(0, 5);
}
