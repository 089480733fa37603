import { AUDIT_ACTIONS, MODEL_UIDS, PLUGIN_UID, TABLE_NAMES } from '../../../shared/constants';
import { BANDS, STATUSES } from '../../../shared/intake';
import contentTypes from './index';

const attribute = (name: keyof typeof contentTypes, key: string) =>
  (contentTypes[name].schema.attributes as Record<string, { enum?: string[]; target?: string }>)[key];

describe('the content types beside the shared constants', () => {
  it('gives every content type a uid in MODEL_UIDS, and MODEL_UIDS nothing else', () => {
    // Given the content types the plugin registers
    const registered = Object.keys(contentTypes).map((name) => `${PLUGIN_UID}.${name}`);

    // Then MODEL_UIDS names each of them once
    expect(Object.values(MODEL_UIDS).sort()).toEqual(registered.sort());
  });

  it.each(Object.entries(TABLE_NAMES) as Array<[keyof typeof TABLE_NAMES, string]>)(
    'gives the %s content type the table TABLE_NAMES names',
    (key, table) => {
      // Given the content type MODEL_UIDS names for this key
      const name = MODEL_UIDS[key].slice(`${PLUGIN_UID}.`.length) as keyof typeof contentTypes;

      // Then its schema stores it in that table
      expect(contentTypes[name].schema.collectionName).toBe(table);
    }
  );

  it.each([
    ['submission', 'status', STATUSES],
    ['submission', 'band', BANDS],
    ['submission', 'consultantBand', BANDS],
    ['audit-entry', 'action', AUDIT_ACTIONS],
  ] as const)('lists in %s.%s the values the shared constant holds', (name, key, values) => {
    expect(attribute(name, key).enum).toEqual([...values]);
  });

  it.each([
    ['note', 'submission', MODEL_UIDS.submission],
    ['submission', 'notes', MODEL_UIDS.note],
  ] as const)('points %s.%s at the uid MODEL_UIDS gives', (name, key, uid) => {
    expect(attribute(name, key).target).toBe(uid);
  });
});
