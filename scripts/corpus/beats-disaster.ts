/** Disaster stories: earthquakes, floods, wildfires, storms, rail crashes, mine collapses, ferry sinkings; some with a day-after follow-up. */
import type { City, Person } from './world.js';
import { Doc, cap, count, num, quote, round2, weekday, year, type Ctx } from './story.js';

export type DisasterKind = 'quake' | 'flood' | 'wildfire' | 'storm' | 'train' | 'mine' | 'ferry';

export interface DisasterEvent {
  kind: DisasterKind;
  city: City;
  other: City;
  dead: number;
  deadLater: number;
  injured: number;
  magnitude: string;
  depth: number;
  distance: number;
  evacuated: number;
  rain: number;
  area: number;
  homes: number;
  wind: number;
  outages: number;
  cause: { text: string; query: string };
  passengers: number;
  trapped: number;
  rescued: number;
  hoursTrapped: number;
  official: string;
  officialP: Person;
  stormName: string;
  histYear: number;
  historic: string;
  histDead: number;
  survivorAge: number;
}

const CAUSES: Record<DisasterKind, { text: string; query: string }[]> = {
  quake: [{ text: 'movement on a previously unmapped fault', query: 'what fault caused it' }],
  flood: [
    { text: 'a dam upstream that overflowed after days of heavy rain', query: 'dam overflow' },
    { text: 'a river that burst its banks after the wettest week on record', query: 'river overflowing' },
  ],
  wildfire: [
    { text: 'a power line brought down by strong winds', query: 'downed electricity cable' },
    { text: 'sparks from a farm machine harvesting a dry field', query: 'agricultural machinery' },
    { text: 'a campfire that was left burning', query: 'unattended campfire' },
    { text: 'arson, and a 34-year-old man has been arrested', query: 'deliberately set' },
  ],
  storm: [{ text: 'unusually warm sea temperatures that fed the storm', query: 'warm ocean' }],
  train: [
    { text: 'a signal failure that left two trains on the same stretch of track', query: 'signalling fault' },
    { text: 'a broken rail that had been reported to the operator weeks earlier', query: 'cracked track' },
    { text: 'excessive speed on a sharp curve', query: 'going too fast around a bend' },
    { text: 'a landslide that covered the line after heavy rain', query: 'mudslide on the tracks' },
  ],
  mine: [
    { text: 'a build-up of methane gas that ignited', query: 'gas explosion' },
    { text: 'the collapse of a supporting wall weakened by water', query: 'tunnel wall gave way' },
  ],
  ferry: [
    { text: 'overloading, with nearly twice the permitted number of passengers on board', query: 'too many people on board' },
    { text: 'rough seas and an engine failure', query: 'engine breaking down in bad weather' },
  ],
};

export function makeDisaster(ctx: Ctx, kind: DisasterKind, city: City): DisasterEvent {
  const r = ctx.r;
  const officialP = ctx.w.person(r);
  const dead = kind === 'storm' ? r.int(0, 30) : kind === 'mine' ? r.int(2, 40) : r.int(3, 240);
  const others = city.country.cities.filter((c) => c.name !== city.name);
  return {
    kind,
    city,
    other: r.pick(others),
    dead,
    deadLater: dead + r.int(4, 60),
    injured: round2(dead * r.int(2, 9) + r.int(10, 80)),
    magnitude: r.pick(['5.4', '5.8', '6.0', '6.1', '6.3', '6.6', '6.8', '7.0', '7.2', '5.9', '6.4']),
    depth: r.pick([8, 10, 12, 15, 22, 35, 48]),
    distance: r.int(12, 80),
    evacuated: round2(r.int(800, 90_000)),
    rain: r.int(120, 420),
    area: round2(r.int(800, 120_000)),
    homes: r.int(12, 1400),
    wind: r.int(110, 260),
    outages: round2(r.int(20_000, 900_000)),
    cause: r.pick(CAUSES[kind]),
    passengers: r.int(90, 800),
    trapped: r.int(6, 60),
    rescued: 0,
    hoursTrapped: r.int(30, 140),
    official: officialP.full,
    officialP,
    stormName: r.pick(['Amara', 'Bertil', 'Corinna', 'Dario', 'Elspeth', 'Faisal', 'Greta', 'Hamish', 'Ilona', 'Jerome', 'Kalani', 'Lorcan']),
    histYear: year(ctx) - r.int(8, 40),
    historic: r.pick(ctx.w.historic),
    histDead: r.int(2, 300),
    survivorAge: r.int(3, 86),
  };
}

