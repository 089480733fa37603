import type { Core } from '@strapi/strapi';

import { MODEL_UIDS } from '../../../../shared/constants';
import { getService } from '../../utils/get-service';

/**
 * What a host tells the plugin about the freshness of what it reads from the database: a
 * number that changes whenever that content may have changed, on this instance or (with a
 * shared store) on any other, or undefined while the host cannot vouch for that (its link to
 * the other instances is down). `bump` says the plugin changed something of its own.
 */
export type GenerationSource = {
  current(): number | undefined;
  bump(): Promise<void>;
};

/** The plugin's rows a submission reads, whose writes make every kept read stale. */
const WATCHED_MODELS = [MODEL_UIDS.questionnaire, MODEL_UIDS.webhookSubscription];

const AFTER_WRITE = ['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany'];

/** More locales than a site has: a request naming made-up ones is read, not kept. */
const MAX_KEYS = 32;

/**
 * Reads a submission makes of rows that rarely change (the active questionnaire, the
 * settings, the host's offices and articles), kept in this process for as long as the
 * generation they were read under lasts. The generation comes from the host
 * (`provide`, called by the host's bootstrap: this app hands over its public response
 * cache's, shared through Redis), and moves on every write the host sees and every write of
 * the plugin's own rows, here or on another instance. Without a source, or while the source
 * cannot vouch for its number, nothing is kept and every read goes to the database, so a
 * host that provides nothing gets exactly the reads it had.
 *
 * A read is kept under the generation it started in: a write that lands during the read
 * moves the generation on, so what it read is never served after that write.
 */
const contentGeneration = ({ strapi }: { strapi: Core.Strapi }) => {
  let source: GenerationSource | undefined;
  /** This process's own writes, so the writing instance never waits for the source to hear of them. */
  let local = 0;

  const current = (): string | undefined => {
    const shared = source?.current();
    return shared === undefined ? undefined : `${shared}:${local}`;
  };

  const bump = async () => {
    local += 1;
    await source?.bump();
  };

  /** `read(key)`, kept per key while the generation lasts; a failed read is forgotten, so the next call tries again. */
  const memoBy = <T>(read: (key: string) => Promise<T>): ((key: string) => Promise<T>) => {
    let generation: string | undefined;
    const kept = new Map<string, Promise<T>>();
    return (key) => {
      const now = current();
      if (now === undefined) return read(key);
      if (now !== generation) {
        generation = now;
        kept.clear();
      }
      const hit = kept.get(key);
      if (hit) return hit;
      const value = read(key);
      if (kept.size >= MAX_KEYS) return value;
      kept.set(key, value);
      value.catch(() => {
        if (kept.get(key) === value) kept.delete(key);
      });
      return value;
    };
  };

  return {
    /** The host's generation; without one, the plugin keeps nothing. */
    provide(next: GenerationSource | undefined) {
      source = next;
      local += 1;
    },

    current,
    bump,

    /**
     * Bumps after every write to the plugin's watched rows, whatever writes them (its
     * services, the Content Manager): once at the write, and again when its transaction
     * ends, so a read between the write and the commit cannot leave the old rows kept.
     */
    watchWrites() {
      const seen = new WeakSet<object>();
      const onWrite = async () => {
        if (!strapi.db.inTransaction()) return bump();
        const transaction = (await strapi.db.transaction()).get() as object & { executionPromise?: Promise<unknown> };
        await bump();
        if (seen.has(transaction)) return;
        seen.add(transaction);
        transaction.executionPromise?.then(bump, bump);
      };
      strapi.db.lifecycles.subscribe({
        models: WATCHED_MODELS,
        ...Object.fromEntries(AFTER_WRITE.map((action) => [action, onWrite])),
      });
    },

    /** `read`, kept while the generation lasts. */
    memo<T>(read: () => Promise<T>): () => Promise<T> {
      const byKey = memoBy(() => read());
      return () => byKey('');
    },

    memoBy,
  };
};

/**
 * `read`, kept while the generation lasts, for another service of the plugin: the generation
 * service is looked up on the first call, not while the calling service is being made.
 */
export const keptRead = <T>(strapi: Core.Strapi, read: () => Promise<T>): (() => Promise<T>) => {
  let kept: (() => Promise<T>) | undefined;
  return () => (kept ??= getService(strapi, 'content-generation').memo(read))();
};

/** `read(key)`, kept per key while the generation lasts; see `keptRead`. */
export const keptReadBy = <T>(strapi: Core.Strapi, read: (key: string) => Promise<T>): ((key: string) => Promise<T>) => {
  let kept: ((key: string) => Promise<T>) | undefined;
  return (key) => (kept ??= getService(strapi, 'content-generation').memoBy(read))(key);
};

export type ContentGenerationService = ReturnType<typeof contentGeneration>;
export default contentGeneration;
