import fc from 'fast-check';

import { toOneRelationIsSet } from './related-link-target';

describe('toOneRelationIsSet', () => {
  it('gives undefined when the write does not touch the relation', () => {
    expect(toOneRelationIsSet(undefined)).toBeUndefined();
  });

  it.each([
    ['null', null],
    ['an empty string', ''],
    ['an empty array', []],
    ['an empty set', { set: [] }],
    ['a set of null', { set: null }],
    ['a disconnect only', { disconnect: ['x'] }],
    ['a disconnect of an object', { disconnect: [{ documentId: 'x' }] }],
  ])('gives false when the input clears the relation: %s', (_label, input) => {
    expect(toOneRelationIsSet(input)).toBe(false);
  });

  it.each([
    ['a documentId string', 'abc123documentid'],
    ['a numeric id', 7],
    ['an object with a documentId', { documentId: 'abc123' }],
    ['an object with an id', { id: 7 }],
    ['a one-item array', ['x']],
    ['a set with one item', { set: ['x'] }],
    ['a set of one object', { set: [{ documentId: 'x' }] }],
    ['a connect of one id', { connect: ['x'] }],
    ['a connect of one object', { connect: [{ documentId: 'x' }] }],
    ['a connect and a disconnect', { connect: ['x'], disconnect: ['y'] }],
    ['a connect given as a single id', { connect: 'x' }],
  ])('gives true when the input leaves the relation set: %s', (_label, input) => {
    expect(toOneRelationIsSet(input)).toBe(true);
  });

  it('gives undefined when connect and disconnect are both empty', () => {
    expect(toOneRelationIsSet({ connect: [], disconnect: [] })).toBeUndefined();
  });

  it('gives the set answer when set is given alongside connect', () => {
    expect(toOneRelationIsSet({ set: [], connect: ['x'] })).toBe(false);
    expect(toOneRelationIsSet({ set: ['x'], disconnect: ['x'] })).toBe(true);
  });

  it('gives true for any non-empty connect whatever the disconnect', () => {
    const ids = fc.oneof(fc.string({ minLength: 1 }), fc.record({ documentId: fc.string({ minLength: 1 }) }));
    fc.assert(
      fc.property(fc.array(ids, { minLength: 1, maxLength: 5 }), fc.array(ids, { maxLength: 5 }), (connect, disconnect) => {
        expect(toOneRelationIsSet({ connect, disconnect })).toBe(true);
      })
    );
  });

  it('gives whether the array has items when the input is a plain array', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 5 }), (list) => {
        expect(toOneRelationIsSet(list)).toBe(list.length > 0);
      })
    );
  });
});