export function renderDisaster(ctx: Ctx, e: DisasterEvent, part: number): Doc {
  const { r } = ctx;
  const d = new Doc();
  const C = e.city;
  const country = C.country;
  const place = C.name;
  const A = [place];
  const when = weekday(ctx, part === 0 ? r.int(0, 1) : 2);
  const region = C.region.replace(/^the /, '');
  d.subject = { place, org: 'The regional government', person: e.officialP };
  switch (e.kind) {
    case 'quake':
      if (part === 0) {
        d.title = r.pick([`Earthquake kills ${count(e.dead)} in ${place}`, `Magnitude ${e.magnitude} quake strikes near ${place}`, `Deadly earthquake hits ${region}`]);
        d.p(
          d.fact('quake-dead', r.pick([`At least ${count(e.dead)} people were killed and more than ${num(e.injured)} injured when a powerful earthquake struck near ${place} on ${when}, officials said.`, `A strong earthquake near ${place} on ${when} killed at least ${count(e.dead)} people and left ${num(e.injured)} injured, according to the civil protection agency.`]), count(e.dead), A, [
            `how many people died in the earthquake near ${place}?`,
            `${place} quake death toll`,
            `number of fatalities ${place} earthquake`,
            `how many were killed by the tremor in ${place}`,
          ]),
        );
        d.p(
          d.fact('quake-magnitude', `${cap(country.agency.quake)} measured the quake at magnitude ${e.magnitude}, with its epicenter ${e.distance} kilometers ${r.pick(['north', 'south', 'east', 'west', 'southwest', 'northeast'])} of ${place} at a depth of ${e.depth} kilometers.`, e.magnitude, A, [
            `how strong was the ${place} earthquake`,
            `what magnitude was the tremor that hit ${place}`,
            `${place} quake size on the richter scale`,
            `where was the epicentre of the ${place} earthquake`,
          ]),
        );
        d.p(`Rescuers worked through the night with floodlights to search for survivors in the rubble of collapsed buildings.`, quote(ctx, r.pick(['We can still hear voices under some of the buildings', 'Our priority now is to reach anyone who may still be trapped', 'Whole streets in the old town have simply disappeared']), e.official, `the head of the regional civil protection service`));
        d.p(`Aftershocks continued into the morning, and thousands of residents spent the night outdoors, afraid to return to damaged homes.`);
      } else {
        d.title = r.pick([`${place} quake death toll rises to ${e.deadLater}`, `Hopes fade for survivors of ${place} earthquake`, `Girl pulled alive from rubble days after ${place} quake`]);
        d.p(
          d.fact('quake-toll-update', `The number of people confirmed dead in the earthquake that struck ${place} has risen to ${num(e.deadLater)}, officials said on ${weekday(ctx)}, as rescuers recovered more bodies from collapsed apartment blocks.`, num(e.deadLater), A, [
            `latest death toll from the ${place} earthquake`,
            `how many have now died in the ${place} quake after the search`,
            `updated number of dead ${place} earthquake`,
          ]),
        );
        d.p(
          d.fact('quake-survivor', `In one of the few moments of hope, a ${e.survivorAge}-year-old ${e.survivorAge < 18 ? 'girl' : 'woman'} was pulled alive from the ruins of a building in the ${r.pick(['old town', 'harbor district', 'market quarter', 'eastern suburbs'])} after ${e.hoursTrapped} hours.`, String(e.hoursTrapped), A, [
            `how long was the survivor trapped under the rubble in ${place}`,
            `woman rescued alive after days in ${place} earthquake ruins`,
            `${place} quake rescue after how many hours`,
          ]),
        );
        d.p(`The government declared three days of national mourning and promised money to rebuild.`, `Engineers have begun inspecting schools and hospitals for structural damage.`);
      }
      d.more(`The region sits on a complex system of faults and has a long history of deadly earthquakes.`, `In ${e.histYear}, a quake in ${e.historic} killed ${count(e.histDead)} people.`);
      d.more(`Critics said many of the buildings that collapsed had been put up without following building codes introduced after earlier disasters.`, `The housing ministry said it would investigate.`);
      break;
    case 'flood':
      if (part === 0) {
        d.title = r.pick([`Floods force thousands from homes in ${place}`, `${count(e.dead)} dead as floods swamp ${region}`, `Record rain brings flooding to ${place}`]);
        d.p(
          d.fact('flood-evacuated', r.pick([`Authorities ordered the evacuation of about ${num(e.evacuated)} people from low-lying districts of ${place} on ${when} as floodwaters kept rising.`, `Some ${num(e.evacuated)} residents of ${place} were forced to leave their homes on ${when} after rivers across ${region} burst their banks.`]), num(e.evacuated), A, [
            `how many people were evacuated in the ${place} floods`,
            `number of residents displaced by flooding in ${place}`,
            `${place} flood evacuations how many`,
          ]),
        );
        d.p(
          d.fact('flood-rain', `More than ${e.rain} millimeters of rain fell in 24 hours, ${r.pick(['about three times', 'more than twice', 'nearly four times'])} the normal amount for the whole month, according to ${country.agency.weather}.`, String(e.rain), A, [
            `how much rain fell in ${place} during the flooding`,
            `rainfall totals ${place} flood`,
            `amount of rain in a day before ${place} flooded`,
          ]),
          d.fact('flood-dead', `At least ${count(e.dead)} people have died, most of them swept away in their cars.`, count(e.dead), A, [`how many people died in the ${place} floods`, `flood death toll ${place}`, `fatalities in the ${region} flooding`]),
        );
        d.p(quote(ctx, r.pick(['The water came up so fast that people had no time to save anything', 'We have never seen water levels like this', 'Please stay away from rivers and do not try to drive through floodwater']), e.official, `the mayor of ${place}`));
      } else {
        d.title = r.pick([`Anger in ${place} as flood clean-up begins`, `Inquiry ordered into ${place} floods`]);
        d.p(
          d.fact('flood-cause', `Officials said the worst of the flooding in ${place} was caused by ${e.cause.text}.`, e.cause.text, A, [
            `what caused the flooding in ${place}`,
            `why did ${place} flood so badly`,
            `${place} floods reason ${e.cause.query}?`,
          ]),
        );
        d.p(
          d.fact('flood-damage', `The government estimated the damage at ${count(e.homes)} homes destroyed or made uninhabitable, and promised emergency payments to affected families.`, count(e.homes), A, [
            `how many houses were destroyed in the ${place} floods`,
            `homes lost to flooding in ${place}`,
          ]),
          `Residents returning to their streets found mud up to a meter deep inside their houses.`,
        );
      }
      d.more(`Scientists say a warmer atmosphere holds more moisture, making extreme downpours more frequent.`, `The region suffered severe floods in ${e.histYear}, when ${count(e.histDead)} people died.`);
      d.more(`Schools across the area were closed and train services were suspended.`, `Volunteers filled sandbags to protect the old town center.`);
      break;
    case 'wildfire':
      if (part === 0) {
        d.title = r.pick([`Wildfire near ${place} burns ${num(e.area)} hectares`, `Thousands flee as wildfire spreads near ${place}`, `Firefighters battle blaze in ${region}`]);
        d.p(
          d.fact('fire-area', `A wildfire that broke out near ${place} on ${when} has burned through about ${num(e.area)} hectares of forest and farmland, firefighters said.`, num(e.area), A, [
            `how big is the wildfire near ${place}`,
            `area burned by the ${place} fire`,
            `how much land has the ${place} blaze destroyed, in hectares`,
            `${place} forest fire size acres`,
          ]),
        );
        d.p(
          d.fact('fire-homes', `At least ${count(e.homes)} homes have been destroyed, and ${num(e.evacuated)} people have been told to leave.`, count(e.homes), A, [
            `how many houses burned in the ${place} wildfire`,
            `homes lost ${place} fire`,
            `number of buildings destroyed by the fire near ${place}`,
          ]),
          `More than ${num(round2(r.int(200, 2000)))} firefighters, backed by water-bombing aircraft, are tackling the flames.`,
        );
        d.p(quote(ctx, r.pick(['The wind keeps changing direction, and that makes this fire extremely unpredictable', 'We are asking people not to wait: if you are told to go, go now', 'Conditions are the worst we have seen in years']), e.official, `the regional fire chief`));
      } else {
        d.title = r.pick([`${place} wildfire started by ${e.cause.query}, investigators say`, `Cause of ${place} wildfire identified`]);
        d.p(
          d.fact('fire-cause', `Investigators believe the fire near ${place} was started by ${e.cause.text}.`, e.cause.text, A, [
            `what started the ${place} wildfire`,
            `cause of the blaze near ${place}`,
            `how did the ${place} forest fire begin`,
          ]),
        );
        d.p(`The fire has now been contained after ${count(r.int(4, 12))} days, although crews remain on site to put out hotspots.`, `Residents have begun returning to assess the damage.`);
      }
      d.more(`Much of the country has endured months of drought and a series of heatwaves this summer.`, `Fire services have warned that the fire season is now starting earlier and lasting longer.`);
      d.more(`In ${e.histYear}, a fire in the hills above ${e.historic} killed ${count(e.histDead)} people and destroyed hundreds of homes.`);
      break;
    case 'storm':
      d.title = r.pick([`Storm ${e.stormName} batters ${region}`, `Hundreds of thousands without power after Storm ${e.stormName}`]);
      d.p(
        d.fact('storm-wind', `Storm ${e.stormName} brought gusts of up to ${e.wind} kilometers per hour to ${place} on ${when}, uprooting trees and tearing roofs off buildings.`, String(e.wind), [e.stormName], [
          `how strong were the winds during Storm ${e.stormName}`,
          `top wind speed Storm ${e.stormName}`,
          `${e.stormName} storm gust speeds`,
        ]),
      );
      d.p(
        d.fact('storm-outages', `About ${num(e.outages)} homes and businesses lost electricity at the height of the storm, the grid operator said.`, num(e.outages), [e.stormName], [
          `how many homes lost power in Storm ${e.stormName}`,
          `power cuts caused by Storm ${e.stormName}`,
          `number of properties without electricity after ${e.stormName}`,
        ]),
        e.dead > 0 ? `${cap(count(e.dead))} people were killed, including a driver hit by a falling tree.` : `No deaths were reported.`,
      );
      d.p(quote(ctx, 'Crews will be working around the clock, but some customers may be without power for several days', e.official, 'a spokesperson for the grid operator'));
      d.more(`Forecasters had issued their highest warning level for coastal areas.`, `Ferry services were canceled and several roads were closed by fallen trees.`);
      break;
    case 'train':
      d.title = r.pick([`Train crash near ${place} kills ${count(e.dead)}`, `Passenger train derails outside ${place}`]);
      d.p(
        d.fact('train-dead', `At least ${count(e.dead)} people died when a passenger train carrying about ${e.passengers} people derailed near ${place} on ${when}.`, count(e.dead), A, [
          `how many people died in the train derailment near ${place}`,
          `${place} rail crash death toll`,
          `fatalities in the ${place} train accident`,
        ]),
      );
      d.p(
        d.fact('train-cause', `Initial findings by ${country.agency.transport} point to ${e.cause.text}.`, e.cause.text, A, [
          `what caused the ${place} train crash`,
          `why did the train come off the tracks near ${place}`,
          `${place} derailment cause ${e.cause.query}`,
        ]),
        `The ${r.pick(['morning', 'evening', 'overnight'])} service was traveling from ${e.other.name} to ${place}.`,
      );
      d.p(quote(ctx, 'Our thoughts are with the families of those who lost their lives', e.official, 'the transport minister'));
      d.more(`The line is one of the busiest in the country and had been due for an upgrade.`, `Rail unions have long warned about a backlog of maintenance work.`);
      break;
    case 'mine':
      d.title = r.pick([`Miners trapped after collapse near ${place}`, `Rescue under way at ${place} mine`]);
      d.p(
        d.fact('mine-trapped', `${cap(count(e.trapped))} miners were trapped underground after part of a coal mine near ${place} collapsed on ${when}, the operator said.`, count(e.trapped), A, [
          `how many workers are trapped in the ${place} mine`,
          `number of miners stuck underground at ${place}`,
          `${place} mine collapse trapped miners count`,
        ]),
      );
      d.p(
        d.fact('mine-cause', `The accident was caused by ${e.cause.text}, according to the regional mining inspectorate.`, e.cause.text, A, [`what caused the mine collapse near ${place}`, `why did the ${place} mine cave in`]),
        `Rescue teams were drilling a shaft to reach a chamber where some of the men are believed to have sheltered.`,
      );
      d.more(`The mine employs about ${num(round2(r.int(400, 3000)))} people.`, `Safety inspectors had cited the operator for ventilation problems ${count(r.int(2, 6))} times in the past three years.`);
      break;
    case 'ferry':
      d.title = r.pick([`Ferry capsizes off ${place}`, `Dozens missing after ferry sinks near ${place}`]);
      d.p(
        d.fact('ferry-dead', `At least ${count(e.dead)} people drowned when a ferry carrying ${e.passengers} passengers capsized off ${place} on ${when}.`, count(e.dead), A, [
          `how many people died when the ferry sank near ${place}`,
          `${place} ferry disaster death toll`,
          `drowned passengers ${place} boat accident`,
        ]),
      );
      d.p(
        d.fact('ferry-cause', `Survivors and officials blamed ${e.cause.text}.`, e.cause.text, A, [`why did the ferry capsize off ${place}`, `cause of the ${place} ferry sinking`]),
        `Coastguard vessels and fishing boats joined the search for the missing.`,
      );
      d.more(`Ferry accidents are common in the region, where boats are often old and poorly maintained.`, `In ${e.histYear}, ${count(e.histDead)} people died when a ferry sank near ${e.historic}.`);
      break;
  }
  d.more(
    `${cap(country.adjective)} emergency services said they had set up ${count(r.int(3, 30))} temporary shelters in schools and sports halls.`,
    `Aid agencies appealed for blankets, drinking water and medical supplies.`,
  );
  d.more(
    `The prime minister, who visited the area, promised that "no one will be left alone" and pledged emergency funding.`,
    `Opposition politicians criticized the response as slow and poorly coordinated.`,
  );
  d.more(`Neighboring countries offered help, and several sent specialist teams.`, `The United Nations said it stood ready to assist if asked.`);
  d.more(`Local radio stations broadcast lists of the missing throughout the day.`, `Hospitals in ${e.other.name} took in some of the injured after those in ${place} were overwhelmed.`);
  return d;
}
