import { stemmer } from 'stemmer';

/**
 * Small hand-made thesaurus of news paraphrases. Readers rarely ask with the article's own words
 * ("died" vs "killed", "fee" vs "penalty"); a word in a group also matches as the group's concept.
 * It is a fixed list, not learned: it helps common paraphrases and does nothing for the rest.
 */
const GROUPS: string[] = [
  'die died dies dead death deaths kill killed killing kills fatal fatalities fatality perish perished lives',
  'injure injured injuries injury wound wounded hurt',
  'attack attacked attacks assault assaulted raid strike struck bombing',
  'buy bought purchase purchased acquire acquired acquisition acquires takeover',
  'sell sold sale sales selling divest',
  'pay paid payment payments fee fees charge charged cost costs price priced',
  'money cash funds funding fund dollars billion million',
  'owe owed debt debts liability',
  'quit resign resigned resignation leave left exit exited departure depart stepped',
  'fire fired sack sacked dismiss dismissed oust ousted',
  'hire hired hiring recruit recruited employ employed',
  'begin began start started starting launch launched launches commence',
  'end ended stop stopped halt halted cease ceased finish finished',
  'grow grew growth increase increased rise rose risen surge surged jump jumped climb climbed gain gained',
  'fall fell drop dropped decline declined decrease decreased plunge plunged slump slumped shrink',
  'say said says claim claimed state stated stating statement remark remarked comment commented',
  'criticise criticize criticised criticized criticism critic critics condemn condemned blame blamed',
  'support supported backing backed endorse endorsed ally allies alliance side sided siding align aligned alignment',
  'oppose opposed opposition against reject rejected resist',
  'agree agreed agreement deal deals accord pact contract',
  'law laws legislation bill statute legal legally legalise legalize legalised legalized',
  'ban banned prohibit prohibited outlaw outlawed forbid',
  'court courts judge judges ruling ruled lawsuit sue sued trial',
  'arrest arrested detain detained custody jailed prison',
  'police officers cops security guards',
  'thief thieves steal stole stolen theft robbery robbed loot looted',
  'government administration authorities officials state',
  'president presidential leader head chief',
  'company firm business corporation enterprise',
  'ceo executive executives boss chairman',
  'country nation nations countries',
  'city town capital',
  'people persons individuals residents citizens participants volunteers subjects',
  'child children kids youth young',
  'car cars vehicle vehicles automobile',
  'phone phones smartphone smartphones handset iphone',
  'computer computers laptop pc',
  'study studies research researchers scientists survey experiment experiments',
  'doctor doctors physician physicians medical',
  'disease illness condition sick',
  'drug drugs medication medicine medicines treatment',
  'elect elected election elections vote voted voting voters poll ballot',
  'war wars conflict fighting combat',
  'soldier soldiers troops military army',
  'terror terrorism terrorist terrorists militant militants extremist extremists',
  'bomb bombs explosive explosives blast explosion',
  'gun guns firearm firearms weapon weapons rifle',
  'fear fears worried worry concern concerns concerned anxious apprehensive',
  'cause caused causes reason reasons because due lead led prompted trigger triggered sparked',
  'result results outcome consequence consequences effect',
  'plan plans planned intend intends intended aim aims strategy',
  'rule rules regulation regulations policy policies',
  'tax taxes taxation levy tariff tariffs',
  'job jobs employment workers work employees staff',
  'earn earned earnings profit profits revenue income',
  'lose lost loss losses deficit',
  'shareholder shareholders investor investors stockholders',
  'share shares stock stocks equity',
  'report reported reports reporting',
  'first initial earliest inaugural',
  'historic historical landmark unprecedented',
  'meet met meeting talks summit',
  'visit visited visiting trip tour',
  'speak spoke speech address addressed',
  'recognise recognised recognize recognized acknowledge acknowledged official officially',
  'whale whales',
  'beach beaches shore coast',
  'animal animals creature creatures wildlife',
  'website site online internet web',
  'video videos film footage clip',
  'call called calling name named dub dubbed',
  'oversee oversaw overseen supervise supervised manage managed',
  'harvest harvested collect collected gather gathered',
  'right rights entitlement',
  'donate donated donation donations contribute contributed contribution gift',
  'invite invited invitation',
  'warn warned warning warnings caution',
  'announce announced announcement unveil unveiled reveal revealed',
  'big bigger biggest large larger largest huge major',
  'small smaller smallest tiny minor',
  'old older oldest elderly aged age',
  'new newer newest latest recent recently',
  'rich wealthy wealth',
  'poor poverty',
  'happy pleased glad',
  'angry anger furious outrage outraged',
  'economy economic economics financial',
  'climate warming emissions carbon',
  'energy power electricity',
  'oil gas fuel petrol gasoline',
  'travel travelled traveled tourists tourism',
  'school schools education students university universities',
  'hospital hospitals clinic',
  'fix fixed repair repaired patch patched',
  'flaw flaws bug bugs vulnerability vulnerabilities',
  'hack hacked hacker hackers breach breached cyberattack',
];

const conceptByStem = new Map<string, string>();
GROUPS.forEach((group, i) => {
  for (const w of group.split(' ')) {
    const s = stemmer(w);
    // First group wins: a word listed twice keeps its most specific (earliest) sense.
    if (!conceptByStem.has(s)) conceptByStem.set(s, `~c${i}`);
  }
});

/** The concept id of a stemmed word, or undefined if it is in no group. */
export function conceptOf(stemmed: string): string | undefined {
  return conceptByStem.get(stemmed);
}
