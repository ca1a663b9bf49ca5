/**
 * Boilerplate removal for plain story text.
 *
 * News pages carry lines that are not the story: promos ("Register Here."), "Also Read: …" links,
 * "Read Next" blocks, photo credits, share prompts, copyright and AI-production footers. If they
 * stay in the stored text they can be retrieved and cited as if they were reporting, so they are
 * removed before storage.
 *
 * The rules are deliberately conservative: a line is dropped only when its whole shape says it is
 * boilerplate (anchored patterns, short lines), never because a word merely occurs in it —
 * "Musk said he would sign up for the program." is a story sentence. Lines that are kept are
 * byte-identical to the input (no reflowing, no trimming): citations quote exact spans of it.
 */

/** Closing quotes/brackets that may follow sentence-final punctuation. */
const CLOSERS = `"'’”»)\\]`;
const SENTENCE_END = new RegExp(`[.!?…][${CLOSERS}]*$`);
/** Punctuation that ends a sentence or clause, so a line ending in it is not a bare headline. */
const HEADLINE_STOP = new RegExp(`[.…:;,][${CLOSERS}]*$`);

/** A leading list bullet ("- ", "• ", "* ", "– "), ignored when classifying a line. */
const BULLET = /^(?:[-•*–—·▪►]\s+)/;

function normalize(line: string): string {
  return line.replace(/\r$/, '').trim().replace(BULLET, '').trim();
}

function wordCount(s: string): number {
  const t = s.trim();
  return t === '' ? 0 : t.split(/\s+/).length;
}

/** Anything "Tweet", "Share", "Email" … that a share bar flattens to. */
const SHARE_WORD =
  '(?:share|shares|tweet|email|e-mail|print|save|pin|copy(?:\\s+link)?|link|comments?|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|flipboard|messenger|telegram|threads|bluesky)';
const SHARE_BAR = new RegExp(`^${SHARE_WORD}(?:\\s*[|·•/,]?\\s*${SHARE_WORD})*\\s*[:.!]?$`, 'i');

const SOCIAL = '(?:twitter|x|facebook|instagram|linkedin|threads|bluesky|tiktok|youtube|telegram|whatsapp|mastodon|google news|flipboard)';

