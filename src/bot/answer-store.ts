/**
 * The bot's own tables in the app database: every answer it gave (so buttons and follow-ups can find
 * it after a restart) and the 👍/👎 feedback on them.
 */
import type Database from 'better-sqlite3';
import type { Citation, Turn } from '../qa/types.js';

/** An answer as stored; `conversationId` is the thread id or the first answer message's id. */
export interface StoredAnswer {
  id: number;
  conversationId: string | null;
  messageId: string | null;
  interactionId: string | null;
  guildId: string | null;
  channelId: string | null;
  userId: string;
  question: string;
  answer: string;
  citations: Citation[];
  abstained: boolean;
  createdAt: string;
}

export type NewAnswer = Omit<StoredAnswer, 'id' | 'createdAt' | 'messageId' | 'conversationId'>;

/** A vote on an answer. One per user and answer: voting again replaces the earlier vote. */
export interface Vote {
  answerId: number;
  interactionId: string;
  guildId: string | null;
  channelId: string | null;
  userId: string;
  vote: 'up' | 'down';
}

export interface AnswerStore {
  /** Save an answer before it is sent (its id goes into the button ids); returns the id. */
  save(a: NewAnswer): number;
  /** Record where the answer was posted and which conversation it continues. */
  attachMessage(id: number, messageId: string, conversationId: string): void;
  get(id: number): StoredAnswer | undefined;
  byMessageId(messageId: string): StoredAnswer | undefined;
  /** True when some answer belongs to this conversation (e.g. a thread the bot opened). */
  hasConversation(conversationId: string): boolean;
  /** The last `limit` turns of a conversation, oldest first. */
  history(conversationId: string, limit?: number): Turn[];
  vote(v: Vote): void;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS bot_answers (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  conversation_id TEXT,
  message_id TEXT,
  interaction_id TEXT,
  guild_id TEXT,
  channel_id TEXT,
  user_id TEXT NOT NULL,
  question TEXT NOT NULL,
  answer TEXT NOT NULL,
  citations_json TEXT NOT NULL,
  abstained INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS bot_answers_conversation ON bot_answers (conversation_id, id);
CREATE INDEX IF NOT EXISTS bot_answers_message ON bot_answers (message_id);
CREATE TABLE IF NOT EXISTS bot_feedback (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  answer_id INTEGER NOT NULL,
  interaction_id TEXT NOT NULL,
  guild_id TEXT,
  channel_id TEXT,
  user_id TEXT NOT NULL,
  question TEXT NOT NULL,
  answer TEXT NOT NULL,
  citations_json TEXT NOT NULL,
  vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
  created_at TEXT NOT NULL,
  UNIQUE (answer_id, user_id)
);`;

interface Row {
  id: number;
  conversation_id: string | null;
  message_id: string | null;
  interaction_id: string | null;
  guild_id: string | null;
  channel_id: string | null;
  user_id: string;
  question: string;
  answer: string;
  citations_json: string;
  abstained: number;
  created_at: string;
}

function fromRow(r: Row | undefined): StoredAnswer | undefined {
  if (!r) return undefined;
  return {
    id: r.id,
    conversationId: r.conversation_id,
    messageId: r.message_id,
    interactionId: r.interaction_id,
    guildId: r.guild_id,
    channelId: r.channel_id,
    userId: r.user_id,
    question: r.question,
    answer: r.answer,
    citations: JSON.parse(r.citations_json) as Citation[],
    abstained: r.abstained === 1,
    createdAt: r.created_at,
  };
}

/** Create the tables if needed and return the store. */
export function createAnswerStore(db: Database.Database, now: () => Date = () => new Date()): AnswerStore {
  db.exec(SCHEMA);
  const insert = db.prepare(
    `INSERT INTO bot_answers (interaction_id, guild_id, channel_id, user_id, question, answer, citations_json, abstained, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const attach = db.prepare('UPDATE bot_answers SET message_id = ?, conversation_id = ? WHERE id = ?');
  const byId = db.prepare('SELECT * FROM bot_answers WHERE id = ?');
  const byMessage = db.prepare('SELECT * FROM bot_answers WHERE message_id = ?');
  const inConversation = db.prepare('SELECT 1 FROM bot_answers WHERE conversation_id = ? LIMIT 1');
  const lastTurns = db.prepare('SELECT question, answer FROM bot_answers WHERE conversation_id = ? ORDER BY id DESC LIMIT ?');
  const upsertVote = db.prepare(
    `INSERT INTO bot_feedback (answer_id, interaction_id, guild_id, channel_id, user_id, question, answer, citations_json, vote, created_at)
     SELECT id, ?, ?, ?, ?, question, answer, citations_json, ?, ? FROM bot_answers WHERE id = ?
     ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = excluded.vote, interaction_id = excluded.interaction_id, created_at = excluded.created_at`,
  );
  return {
    save: (a) =>
      Number(
        insert.run(a.interactionId, a.guildId, a.channelId, a.userId, a.question, a.answer, JSON.stringify(a.citations), a.abstained ? 1 : 0, now().toISOString())
          .lastInsertRowid,
      ),
    attachMessage: (id, messageId, conversationId) => void attach.run(messageId, conversationId, id),
    get: (id) => fromRow(byId.get(id) as Row | undefined),
    byMessageId: (messageId) => fromRow(byMessage.get(messageId) as Row | undefined),
    hasConversation: (conversationId) => inConversation.get(conversationId) !== undefined,
    history: (conversationId, limit = 4) =>
      (lastTurns.all(conversationId, limit) as { question: string; answer: string }[]).reverse().map((r) => ({ question: r.question, answer: r.answer })),
    vote: (v) => void upsertVote.run(v.interactionId, v.guildId, v.channelId, v.userId, v.vote, now().toISOString(), v.answerId),
  };
}
