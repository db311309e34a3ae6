import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/pipeline/load-edition';
import { editionWith } from '../support/edition-fixture';

describe('recipients.json', () => {
  it('joins each entry to its host municipality, the sender named after the organiser', async () => {
    const edition = await loadEdition({ dataDir: editionWith() });
    const recipients = edition.recipients!;
    expect(recipients.municipalities.map((m) => m.municipality.briefFileStem)).toEqual(edition.municipalities.map((m) => m.briefFileStem));
    expect(recipients.sender.name).toBe('自治体国際化協会 ＪＥＴプログラム事業部調整課');
    expect(recipients.pressClub).toMatchObject({ organisation: '総務省記者クラブ', department: '幹事社', person: null });
  });

  it('copies the organiser\'s address when it names no cc', async () => {
    const data = editionWith([
      { file: 'recipients.json', find: '"cc": ["jet-chosei@clair.example.jp"],\n', replace: '' },
      { file: 'organiser.json', find: '"tel": "03-5213-1727",', replace: '"tel": "03-5213-1727", "email": "contact@clair.example.jp",' },
    ]);
    expect((await loadEdition({ dataDir: data })).recipients!.cc).toEqual(['contact@clair.example.jp']);
  });

  it('makes no part of the input hash: a new address does not ask for a new build', async () => {
    const before = await loadEdition({ dataDir: editionWith() });
    const after = await loadEdition({ dataDir: editionWith([{ file: 'recipients.json', find: 'kanko@hamada.example.jp', replace: 'kanko2@hamada.example.jp' }]) });
    expect(after.inputHash).toBe(before.inputHash);
    const without = await loadEdition({ dataDir: editionWith([{ file: 'recipients.json', delete: true }]) });
    expect(without.recipients).toBeNull();
    expect(without.inputHash).toBe(before.inputHash);
  });
});
