import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import type { Pool } from "pg";
import type { AdmitRecord } from "@/lib/smpp";
import { getRedis, luaScript, redisKey } from "@/lib/redis";

/** A crashed run's journal is read by the batch's next run; a batch left alone longer than this is judged without it. */
const TTL_SECONDS = 7 * 24 * 3600;
/** Makes the journal exist from the start of a run, before anything is written: a missing journal means lost, not empty. */
const OPENED = "opened";

/**
 * Takes the batch over: later admissions of any earlier run fail (fenced),
 * then answers what the journal says was written, or null when there is no
 * journal (never run, or Redis lost it).
 */
const TAKE_OVER = luaScript(`
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
if redis.call('EXISTS', KEYS[2]) == 0 then return false end
return redis.call('SMEMBERS', KEYS[2])
`);
/** Starts an empty journal for this run, if it still owns the batch. */
const RESTART = luaScript(`
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[2])
redis.call('SADD', KEYS[2], ARGV[3])
redis.call('EXPIRE', KEYS[2], ARGV[2])
return 1
`);
/** Forgets the batch once a run ended with every claim settled, if that run still owns it. */
const CLOSE = luaScript(`
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1], KEYS[2])
return 1
`);

export interface SendJournal {
  /** This run's token: claims and releases in PostgreSQL act only while the batch's run row holds it. */
  readonly runToken: string;
  /**
   * Message ids the batch's earlier runs may have written and whose outcome
   * may be unstored; null when that cannot be known (no journal).
   */
  readonly written: string[] | null;
  /** Starts this run's own journal; false when another run has taken the batch over since. */
  restart(): Promise<boolean>;
  /** What `limiter.admit` records for these ids before they are written. */
  record(ids: readonly string[]): AdmitRecord;
  close(): Promise<void>;
}

/**
 * Which of a send batch's claimed messages were really handed to the SMSC
 * (README, "Exactly once"). Claims are made ahead of the window, so after a
 * crash `sending` alone cannot tell a message that was written from one that
 * waited in the dead process; the admission that precedes every write adds
 * the ids to this set in Redis, in the same atomic step. A run takes the
 * batch over with a new token, which fences off any earlier run still alive
 * (a stalled BullMQ job): its admissions fail from then on, so it cannot
 * write what the new run puts back in the queue. The same token goes to the
 * batch's row in `send_batch_runs`, which claims lock: an earlier run can
 * no longer claim or release either, and a claim it was making when taken
 * over commits before the takeover does, so the new run's recovery sees it.
 */
export async function openSendJournal(
  pool: Pool,
  batch: { campaignId: string; firstMessageId: string },
  redis: Redis = getRedis(),
): Promise<SendJournal> {
  const fenceKey = redisKey("send-journal", batch.campaignId, batch.firstMessageId, "owner");
  const setKey = redisKey("send-journal", batch.campaignId, batch.firstMessageId, "written");
  const token = randomUUID();
  // Redis first: from here on, nothing an earlier run admits can be written unrecorded.
  const members = (await TAKE_OVER(redis, [fenceKey, setKey], [token, TTL_SECONDS])) as string[] | null;
  await pool.query(
    `INSERT INTO send_batch_runs ("campaignId", "firstMessageId", "runToken") VALUES ($1, $2, $3)
     ON CONFLICT ("campaignId", "firstMessageId") DO UPDATE SET "runToken" = $3, "startedAt" = now()`,
    [batch.campaignId, batch.firstMessageId, token],
  );
  return {
    runToken: token,
    written: members === null ? null : members.filter((member) => member !== OPENED),
    async restart() {
      return (await RESTART(redis, [fenceKey, setKey], [token, TTL_SECONDS, OPENED])) === 1;
    },
    record(ids) {
      return { fenceKey, setKey, token, members: ids };
    },
    async close() {
      await CLOSE(redis, [fenceKey, setKey], [token]);
    },
  };
}
