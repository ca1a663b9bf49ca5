/**
 * The invented world the synthetic corpus reports on: countries, towns, outlets, people,
 * companies, products, clubs and institutions. Everything is made up; a recurring cast (the same
 * company, minister or town in several stories) is what makes retrieval non-trivial.
 */
import type { Rng } from './rng.js';

export type Currency = '$' | '€' | '£';

export interface Country {
  name: string;
  adjective: string;
  currency: Currency;
  uk: boolean;
  regions: string[];
  cities: City[];
  parliament: string;
  agency: { quake: string; health: string; cyber: string; competition: string; transport: string; weather: string; data: string };
}

export interface City {
  name: string;
  region: string;
  country: Country;
}

export interface Person {
  first: string;
  last: string;
  full: string;
  she: boolean;
}

const FEMALE = new Set('Marta Ingrid Aisha Helena Priya Lena Sofia Elena Nadia Leila Greta Yara Amara Chiara Zainab Mirela Freya Clara Noor Beatriz Hanna Rosa Ayumi Camille Lucia Esther Maya Sana Ilse Vera Amelie Farah Ottilie Imani Teresa Signe Inés Dalia Simone Fiona Alma Rania Nora Paula Soraya Heidi Cecilia Laila Petra Marisol Astrid'.split(' '));

/** Pronouns for a person: he/she, his/her, him/her. */
export function he(p: Person): string {
  return p.she ? 'she' : 'he';
}
export function his(p: Person): string {
  return p.she ? 'her' : 'his';
}
export function him(p: Person): string {
  return p.she ? 'her' : 'him';
}

export interface Politician extends Person {
  party: string;
  role: string;
  country: Country;
}

export interface Company {
  name: string;
  short: string;
  sector: Sector;
  hq: City;
  ceo: Person;
}

export type Sector =
  | 'software'
  | 'semiconductors'
  | 'food'
  | 'pharma'
  | 'energy'
  | 'logistics'
  | 'banking'
  | 'airline'
  | 'telecoms'
  | 'retail'
  | 'automotive'
  | 'mining'
  | 'media'
  | 'robotics'
  | 'insurance';

export interface Product {
  name: string;
  kind: string;
  vendor: Company;
}

export interface Club {
  name: string;
  short: string;
  city: City;
  stadium: string;
  coach: Person;
  sport: 'football' | 'basketball' | 'rugby';
}

export interface Outlet {
  name: string;
  domain: string;
  uk: boolean;
}

export interface World {
  countries: Country[];
  cities: City[];
  outlets: Outlet[];
  companies: Company[];
  products: Product[];
  politicians: Politician[];
  clubs: Club[];
  universities: string[];
  journals: string[];
  hospitals: { name: string; city: City }[];
  researchFirms: string[];
  banks: string[];
  /** Towns named only for past events ("in 1998, floods in …"), never the place of a story. */
  historic: string[];
  /** Names never used in any article: for questions the corpus cannot answer. */
  unused: { companies: string[]; cities: string[]; people: string[] };
  person(r: Rng): Person;
}

const FIRST = (
  'Marta Jonas Ingrid Tomasz Aisha Rafael Helena Oskar Priya Mateo Lena Dmitri Sofia Kwame Elena Tobias Nadia Henrik Leila Paolo ' +
  'Greta Samuel Yara Viktor Amara Felix Chiara Anders Zainab Hugo Mirela Daniel Freya Ibrahim Clara Emil Noor Lucas Beatriz Stefan ' +
  'Hanna Malik Rosa Julian Ayumi Pieter Camille Adrian Lucia Kofi Esther Ruben Maya Georg Sana Carlos Ilse Tariq Vera Niklas Amelie ' +
  'Jasper Farah Diego Ottilie Bruno Imani Leon Teresa Aurelio Signe Omar Inés Patrick Dalia Mikael Simone Arjun Fiona Marek Alma ' +
  'Theo Rania Gustav Nora Emeka Paula Jakob Soraya Valentin Heidi Rui Cecilia Anton Laila Edwin Petra Idris Marisol Konrad Astrid'
).split(' ');

