/**
 * The message checks Discord applies that a bot can trip over (codes 50035 / 50006), so the fake
 * answers a bad payload the way Discord would and the test that sent it fails.
 */

/** A Discord-style error body. */
export interface DiscordErrorBody {
  code: number;
  message: string;
  errors?: Record<string, string>;
}

type Json = any; // wire payloads: the tests assert on their shape

const EMBED_LIMITS = { title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, author: 256 };

function invalid(errors: Record<string, string>): DiscordErrorBody {
  return { code: 50035, message: 'Invalid Form Body', errors };
}

/** Characters Discord counts toward the 6000 total of a message's embeds. */
export function embedChars(embed: Json): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  n += (embed.footer?.text?.length ?? 0) + (embed.author?.name?.length ?? 0);
  for (const f of embed.fields ?? []) n += (f.name?.length ?? 0) + (f.value?.length ?? 0);
  return n;
}

function checkEmbeds(embeds: Json[], errors: Record<string, string>): void {
  if (embeds.length > 10) errors.embeds = 'Must be 10 or fewer in length.';
  let total = 0;
  embeds.forEach((e, i) => {
    const at = `embeds.${i}`;
    if ((e.title?.length ?? 0) > EMBED_LIMITS.title) errors[`${at}.title`] = 'Must be 256 or fewer in length.';
    if ((e.description?.length ?? 0) > EMBED_LIMITS.description) errors[`${at}.description`] = 'Must be 4096 or fewer in length.';
    if ((e.footer?.text?.length ?? 0) > EMBED_LIMITS.footer) errors[`${at}.footer.text`] = 'Must be 2048 or fewer in length.';
    if ((e.author?.name?.length ?? 0) > EMBED_LIMITS.author) errors[`${at}.author.name`] = 'Must be 256 or fewer in length.';
    const fields: Json[] = e.fields ?? [];
    if (fields.length > EMBED_LIMITS.fields) errors[`${at}.fields`] = 'Must be 25 or fewer in length.';
    fields.forEach((f, j) => {
      if (!f.name || f.name.length > EMBED_LIMITS.fieldName) errors[`${at}.fields.${j}.name`] = 'Must be between 1 and 256 in length.';
      if (!f.value || f.value.length > EMBED_LIMITS.fieldValue) errors[`${at}.fields.${j}.value`] = 'Must be between 1 and 1024 in length.';
    });
    if (e.url !== undefined && !/^https?:\/\//.test(e.url)) errors[`${at}.url`] = 'Not a well formed URL.';
    total += embedChars(e);
  });
  if (total > 6000) errors.embeds ??= 'Embed size exceeds maximum size of 6000';
}

function checkComponents(rows: Json[], errors: Record<string, string>): void {
  if (rows.length > 5) errors.components = 'Must be 5 or fewer in length.';
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    const parts: Json[] = row.components ?? [];
    if (row.type !== 1 || parts.length === 0 || parts.length > 5) errors[`components.${i}`] = 'Invalid action row.';
    parts.forEach((c, j) => {
      const at = `components.${i}.components.${j}`;
      if ((c.label?.length ?? 0) > 80) errors[`${at}.label`] = 'Must be 80 or fewer in length.';
      if (c.style !== 5) {
        if (!c.custom_id || c.custom_id.length > 100) errors[`${at}.custom_id`] = 'Must be between 1 and 100 in length.';
        if (ids.has(c.custom_id)) errors[`${at}.custom_id`] = 'Component custom id cannot be duplicated';
        ids.add(c.custom_id);
      }
    });
  });
}

/**
 * Checks a message body. `partial` is for edits, where a missing field keeps its old value and so
 * cannot make the message empty.
 */
export function validateMessage(body: Json, opts: { partial?: boolean; files?: number } = {}): DiscordErrorBody | null {
  const errors: Record<string, string> = {};
  if (typeof body?.content === 'string' && body.content.length > 2000) errors.content = 'Must be 2000 or fewer in length.';
  checkEmbeds(body?.embeds ?? [], errors);
  checkComponents(body?.components ?? [], errors);
  if (Object.keys(errors).length > 0) return invalid(errors);
  const empty = !body?.content && !(body?.embeds?.length) && !(body?.components?.length) && !opts.files && !body?.poll;
  if (empty && !opts.partial) return { code: 50006, message: 'Cannot send an empty message' };
  return null;
}

/** Checks an autocomplete answer: at most 25 choices, names 1–100 characters, values ≤ 100. */
export function validateChoices(data: Json): DiscordErrorBody | null {
  const choices: Json[] = data?.choices ?? [];
  const errors: Record<string, string> = {};
  if (choices.length > 25) errors.choices = 'Must be 25 or fewer in length.';
  choices.forEach((c, i) => {
    if (!c.name || c.name.length > 100) errors[`choices.${i}.name`] = 'Must be between 1 and 100 in length.';
    if (String(c.value ?? '').length > 100) errors[`choices.${i}.value`] = 'Must be 100 or fewer in length.';
  });
  return Object.keys(errors).length > 0 ? invalid(errors) : null;
}

/** True when a message body sets allowed_mentions so that nothing is pinged. */
export function mentionsNothing(body: Json): boolean {
  const am = body?.allowed_mentions;
  if (!am || !Array.isArray(am.parse) || am.parse.length > 0) return false;
  return !(am.users?.length) && !(am.roles?.length);
}
