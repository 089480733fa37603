import type { Core } from '@strapi/strapi';

import contentGeneration from './content-generation';

/** A host's generation: a number, or undefined while it cannot vouch for it. */
const sourceAt = (start: number | undefined) => {
  const state = { value: start, bumps: 0 };
  return {
    state,
    source: {
      current: () => state.value,
      bump: async () => {
        state.bumps += 1;
        if (state.value !== undefined) state.value += 1;
      },
    },
  };
};

const counted = <T>(values: T[]) => {
  let calls = 0;
  return {
    read: async () => values[Math.min(calls++, values.length - 1)],
    get calls() {
      return calls;
    },
  };
};

const service = () => contentGeneration({ strapi: {} as Core.Strapi });

describe('content generation', () => {
  it('reads every time without a source, and while the source cannot vouch for its number', async () => {
    const generation = service();
    const rows = counted(['a', 'b', 'c']);
    const read = generation.memo(rows.read);
    expect([await read(), await read()]).toEqual(['a', 'b']);

    const { state, source } = sourceAt(undefined);
    generation.provide(source);
    expect(await read()).toBe('c');
    expect(rows.calls).toBe(3);
    state.value = 7;
    await read();
    await read();
    expect(rows.calls).toBe(4);
  });

  it('keeps a read while the generation lasts and reads again once it moves, here or elsewhere', async () => {
    const generation = service();
    const { state, source } = sourceAt(1);
    generation.provide(source);
    const rows = counted(['old', 'new', 'newer']);
    const read = generation.memo(rows.read);
    expect([await read(), await read()]).toEqual(['old', 'old']);

    // Another instance's write reaches this one as a new shared number.
    state.value = 2;
    expect(await read()).toBe('new');
    // This instance's own write, even if the source had not moved.
    state.value = 2;
    source.bump = async () => undefined;
    await generation.bump();
    expect(await read()).toBe('newer');
    expect(rows.calls).toBe(3);
  });

  it('never serves a read that a write overtook after that write', async () => {
    const generation = service();
    const { state, source } = sourceAt(1);
    generation.provide(source);
    let release: (value: string) => void = () => undefined;
    let calls = 0;
    const read = generation.memo(() => {
      calls += 1;
      return calls === 1 ? new Promise<string>((resolve) => (release = resolve)) : Promise.resolve('after the write');
    });
    const during = read();
    state.value = 2;
    release('before the write');
    expect(await during).toBe('before the write');
    expect(await read()).toBe('after the write');
  });

  it('forgets a failed read', async () => {
    const generation = service();
    generation.provide(sourceAt(1).source);
    let calls = 0;
    const read = generation.memo(async () => {
      calls += 1;
      if (calls === 1) throw new Error('the database is away');
      return 'rows';
    });
    await expect(read()).rejects.toThrow('the database is away');
    expect(await read()).toBe('rows');
    expect(await read()).toBe('rows');
    expect(calls).toBe(2);
  });

  it('keeps reads per key, drops them all when the generation moves, and keeps no more than a few keys', async () => {
    const generation = service();
    const { state, source } = sourceAt(1);
    generation.provide(source);
    const reads: string[] = [];
    const read = generation.memoBy(async (key) => {
      reads.push(key);
      return `${key}@${state.value}`;
    });
    expect([await read('en'), await read('da'), await read('en')]).toEqual(['en@1', 'da@1', 'en@1']);
    state.value = 2;
    expect(await read('da')).toBe('da@2');
    expect(reads).toEqual(['en', 'da', 'da']);

    for (let i = 0; i < 100; i += 1) await read(`made-up-${i}`);
    reads.length = 0;
    await read('made-up-99');
    expect(reads).toEqual(['made-up-99']);
  });
});
