import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { usableParts } from '../../src/checks/usable-parts';

const error = (keyword: string, instancePath: string): ErrorObject => ({ keyword, instancePath, schemaPath: '', params: {} });
const data = { groups: [{ id: 'A', start: '2017-10-26' }, { id: 'b', start: 'x' }, null], sessions: [{ group: 'A' }] };

describe('the parts of a file that passed its schema', () => {
  it('are the values with no failure at or under them', () => {
    const usable = usableParts(data, [error('pattern', '/groups/1/id')]);
    expect(usable('/groups/0')).toBe(true);
    expect(usable('/groups/1/start')).toBe(true);
    expect(usable('/groups/1/id')).toBe(false);
    expect(usable('/groups/1')).toBe(false);
    expect(usable('')).toBe(false);
  });

  it('keep the members of an object or list whose failure is only about which members it has', () => {
    const usable = usableParts(data, [error('required', '/groups/0'), error('maxItems', '/groups'), error('additionalProperties', '/sessions/0')]);
    expect(usable('/groups/0')).toBe(false);
    expect(usable('/groups/0/id')).toBe(true);
    expect(usable('/groups/1/start')).toBe(true);
    expect(usable('/sessions/0/group')).toBe(true);
  });

  it('keep the members of an object that has none of the keys an anyOf asks for (a session with neither venue nor online)', () => {
    const keyRule = { ...error('anyOf', '/sessions/0'), schema: [{ required: ['venue'], properties: { venue: true } }, { required: ['online'], properties: { online: true } }] };
    const usable = usableParts(data, [keyRule]);
    expect(usable('/sessions/0')).toBe(false);
    expect(usable('/sessions/0/group')).toBe(true);
    const shapes = { ...error('anyOf', '/sessions/0'), schema: [{ type: 'string' }, { type: 'object', required: ['x'] }] };
    expect(usableParts(data, [shapes])('/sessions/0/group')).toBe(false);
  });

  it('lose everything under a value of the wrong type', () => {
    const usable = usableParts(data, [error('type', '/groups')]);
    expect(usable('/groups/0/id')).toBe(false);
    expect(usable('/sessions/0/group')).toBe(true);
  });

  it('exist: a missing key, an index past the end or a key of null is not usable', () => {
    const usable = usableParts(data, []);
    expect(usable('/groups/0/end')).toBe(false);
    expect(usable('/groups/3')).toBe(false);
    expect(usable('/groups/2/id')).toBe(false);
    expect(usable('/groups/0/constructor')).toBe(false);
  });
});