/** Whole-line patterns (tested against the bullet-stripped, trimmed line). */
const WHOLE_LINE: RegExp[] = [
  // Advertising markers.
  /^(?:advertisement|advertisment|advert|ad|ads|sponsored(?: content| post| links?)?|paid (?:content|post|partner(?: content)?)|promoted(?: content| stories)?|partner content)\s*[:.]?$/i,
  /^(?:advertisement|ad)\s*[-–—:|]\s*[^.!?]{0,60}$/i,
  /^(?:story|article|content) continues (?:below|after)(?: (?:this |the )?(?:advertisement|ad))?\.?$/i,
  /^(?:continue reading(?: (?:below|the main story|the story|this article))?|scroll (?:down )?to continue(?: with content| reading)?|skip (?:advertisement|ad))\s*[.:…]*$/i,

  // Share / follow prompts.
  SHARE_BAR,
  /^share (?:this|the) (?:article|story|post|page|video)(?: (?:on|via|with) [\w ]{1,30})?\s*[:.!]?$/i,
  new RegExp(`^share (?:on|via|to) ${SOCIAL}\\s*[:.!]?$`, 'i'),
  new RegExp(`^(?:follow|like|find|join) (?:us|me|@\\S+|\\S+(?: \\S+){0,3}) on ${SOCIAL}\\b[^.!?,;]{0,80}[.!]?$`, 'i'),
  /^(?:listen to (?:this|the) (?:article|story)|gift (?:this|the) article|copy link|link copied)\b[^.!?]{0,40}$/i,

  /^(?:newsletter|newsletters)\b[^.!?]{0,60}$/i,

  // Credits.
  /^\(?\s*(?:photo|photos|image|images|picture|pictures|photograph|illustration|graphic|video|footage|map|chart|gallery|slideshow|interactive|credit|credits|photo credit|image credit|image source|picture credit|top image|featured image|header image|cover image|lead image)\s*(?:credit|credits|source|courtesy)?\s*[:|]\s*(?:\S+\s*){1,12}\)?$/i,
  /^\(?\s*(?:photo|photos|image|picture|photograph|illustration)s?\s+(?:by|courtesy(?: of)?|via)\s+[^.!?]{1,100}\)?$/i,
  /^\([^()]*\b(?:photo|photos|photograph|image|file|credit|pool)\b[^()]*\/[^()]*\)$/i,
  /^\((?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg|Xinhua|PA|File)(?: Photo)?\)$/i,

  // Leftover media chrome: "Photo", "Enlarge this image", slideshow counters "1 / 5".
  /^(?:photo|photos|image|images|video|videos|gallery|slideshow|audio|graphic|graphics|interactive|map|chart|credit|enlarge(?: this)? (?:image|photo)|expand|close|play video|watch video|view (?:gallery|slideshow|image)|loading(?:…|\.\.\.)?)\s*[:.]?$/i,
  /^\d{1,3}\s*(?:\/|of)\s*\d{1,3}$/i,
  // Links written as a line: "Read the full transcript of his interview".
  /^(?:read|watch|listen to|see|view|explore|download) (?:the |our |his |her |their )?(?:full|complete|entire|original|latest|live)\b[^.!?]{0,80}$/i,

  // Legal / copyright footers.
  /^all rights reserved\.?$/i,
  /^(?:disclaimer|legal notice)\s*:.*\b(?:advice|informational purposes|views|opinions|affiliate|commission|compensat\w*|sponsor\w*|responsible|liable|positions?|shares|endorse\w*)\b/i,
  /^\[?责任编辑\s*[:：].{0,40}\]?$/,
  /^market news and data brought to you by\b/i,
  /^(?:[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}) (?:does not|doesn'?t) (?:provide|offer|give|constitute) (?:investment|financial|legal|tax) advice\.?$/,

  // AI-production / syndication footers.
  /^this (?:content|article|story|post|report|summary) (?:was|has been|is) (?:(?:partially|partly|fully|entirely|automatically) )?(?:produced|generated|written|created|prepared|drafted|translated|compiled|assisted)\b.{0,60}\b(?:ai|artificial intelligence|automated|automation|machine|content engine)\b.{0,200}$/i,
  /^this (?:article|story|post) (?:was )?(?:originally |first )?(?:appeared|published|ran) (?:on|in|at)\b[^]{0,200}$/i,
];

/** Newsletter / subscription / app promos: a capitalized imperative opening a short line. */
const IMPERATIVE_START =
  /^(?:sign up|signup|sign-up|subscribe|register|click here|click to|tap here|download (?:the|our|it)|get (?:the|our) (?:app|newsletter)|get (?:breaking )?news alerts|open in app|install (?:the|our) app|join (?:our|the) (?:newsletter|mailing list|community|waitlist|discord|telegram)|never miss|don'?t miss (?:out|a story|an update)|want more|enter your email|already a subscriber|become a (?:member|subscriber))\b/i;

/** Copyright lines: "© 2025 Benzinga.com …", "Copyright (c) 2014 …", "… All rights reserved." */
const COPYRIGHT_START = /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))|copyright\s+\d{4}|copyright\s*$)/i;
const COPYRIGHT_ANYWHERE = /©\s*(?:\d{4}|copyright)\b|\ball rights reserved\.?$/i;

/** Words that mark the text before a trailing call to action as a promotion. */
const PROMO_CUE =
  /\b(?:free|event|webinar|picks?|offer|discount|deals?|trial|newsletter|subscri\w*|sign up|exclusive(?:ly)?|limited|spots?|seats?|masterclass|course|workshop|register|winners|strateg(?:y|ies)|gains|returns|profits?)\b/i;