const LAST = (
  'Keller Halvorsen Okafor Brandt Moreau Castellanos Lindqvist Novak Ferreira Adeyemi Rossi Varga Nakamura Petrov Schreiber Duarte ' +
  'Mensah Kowalski Dahl Marchetti Haddad Bergström Achterberg Sato Quintero Vasquez Oyelaran Fischer Laurent Sokolova Reyes Eriksen ' +
  'Mbeki Holloway Andersen Papadakis Kaur Hartmann Ibáñez Lund Osei Whitcombe Delacroix Strand Mahlangu Iverson Calloway Brennan ' +
  'Tanaka Aldana Kerr Nyberg Ferrante Okonkwo Voss Lachance Barros Kristiansen Demir Moretti Fairweather Ashby Lozano Kimura Dufresne ' +
  'Rahman Sandoval Hargreaves Bjork Onyango Pellegrini Szabo Morrow Caldwell Renner Achebe Vukovic Lindgren Obi Salazar Winslow ' +
  'Ekström Amsel Grady Benedetti Thorne Oduya Marsh Köhler Esposito Radcliffe Nilsen Chávez Pryor Wexler Abara Solberg Tamura ' +
  'Gallagher Rahimi Fontaine Mwangi Stirling Baptiste Kessler Okoro Lambert Yilmaz Ferris Ambrose Hollis Madsen Ortega Veldhuis'
).split(' ');

const COMPANY_STEMS = (
  'Corvane Tessaly Brightwater Halcyon Meridel Quillon Arventa Norrland Kestrel Solvane Dravik Pellucid Ostera Veltrix Calder ' +
  'Lumora Stonebridge Harrowgate Vantor Ellison-Marsh Greyfield Auralis Tidewell Marchmont Corbel Ironvale Silverline Nexaro ' +
  'Orinoco Bellweather Castellum Redfern Altamira Zephyrine Hollowell Pinecrest Valmont Quantra Ashgrove Northwind Kingsley-Vance ' +
  'Helion Serrata Obsidian Fennick Lodestar Marisca Caravel Westerly Arkwright Sablewood Emberly Trevane Rosemont Kalvin Oakhurst'
).split(' ');

const SECTOR_SUFFIX: Record<Sector, string[]> = {
  software: ['Software', 'Systems', 'Technologies', 'Labs'],
  semiconductors: ['Semiconductor', 'Microsystems', 'Silicon'],
  food: ['Foods', 'Dairy', 'Brands'],
  pharma: ['Therapeutics', 'Pharma', 'Biosciences'],
  energy: ['Energy', 'Power', 'Renewables'],
  logistics: ['Logistics', 'Freight', 'Shipping'],
  banking: ['Bank', 'Financial', 'Capital'],
  airline: ['Airways', 'Air'],
  telecoms: ['Telecom', 'Networks', 'Mobile'],
  retail: ['Retail', 'Stores', 'Markets'],
  automotive: ['Motors', 'Automotive'],
  mining: ['Mining', 'Resources', 'Metals'],
  media: ['Media', 'Studios', 'Publishing'],
  robotics: ['Robotics', 'Automation'],
  insurance: ['Insurance', 'Mutual', 'Assurance'],
};

export const SECTOR_NOUN: Record<Sector, string[]> = {
  software: ['software maker', 'software company', 'cloud software provider'],
  semiconductors: ['chipmaker', 'semiconductor company', 'chip designer'],
  food: ['food group', 'frozen-food maker', 'packaged-food company'],
  pharma: ['drugmaker', 'pharmaceutical company', 'biotech firm'],
  energy: ['energy company', 'utility', 'power producer'],
  logistics: ['logistics group', 'freight company', 'shipping firm'],
  banking: ['bank', 'lender', 'financial group'],
  airline: ['airline', 'carrier', 'low-cost airline'],
  telecoms: ['telecoms operator', 'mobile network operator', 'broadband provider'],
  retail: ['retailer', 'supermarket chain', 'department store group'],
  automotive: ['carmaker', 'automaker', 'vehicle manufacturer'],
  mining: ['miner', 'mining company', 'metals producer'],
  media: ['media group', 'publisher', 'broadcaster'],
  robotics: ['robotics company', 'industrial automation firm', 'warehouse robot maker'],
  insurance: ['insurer', 'insurance group', 'underwriter'],
};

