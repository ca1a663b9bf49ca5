/** Technology security stories: a flaw in a product, and the "now exploited" follow-up. */
import type { Product } from './world.js';
import { PRODUCT_KINDS } from './world.js';
import { Doc, cap, count, monthDay, addDays, num, possessive, quote, round2, weekday, year, type Ctx } from './story.js';

export interface VulnEvent {
  product: Product;
  cve: string;
  cvss: string;
  impact: { text: string; query: string };
  researcher: string;
  firm: string;
  exposed: number;
  version: string;
  reported: string;
  gang: string;
  victims: number;
  patchBy: string;
}

const IMPACTS = [
  { text: 'run their own code on the device without logging in', query: 'take over the device remotely' },
  { text: 'bypass the login screen and gain administrator access', query: 'get admin rights without a password' },
  { text: 'read files stored on the server, including configuration files that contain passwords', query: 'steal files and passwords' },
  { text: 'intercept and alter traffic passing through the device', query: 'spy on network traffic' },
  { text: 'crash the system repeatedly, knocking services offline', query: 'cause a denial of service' },
  { text: 'escalate their privileges from an ordinary user account to full control of the machine', query: 'gain full control from a normal account' },
];
const GANGS = ['Black Heron', 'Coldfront', 'Silent Lynx', 'Tarpit', 'Grey Wolf Collective', 'Nightjar', 'Copperhead', 'Static Tide'];

export function makeVuln(ctx: Ctx, product: Product): VulnEvent {
  const r = ctx.r;
  const y = year(ctx);
  return {
    product,
    cve: `CVE-${y}-${r.int(10000, 49999)}`,
    cvss: r.pick(['9.8', '9.1', '8.8', '7.5', '8.1', '9.4', '10.0', '7.2', '6.5']),
    impact: r.pick(IMPACTS),
    researcher: ctx.w.person(r).full,
    firm: r.pick(ctx.w.researchFirms),
    exposed: round2(r.int(1200, 160_000)),
    version: `${r.int(2, 17)}.${r.int(0, 9)}.${r.int(1, 14)}`,
    reported: r.pick(['in January', 'in February', 'in March', 'in April', 'in May', 'in late summer', 'in the autumn', 'last year']),
    gang: r.pick(GANGS),
    victims: r.int(12, 900),
    patchBy: monthDay(addDays(ctx.date, r.int(7, 30))),
  };
}