/** A final sentence that is a capitalized sign-up imperative (case-sensitive on purpose). */
const FINAL_IMPERATIVE =
  /(?:^|[.!?…]["'’”)]*\s+)((?:Sign up|Sign-up|Subscribe|SUBSCRIBE|Register|Download|Click|Tap|Follow us|Join us|Check out|Don['’]t miss|Get (?:the|our|breaking|free))\b[^.!?]*)[.!?]?\s*$/;
const PROMO_OBJECT =
  /\b(?:newsletters?|app|apps|podcast|alerts?|inbox|updates|subscription|free|trial|event|webinar|here|now|today)\b/i;

/**
 * Bare section headings that introduce links to other stories; the short headline line(s) after
 * them are dropped too.
 */
const LINK_HEADING =
  /^(?:also read|read also|also see|see also|read next|read more|more to read|what to read next|related|related (?:articles?|stories|story|content|coverage|links?|news|posts?|reading|topics)|recommended(?: (?:for you|stories|articles|reading|videos?))?|more (?:from|on|about|in) [^.!?]{1,50}|more (?:stories|news|articles|coverage|headlines)|must read|don'?t miss|you (?:may|might) also (?:like|enjoy|be interested in)|further reading|trending(?: now| stories| news)?|most (?:popular|read|viewed|shared)|top stories|latest (?:news|stories|headlines)|up next|editor'?s? picks?|popular (?:stories|now)|in (?:other|case you missed it) news|in case you missed it|icymi|watch(?: next| now)?)\s*[:.…»›>]*$/i;

/** "Also Read: <headline>", "Related: <headline>", "READ MORE — <headline>" … */
const LINK_LABEL =
  /^(?:also read|read also|also see|see also|read next|read more|read|related|related (?:article|story|content|coverage|link|news)|recommended|more|must read|don'?t miss|watch|listen|icymi|trending|latest|up next|editor'?s? pick|more from [^:|»›>–—-]{1,40})\s*(?:[:|»›>]|\s[–—-])\s*\S.*$/i;

/** Trailing call to action after a sentence: "…at a free July 23 event. Register Here." */
const TRAILING_CTA =
  /(?:^|[.!?…]["'’”)]*\s+|\s[–—|]\s*)((?:register|sign up|signup|subscribe|join|click|tap|learn more|find out more|read more|get started|download|claim|reserve|grab|book|apply|enroll|buy|shop|try|watch|start|check (?:it |them |this )?out|here)(?: (?:here|now|today|for free|free|it|your (?:spot|seat|copy)|(?:the |this )?(?:event|webinar)))*)\s*[.!»›→>]*$/i;

/** Photo-agency / wire names that make a short slash- or via-separated line a credit. */
const AGENCY =
  /\b(?:shutterstock|getty(?: images)?|istock(?:photo)?|afp|reuters|ap photo|associated press|epa(?:-efe)?|alamy|bloomberg|photo agency|unsplash|pexels|pixabay|nurphoto|sopa images|zuma(?: press| wire)?|xinhua|wikimedia(?: commons)?|flickr|dreamstime|depositphotos|adobe stock|imago|pa images|pa wire|pa media|corbis|sipa(?: usa)?|anadolu(?: agency)?|lightrocket|tass|kyodo|yonhap|rex features|benzinga|staff photographer|contributor|handout|pool photo|file photo|courtesy)\b/i;

/** A short line that is only names separated by "/", "|", "via" or "for", e.g. "Shutterstock/Photo Agency". */
function isAgencyCredit(line: string): boolean {
  if (line.length > 100 || wordCount(line) > 10) return false;
  if (/[.!?][")’”]*$/.test(line) && !/\b(?:inc|ltd|co|corp)\.$/i.test(line)) return false;
  if (!AGENCY.test(line)) return false;
  const parts = line.split(/\s*(?:\/|\||\bvia\b|\bfor\b)\s*/i).filter((p) => p !== '');
  if (parts.length === 0) return false;
  // Each part must look like a name: words that start with an uppercase letter/digit (or "and"/"of").
  return parts.every((p) =>
    p.split(/\s+/).every((w) => /^[\p{Lu}\d(©]/u.test(w) || /^(?:and|of|the|de|la|van|von|&)$/i.test(w)),
  );
}

/** A short line with no sentence-final punctuation: the shape of a linked headline. */
function isHeadlineLike(line: string): boolean {
  const t = normalize(line);
  if (t === '' || t.length > 200 || wordCount(t) > 25) return false;
  if (HEADLINE_STOP.test(t)) return false;
  if (/[!?][\s"'’”»)\]]*$/.test(t)) {
    // Headlines may end with "?" or "!"; story sentences do too. Only treat title-cased ones as headlines.
    const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    const caps = words.filter((w) => /^["'‘“(]*\p{Lu}/u.test(w)).length;
    return words.length > 0 && caps / words.length >= 0.6;
  }
  return true;
}

/** True when a single line is boilerplate on its own (without looking at its neighbours). */
export function isBoilerplateLine(line: string): boolean {
  const t = normalize(line);
  if (t === '') return false;
  if (t.length > 600) return false; // a real paragraph, whatever it contains
  if (LINK_HEADING.test(t)) return true;
  if (WHOLE_LINE.some((re) => re.test(t))) return true;
  if (wordCount(t) <= 40 && LINK_LABEL.test(t) && !SENTENCE_END.test(t.replace(/\?[\s"'’”»)\]]*$/, ''))) return true;
  if (wordCount(t) <= 40 && /^(?:also read|read also|see also|read more|read next|related)\s*:/i.test(t)) return true;
  if (startsUpper(t) && IMPERATIVE_START.test(t) && t.length <= 220) return true;
  if (COPYRIGHT_START.test(t) && wordCount(t) <= 40) return true;
  if (COPYRIGHT_ANYWHERE.test(t) && wordCount(t) <= 60) return true;
  if (isTrailingCallToAction(t)) return true;
  if (isAgencyCredit(t)) return true;
  // A line with no letters or digits: separators ("___", "* * *"), stray bullets.
  if (!/[\p{L}\p{N}]/u.test(t)) return true;
  // A whole line in brackets that is a link: "[Read: Why Tunisia …]", "[Bardo museum houses …]".
  const bracketed = /^\[(.+)\]$/.exec(t);
  if (bracketed) {
    const inner = (bracketed[1] as string).trim();
    if (/^(?:edit|edit source|hide|show|citation needed)$/i.test(inner)) return true;
    const headline = isHeadlineLike(inner) && !/[?!]["'’”»)]*$/.test(inner) && wordCount(inner) >= 3;
    if (wordCount(inner) <= 25 && (LINK_LABEL.test(inner) || headline)) return true;
  }
  return false;
}

function startsUpper(t: string): boolean {
  return /^["'‘“(\[]*\p{Lu}/u.test(t);
}

/**
 * A line that ends in a capitalized call to action ("… at a free July 23 event. Register Here.",
 * "… exclusively on CNET. Here."). The whole line goes only when it is short or what precedes the
 * call to action reads as a promotion; a long story line that merely ends in a "Learn more" link is
 * kept (lines are never cut).
 */
function isTrailingCallToAction(t: string): boolean {
  if (wordCount(t) > 80) return false;
  const m = TRAILING_CTA.exec(t);
  if (m && startsUpper(m[1] as string)) {
    const before = t.slice(0, m.index);
    if (wordCount(t) <= 20 || PROMO_CUE.test(before)) return true;
  }
  // "Start your day smarter. Sign up for our newsletter." — a short line whose last sentence is a
  // capitalized sign-up/download imperative about a newsletter, app, alerts …
  if (wordCount(t) <= 30) {
    const f = FINAL_IMPERATIVE.exec(t);
    if (f && PROMO_OBJECT.test(f[1] as string)) return true;
  }
  return false;
}

/** Is this heading one that introduces linked headlines (so the next headline line is dropped too)? */
function isLinkHeading(line: string): boolean {
  return LINK_HEADING.test(normalize(line));
}

export interface StripOptions {
  /**
   * Indices (0-based, in `text.split('\n')`) of lines that must be kept as they are, e.g. the lines
   * of a preformatted code block, where "});" or "Copyright (c) 2014 …" is content.
   */
  verbatimLines?: ReadonlySet<number>;
}

/**
 * Remove boilerplate lines from plain story text. Lines are separated by "\n", paragraphs by blank
 * lines. Kept lines are unchanged; runs of blank lines left behind collapse to one blank line, and
 * leading/trailing blank lines are removed.
 */
export function stripBoilerplate(text: string, options: StripOptions = {}): string {
  const verbatim = options.verbatimLines;
  const lines = text.split('\n');
  const drop = new Array<boolean>(lines.length).fill(false);

  for (let i = 0; i < lines.length; i++) {
    if (verbatim?.has(i)) continue;
    const line = lines[i] as string;
    if (!isBoilerplateLine(line)) continue;
    drop[i] = true;
    if (!isLinkHeading(line)) continue;
    // Drop up to three headline-shaped lines that follow a bare link heading.
    let j = i + 1;
    let dropped = 0;
    while (j < lines.length && dropped < 3) {
      const next = lines[j] as string;
      if (next.trim() === '') {
        j++;
        continue;
      }
      if (verbatim?.has(j) || isBoilerplateLine(next) || !isHeadlineLike(next)) break;
      drop[j] = true;
      dropped++;
      j++;
    }
  }

  const out: string[] = [];
  let blank = false;
  for (let i = 0; i < lines.length; i++) {
    if (drop[i]) continue;
    const line = lines[i] as string;
    if (line.trim() === '') {
      blank = out.length > 0;
      continue;
    }
    if (blank) out.push('');
    blank = false;
    out.push(line);
  }
  return out.join('\n');
}
