import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/pipeline/load-edition';
import { seedDataDir } from '../support/edition-fixture';
import { onlineSessions, onlineUrls } from '../support/release-editions';

describe('the 2017 seed edition', () => {
  it('loads into the model with its counts and joins', async () => {
    const edition = await loadEdition({ dataDir: seedDataDir });
    expect(edition.projects).toHaveLength(8);
    expect(edition.groups.map((g) => g.id)).toEqual(['A', 'B']);
    expect(edition.sessions).toHaveLength(2);
    expect(edition.municipalities).toHaveLength(8);
    expect(edition.registrations).toHaveLength(0);

    const [a, b] = edition.groups;
    expect(a.municipalities.map((m) => m.displayName)).toEqual(['島根県浜田市', '愛媛県松山市', '大分県']);
    expect(b.municipalities.map((m) => m.displayName)).toEqual(['京都府', '徳島県阿南市', '北九州市', '熊本県天草市', '宮崎県都城市']);
    expect(a.session?.date).toBe('2017-10-30');
    expect([b.session?.start, b.session?.end]).toEqual(['15:45', '17:50']);
    expect(edition.sessions.map((s) => [s.mode, s.online])).toEqual([['venue', null], ['venue', null]]);
    expect(b.session?.group).toBe(b);

    const kitakyushu = edition.projects.find((p) => p.number === 6)!;
    expect(kitakyushu.municipality).toMatchObject({ fullName: '福岡県北九州市', displayName: '北九州市', code: '401005', briefFileStem: '福岡県北九州市' });
    expect(kitakyushu.group).toBe(b);
    expect([kitakyushu.start, kitakyushu.end]).toEqual(['2017-11-06', '2017-11-10']);

    expect(edition.release.date).toBe('2017-10-13');
    expect(edition.release.titleLines).toEqual(['外国人と自治体が協働して', 'JETふるさとビジョンプロジェクトを実施']);
    expect(edition.release.nextRegion).toBe('東日本');
    expect(edition.release.photo).toEqual({ caption: '日本の伝統文化（刀鍛冶）を世界に発信する元JET（H27年度：岡山県）', alt: null, image: null });
    expect(edition.programme.yearsRunning).toBe(31);
    expect(edition.programme.participants).toBe(66000);
    expect(edition.organiser.contact.persons).toEqual(['若林', '谷本', 'エリック']);
    expect(edition.attendeeKinds).toEqual(['報道', '自治体', '省庁', 'その他']);
    expect(edition.walkInRows).toBe(20);
    expect(edition.inputHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is frozen, so no writer can change what the next one reads', async () => {
    const edition = await loadEdition({ dataDir: seedDataDir });
    expect(Object.isFrozen(edition.projects[0].municipality)).toBe(true);
    expect(() => (edition.projects as unknown[]).push(1)).toThrow(TypeError);
  });
});

it('gives each session how it is held: at its venue, online, or both', async () => {
  const edition = await loadEdition({ dataDir: onlineSessions() });
  expect(edition.sessions.map(({ mode, venue, online }) => ({ mode, venue: venue?.name ?? null, online }))).toEqual([
    { mode: 'hybrid', venue: 'CLAIR本部 大会議室', online: { url: onlineUrls.A, platform: 'Zoomウェビナー' } },
    { mode: 'online', venue: null, online: { url: onlineUrls.B, platform: null } },
  ]);
});