export function renderVuln(ctx: Ctx, e: VulnEvent, part: number): Doc {
  const { r } = ctx;
  const d = new Doc();
  const P = e.product;
  const V = P.vendor;
  const kind = PRODUCT_KINDS.find((k) => k.kind === P.kind)!;
  const qkind = r.pick(kind.query);
  const agency = V.hq.country.agency.cyber;
  d.subject = { place: V.hq.name, org: V.short, person: V.ceo };
  if (part === 0) {
    d.title = r.pick([`Critical flaw found in ${possessive(V.short)} ${P.name} ${P.kind}`, `${V.short} urges customers to patch ${P.name} after serious bug`, `Security hole in ${P.name} leaves thousands of ${kind.plural} exposed`]);
    d.p(
      `${V.name} has released an urgent update for its ${P.name} ${P.kind} after researchers found a serious vulnerability in the software.`,
    );
    d.p(
      d.fact(
        'vuln-impact',
        r.pick([
          `By sending a specially crafted request, an attacker could ${e.impact.text}, the company said in an advisory on ${weekday(ctx)}.`,
          `Exploiting the bug would allow a remote attacker to ${e.impact.text}, according to ${possessive(V.short)} security advisory.`,
        ]),
        e.impact.text,
        [P.name],
        [`what can hackers do with the ${P.name} bug`, `what does the ${P.name} vulnerability let attackers do`, `${P.name} flaw: can someone ${e.impact.query}?`, `risk from the security hole in ${possessive(V.short)} ${qkind}`],
      ),
    );
    d.p(
      d.fact(
        'vuln-cvss',
        r.pick([
          `The flaw, tracked as ${e.cve}, has been given a severity score of ${e.cvss} out of 10.`,
          `Rated ${e.cvss} on the ten-point CVSS scale, the issue is listed as ${e.cve}.`,
        ]),
        e.cvss,
        [P.name, e.cve],
        [`how serious is the ${P.name} vulnerability`, `severity rating of ${e.cve}`, `${P.name} bug CVSS score`, `how dangerous is the ${P.name} flaw out of ten`],
      ),
    );
    d.p(
      d.fact(
        'vuln-finder',
        r.pick([
          `The problem was discovered by ${e.researcher}, a researcher at ${e.firm}, who reported it to ${V.short} ${e.reported}.`,
          `${e.researcher} of ${e.firm} found the weakness while testing the software and alerted ${V.short} ${e.reported}, the company said.`,
        ]),
        e.researcher,
        [P.name],
        [`who found the ${P.name} flaw?`, `which researcher discovered the vulnerability in ${possessive(V.short)} ${qkind}`, `who reported the ${P.name} security bug to ${V.short}`, `${P.name} vulnerability discovered by`],
      ),
      quote(ctx, r.pick(['It is the kind of bug that attackers look for first, because it needs no password', 'Anyone running this software on the open internet should assume they are a target', 'The fix is simple, but many organizations are slow to apply updates to devices like this']), e.researcher, `a researcher at ${e.firm}`),
    );
    d.p(
      d.fact(
        'vuln-version',
        r.pick([
          `${V.short} fixed the problem in version ${e.version}, released on ${weekday(ctx)}, and urged customers to update immediately.`,
          `Customers should upgrade to ${P.name} ${e.version} or later, which closes the hole, ${V.short} said.`,
        ]),
        e.version,
        [P.name],
        [`which version of ${P.name} patches the vulnerability`, `${P.name} fixed release number`, `what ${P.name} update should admins install`, `is there a patch for the ${P.name} ${qkind} bug, which version`],
      ),
    );
    d.p(
      d.fact(
        'vuln-exposed',
        r.pick([
          `A scan by ${e.firm} found more than ${num(e.exposed)} ${P.name} devices reachable from the internet that appeared to be unpatched.`,
          `Internet-wide scans show about ${num(e.exposed)} vulnerable ${P.name} systems online, many of them at small businesses and local councils.`,
        ]),
        num(e.exposed),
        [P.name],
        [`how many ${P.name} systems are exposed online`, `number of unpatched ${P.name} devices on the internet`, `how many ${P.name} installations are vulnerable`],
      ),
      `${V.short} said it was not aware of any attacks using the flaw so far.`,
    );
  } else {
    d.title = r.pick([`Hackers exploiting ${P.name} flaw, cyber agency warns`, `${P.name} bug now used in ransomware attacks`, `Agency orders ${P.name} patch as attacks spread`]);
    d.p(`${cap(agency)} warned on ${weekday(ctx)} that criminals were actively exploiting a serious vulnerability in ${possessive(V.short)} ${P.name} ${P.kind}, weeks after a fix was released.`);
    d.p(
      d.fact(
        'vuln-gang',
        `A ransomware group known as ${e.gang} has used the flaw to break into at least ${count(e.victims)} organizations, including hospitals and schools, the agency said.`,
        e.gang,
        [P.name],
        [`which hacking group is exploiting the ${P.name} bug`, `who is behind the attacks on ${P.name} devices`, `name of the ransomware gang using the ${P.name} vulnerability`],
      ),
    );
    d.p(
      d.fact(
        'vuln-deadline',
        `Government bodies have been ordered to install the update or disconnect affected ${kind.plural} by ${e.patchBy}.`,
        e.patchBy,
        [P.name],
        [`deadline for agencies to patch ${P.name}`, `by when must government departments fix the ${P.name} flaw`, `${P.name} patch deadline for the public sector`],
      ),
      quote(ctx, 'Organizations that have not yet patched should assume they have been compromised and check their systems', ctx.w.person(r).full, `a director at ${agency}`),
    );
  }
  d.more(
    `${cap(kind.plural)} are a favorite target for attackers because they sit at the edge of corporate networks and are often left running for years without updates.`,
    `Several of the most damaging attacks of the past two years began with a flaw in a device of this kind.`,
  );
  d.more(
    `${V.name}, based in ${V.hq.name}, sells the ${P.name} range mainly to ${r.pick(['small and medium-sized businesses', 'hospitals and local governments', 'telecoms operators', 'retailers and banks'])}.`,
    `It says the products are used by more than ${num(round2(r.int(5000, 400000)))} customers worldwide.`,
  );
  d.more(
    `Security researchers have long complained that some vendors take months to fix reported problems.`,
    `In this case, ${V.short} released a fix ${r.pick(['within three weeks', 'after about two months', 'within days', 'more than 90 days after being told'])}, according to ${e.firm}.`,
  );
  d.more(
    `Earlier this year, ${r.pick(ctx.w.companies).short} was forced to patch a similar hole in its own ${r.pick(PRODUCT_KINDS).kind} after a wave of intrusions.`,
    `Officials have urged companies to keep an up-to-date inventory of every internet-facing device they run.`,
  );
  d.more(
    `The advisory includes indicators that administrators can use to check whether their systems have already been tampered with.`,
    `${V.short} recommended that customers who cannot update immediately restrict access to the management interface.`,
  );
  return d;
}
