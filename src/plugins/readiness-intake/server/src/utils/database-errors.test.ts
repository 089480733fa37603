import fc from 'fast-check';

import { isDatabaseUnavailable, mayFollowLostConnection } from './database-errors';

const withCode = (code: string, message = 'boom') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a reset socket', withCode('ECONNRESET')],
    ['PostgreSQL shutting down the connection', withCode('57P01', 'terminating connection due to administrator command')],
    ['PostgreSQL starting up', withCode('57P03', 'the database system is starting up')],
    ['a connection exception (class 08)', withCode('08006')],
    ['too many connections', withCode('53300')],
    ['a busy SQLite file', withCode('SQLITE_BUSY')],
    ['a lost MySQL connection', withCode('PROTOCOL_CONNECTION_LOST')],
    ['node-postgres losing its socket', new Error('Connection terminated unexpectedly')],
    // knex puts the failed query in front of the driver's message.
    [
      'a query whose connection died, as knex reports it',
      new Error('select "t0".* from "public"."readiness_idempotency_keys" as "t0" limit $1 - Connection terminated unexpectedly'),
    ],
    [
      'a query on a connection that had failed, as knex reports it',
      new Error(
        'update "public"."readiness_idempotency_keys" set "status" = $1 - Client has encountered a connection error and is not queryable'
      ),
    ],
    ['a connect that timed out', new Error('timeout exceeded when trying to connect')],
    [
      'the pool exhausted',
      Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), { name: 'KnexTimeoutError' }),
    ],
    [
      'a refusal on both address families',
      Object.assign(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]), {}),
    ],
    ['a wrapped refusal', new Error('query failed', { cause: withCode('ECONNREFUSED') })],
  ])('says yes to %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('23505', 'duplicate key value violates unique constraint')],
    ['an invalid input', withCode('22P02', 'invalid input syntax for type integer')],
    ['a date out of range', withCode('22008', 'date/time field value out of range')],
    ['a plain error', new Error('Something else')],
    ['a query whose text merely mentions it', withCode('42601', 'syntax error at or near "Connection terminated"')],
    ['a string', 'ECONNREFUSED'],
    ['null', null],
  ])('says no to %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('never throws and stops on a cause that points back at itself', () => {
    const loop: Error & { cause?: unknown } = new Error('loop');
    loop.cause = loop;
    expect(isDatabaseUnavailable(loop)).toBe(false);
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(typeof isDatabaseUnavailable(value)).toBe('boolean');
      })
    );
  });
});

describe('mayFollowLostConnection', () => {
  it('names knex refusing a query on a transaction that already ended, and nothing else', () => {
    expect(mayFollowLostConnection(new Error('Transaction query already complete, run with DEBUG=knex:tx for more info'))).toBe(
      true
    );
    expect(mayFollowLostConnection(new Error('insert into x - duplicate key value violates unique constraint'))).toBe(false);
    expect(mayFollowLostConnection(new Error('Connection terminated unexpectedly'))).toBe(false);
    expect(mayFollowLostConnection('Transaction query already complete')).toBe(false);
    expect(mayFollowLostConnection(null)).toBe(false);
  });
});