/** What a reader would call a company of this sector, avoiding the article's word. */
export const SECTOR_QUERY_NOUN: Record<Sector, string[]> = {
  software: ['software firm', 'tech company', 'software business'],
  semiconductors: ['chip company', 'semiconductor maker', 'chip firm'],
  food: ['food company', 'food producer', 'food business'],
  pharma: ['pharma company', 'drug company', 'medicines maker'],
  energy: ['power company', 'energy firm', 'electricity supplier'],
  logistics: ['shipping company', 'delivery firm', 'transport company'],
  banking: ['bank', 'financial firm', 'lending group'],
  airline: ['airline', 'air carrier', 'budget carrier'],
  telecoms: ['phone company', 'telecom firm', 'network operator'],
  retail: ['retail chain', 'store chain', 'shop chain'],
  automotive: ['car company', 'car manufacturer', 'auto maker'],
  mining: ['mining firm', 'metals company', 'mining group'],
  media: ['media company', 'publishing house', 'broadcasting group'],
  robotics: ['robot company', 'automation company', 'robot maker'],
  insurance: ['insurance company', 'insurance firm', 'insurer'],
};

const PRODUCT_STEMS = (
  'FlowGate Nimbus Orchard Bastion Sentry Keystone Harbor Lattice Cobalt Vireo Parapet Quarry Relay Tessera Bulwark Cinder Aperture ' +
  'Ledger Moat Palisade Rampart Citadel Drift Echo Fulcrum Gantry Hearth Kiln Lantern Meridian Nexus Outpost Pylon Quiver Rivet'
).split(' ');

export const PRODUCT_KINDS: { kind: string; plural: string; query: string[] }[] = [
  { kind: 'VPN gateway', plural: 'VPN gateways', query: ['VPN appliance', 'VPN box', 'remote access gateway'] },
  { kind: 'firewall', plural: 'firewalls', query: ['firewall appliance', 'network firewall'] },
  { kind: 'mail server', plural: 'mail servers', query: ['email server', 'e-mail server software'] },
  { kind: 'home router', plural: 'home routers', query: ['wifi router', 'wireless router', 'broadband router'] },
  { kind: 'content management system', plural: 'content management systems', query: ['CMS', 'website publishing software'] },
  { kind: 'file-transfer appliance', plural: 'file-transfer appliances', query: ['file transfer server', 'file sharing appliance'] },
  { kind: 'remote desktop tool', plural: 'remote desktop tools', query: ['remote access software', 'remote support app'] },
  { kind: 'password manager', plural: 'password managers', query: ['password vault app', 'password app'] },
  { kind: 'security camera', plural: 'security cameras', query: ['CCTV camera', 'surveillance camera'] },
  { kind: 'payment terminal', plural: 'payment terminals', query: ['card reader', 'point-of-sale device'] },
  { kind: 'industrial controller', plural: 'industrial controllers', query: ['PLC', 'factory control system'] },
  { kind: 'hypervisor', plural: 'hypervisors', query: ['virtualization software', 'virtual machine platform'] },
  { kind: 'database server', plural: 'database servers', query: ['database software', 'DB server'] },
  { kind: 'single sign-on service', plural: 'single sign-on services', query: ['SSO login service', 'login platform'] },
];

interface CountrySpec {
  name: string;
  adjective: string;
  currency: Currency;
  uk: boolean;
  parliament: string;
  regions: string[];
  cities: [string, number][];
}

const COUNTRIES: CountrySpec[] = [
  {
    name: 'Westmarch',
    adjective: 'Westmarch',
    currency: '£',
    uk: true,
    parliament: 'the House of Assembly',
    regions: ['Ashcombe Downs', 'the Fenlands', 'North Dunmore', 'the Severn Vale'],
    cities: [['Port Ellery', 0], ['Ashcombe', 0], ['Kingsbridge Wells', 1], ['Harlow Fen', 1], ['Dunmore', 2], ['Castlereagh', 2], ['Brackley Bay', 3], ['Tollcross', 3]],
  },
  {
    name: 'Oriana',
    adjective: 'Orianan',
    currency: '$',
    uk: false,
    parliament: 'the National Congress',
    regions: ['Tamsin County', 'the Redwater Valley', 'the Gulf Coast', 'Harlan Province'],
    cities: [['Fairhaven', 0], ['Lake Tamsin', 0], ['Bellport', 2], ['Redmond Springs', 1], ['Harlan Ridge', 3], ['Marlow City', 1], ['Coral Point', 2], ['Westbury', 3]],
  },
  {
    name: 'Castellan',
    adjective: 'Castellan',
    currency: '€',
    uk: true,
    parliament: 'the Cortes',
    regions: ['Alta Serrana', 'the Almar coast', 'Valdoria province', 'the Teodoro basin'],
    cities: [['San Teodoro', 3], ['Valdoria', 2], ['Puerto Almar', 1], ['Serrano Alto', 0], ['Villanueva del Río', 2], ['Ocaña Vieja', 0], ['Santa Brígida', 1]],
  },
  {
    name: 'Aldermark',
    adjective: 'Aldermark',
    currency: '€',
    uk: false,
    parliament: 'the Riksmote',
    regions: ['Nordhalla', 'the Saltholm archipelago', 'Brekka county', 'the inland lakes'],
    cities: [['Saltholm', 1], ['Brekka', 2], ['Lindmoor', 0], ['Vessen', 3], ['Korrholm', 0], ['Skarvik', 1], ['Elvdal', 3]],
  },
  {
    name: 'Kessaria',
    adjective: 'Kessarian',
    currency: '$',
    uk: true,
    parliament: 'the Majlis',
    regions: ['the Tavros highlands', 'the Amrit delta', 'the eastern plains', 'the Qadir hills'],
    cities: [['Tavros', 0], ['Amrit Bay', 1], ['Kessar', 2], ['Qadira', 3], ['Nahrin', 1], ['Beit Saran', 0], ['Ozmal', 2]],
  },
  {
    name: 'Ostravia',
    adjective: 'Ostravian',
    currency: '€',
    uk: false,
    parliament: 'the Sejmik',
    regions: ['Upper Drava', 'the Polana uplands', 'the Ostrel lowlands', 'Karsk region'],
    cities: [['Dravnik', 0], ['Polana', 1], ['Ostrel', 2], ['Karsk', 3], ['Velika Gora', 1], ['Brzana', 2], ['Lipnica', 0]],
  },
  {
    name: 'Sundara',
    adjective: 'Sundaran',
    currency: '$',
    uk: true,
    parliament: 'the People’s Assembly',
    regions: ['West Manara', 'the Kencana islands', 'Telok province', 'the central highlands'],
    cities: [['Manara', 0], ['Telok Sari', 2], ['Batu Kencana', 1], ['Pulau Rendah', 1], ['Sungai Emas', 3], ['Kota Lestari', 0], ['Bukit Awan', 3]],
  },
  {
    name: 'Marovia',
    adjective: 'Marovian',
    currency: '$',
    uk: false,
    parliament: 'the State Council',
    regions: ['the Lusana lakes', 'the northern savanna', 'Kivara district', 'the Oboro coast'],
    cities: [['Lusana', 0], ['Kivara', 2], ['Port Oboro', 3], ['Ndalu', 1], ['Mbereni', 1], ['Tsavoro', 0], ['Kanyoro', 2]],
  },
];

const UNIVERSITY_FIELDS = ['Marine Research', 'Climate Science', 'Public Health', 'Neuroscience', 'Agricultural Science', 'Astrophysics', 'Ecology', 'Genomics'];

const JOURNALS = [
  'the Journal of Coastal Ecology',
  'Nature Ecology Letters',
  'the Annals of Clinical Medicine',
  'Global Health Reports',
  'the Review of Earth Systems',
  'Frontiers in Marine Biology',
  'the Journal of Sleep Studies',
  'Planetary Science Letters',
  'the Journal of Agricultural Research',
  'Neurology Today',
  'the Journal of Epidemiology and Society',
  'Science Advances Review',
];

const OUTLETS: Outlet[] = [
  { name: 'The Ellery Courier', domain: 'ellerycourier.co.wm', uk: true },
  { name: 'Northgate Post', domain: 'northgatepost.com', uk: true },
  { name: 'The Harbour Herald', domain: 'harbourherald.co.wm', uk: true },
  { name: 'Castellan Daily', domain: 'castellandaily.com', uk: true },
  { name: 'Sundara Morning Star', domain: 'morningstar.sd', uk: true },
  { name: 'Fairhaven Tribune', domain: 'fairhaventribune.com', uk: false },
  { name: 'Meridian Wire', domain: 'meridianwire.com', uk: false },
  { name: 'Daily Compass', domain: 'dailycompass.com', uk: false },
  { name: 'The Global Ledger', domain: 'globalledger.com', uk: false },
  { name: 'TechPulse', domain: 'techpulse.net', uk: false },
  { name: 'The Science Desk', domain: 'sciencedesk.org', uk: true },
  { name: 'Aldermark Today', domain: 'aldermarktoday.com', uk: false },
];

const SECTORS: Sector[] = Object.keys(SECTOR_SUFFIX) as Sector[];

export function buildWorld(r: Rng): World {
  const countries: Country[] = COUNTRIES.map((c) => {
    const country: Country = {
      name: c.name,
      adjective: c.adjective,
      currency: c.currency,
      uk: c.uk,
      regions: c.regions,
      cities: [],
      parliament: c.parliament,
      agency: {
        quake: `the ${c.adjective} Geological Survey`,
        health: `the ${c.adjective} Public Health Agency`,
        cyber: `the National Cyber Security Centre of ${c.name}`,
        competition: `the ${c.adjective} Competition Authority`,
        transport: `the ${c.adjective} Rail Accident Investigation Board`,
        weather: `the ${c.adjective} Meteorological Office`,
        data: `the ${c.adjective} Data Protection Commission`,
      },
    };
    country.cities = c.cities.map(([name, reg]) => ({ name, region: c.regions[reg]!, country }));
    return country;
  });
  const cities = countries.flatMap((c) => c.cities);
  // Keep a few towns and names out of every article, for unanswerable questions.
  const unusedCities = ['Greywater Sound', 'Mount Idris', 'Calvary Point', 'Novo Rieka', 'Thessaly Cross'];

  const usedNames = new Set<string>();
  const reservedPeople = ['Ulrike Brannigan', 'Desmond Afolabi', 'Katya Lindholm', 'Ramon Etxeberria', 'Ottoline Prewitt'];
  reservedPeople.forEach((n) => usedNames.add(n));
  const person = (rr: Rng): Person => {
    for (;;) {
      const first = rr.pick(FIRST);
      const last = rr.pick(LAST);
      const full = `${first} ${last}`;
      if (reservedPeople.includes(full)) continue;
      return { first, last, full, she: FEMALE.has(first) };
    }
  };
  const uniquePerson = (): Person => {
    for (;;) {
      const p = person(r);
      if (!usedNames.has(p.full)) {
        usedNames.add(p.full);
        return p;
      }
    }
  };

  const stems = r.shuffle([...COMPANY_STEMS]);
  const unusedCompanies = stems.splice(0, 4).map((s) => `${s} ${r.pick(SECTOR_SUFFIX[r.pick(SECTORS)])}`);
  const companies: Company[] = stems.map((stem, i) => {
    const sector = SECTORS[i % SECTORS.length]!;
    return { name: `${stem} ${r.pick(SECTOR_SUFFIX[sector])}`, short: stem, sector, hq: r.pick(cities), ceo: uniquePerson() };
  });

  const vendors = companies.filter((c) => ['software', 'semiconductors', 'telecoms', 'robotics'].includes(c.sector));
  const productStems = r.shuffle([...PRODUCT_STEMS]);
  const products: Product[] = productStems.map((s, i) => {
    const k = PRODUCT_KINDS[i % PRODUCT_KINDS.length]!;
    return { name: `${s} ${r.pick(['', '', 'Pro ', 'One ', 'X '])}`.trim(), kind: k.kind, vendor: vendors[i % vendors.length]! };
  });

  const PARTIES = ['the Progressive Alliance', 'the National Renewal Party', 'the Social Democrats', 'the Green Union', 'the Liberal Front', 'the Workers’ Party', 'the Centre Coalition', 'the Patriotic Movement'];
  const ROLES = ['finance minister', 'health minister', 'interior minister', 'transport minister', 'energy minister', 'education minister', 'defense minister', 'foreign minister', 'prime minister', 'opposition leader', 'agriculture minister', 'housing minister'];
  const politicians: Politician[] = [];
  for (const country of countries) {
    const parties = r.sample(PARTIES, 4);
    for (const role of ROLES) {
      const p = uniquePerson();
      politicians.push({ ...p, party: role === 'opposition leader' ? parties[1]! : r.pick([parties[0]!, parties[0]!, parties[2]!]), role, country });
    }
  }

  const CLUB_SUFFIX: [string, Club['sport']][] = [
    ['Rovers', 'football'],
    ['United', 'football'],
    ['Athletic', 'football'],
    ['City', 'football'],
    ['Wanderers', 'football'],
    ['FC', 'football'],
    ['Hawks', 'basketball'],
    ['Giants', 'basketball'],
    ['Warriors', 'rugby'],
    ['Lions', 'rugby'],
  ];
  const clubs: Club[] = [];
  for (const city of r.sample(cities, 30)) {
    const [suffix, sport] = r.pick(CLUB_SUFFIX);
    const stadium = r.pick([`${city.name} Stadium`, `the ${r.pick(LAST)} Arena`, `${r.pick(['Victoria', 'Riverside', 'Kingsway', 'Harbour', 'Memorial', 'Centenary'])} Park`, `the ${r.pick(['Municipal', 'Olympic', 'National'])} Ground`]);
    clubs.push({ name: `${city.name} ${suffix}`, short: city.name, city, stadium, coach: uniquePerson(), sport });
  }

  const universities = [
    ...r.sample(cities, 12).map((c) => `the University of ${c.name}`),
    ...UNIVERSITY_FIELDS.map((f) => `the ${r.pick(LAST)} Institute for ${f}`),
  ];
  const hospitals = r.sample(cities, 16).map((c) => ({ name: r.pick([`${c.name} General Hospital`, `St ${r.pick(FIRST)}’s Hospital`, `${c.name} University Hospital`]), city: c }));
  const researchFirms = ['Greyline Security', 'Watchpost Labs', 'Tripwire Research', 'Sable Intelligence', 'Foxhole Security', 'Northlight Cyber', 'Bitshield Research', 'Obelisk Threat Labs'];
  const banks = ['Harrington & Co', 'Valmere Partners', 'Stroud Brothers', 'Caledon Securities', 'Marwick Capital', 'Okoro Advisory', 'Lindqvist Bank'];

  return {
    countries,
    cities,
    outlets: OUTLETS,
    companies,
    products,
    politicians,
    clubs,
    universities,
    journals: JOURNALS,
    hospitals,
    researchFirms,
    banks,
    historic: ['Old Harwick', 'San Jacinto de la Sierra', 'Morrow’s Landing', 'Kolvik', 'Tamar Bay', 'Nowa Ruda', 'Ellesmere Cross', 'Qal’at Rasa', 'Port Hadley', 'Vindeln', 'Kampung Tua', 'Mwenzi'],
    unused: { companies: unusedCompanies, cities: unusedCities, people: reservedPeople },
    person: (rr: Rng) => person(rr),
  };
}
