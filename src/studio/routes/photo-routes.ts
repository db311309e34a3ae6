import fs from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { contentHash } from '../../save/safe-save';
import { contentType } from '../assets';
import { checkPhoto } from '../photo-check';
import { refusals } from '../../messages/studio-refusals';
import { reply, replyBytes, replyJson, saveReplying } from '../replies';
import type { StudioContext } from '../studio-context';
import type { Routes } from './route';

interface ReleaseValue {
  photo?: { caption?: string; image?: string; alt?: string };
  [key: string]: unknown;
}

/**
 * The release's photo: shown to the page, replaced by an image chosen or dropped there (checked,
 * stored in the edition folder under a name made from its content, release.json pointed at it by
 * the same safe save as any edit, so the history keeps the photo before), or taken off. An image
 * refused is answered as a reason to show (as the import's dry run is), not as a failed request.
 */
export const photoRoutes: Routes = {
  reads: {
    /** The photo the release prints now: its file's name and its alt text, or null. */
    '/api/photo-now': async ({ studio, response }) => {
      const photo = (await releaseNow(studio))?.value.photo;
      const file = photo?.image && (await photoFile(studio.session.dataDir, photo.image));
      replyJson(response, 200, file ? { image: photo.image, alt: photo.alt ?? '' } : null);
    },
    '/api/photo-image': async ({ studio, request, response }) => {
      const release = await releaseNow(studio);
      const file = release?.value.photo?.image && (await photoFile(studio.session.dataDir, release.value.photo.image));
      if (!file) return reply(response, 404, refusals.noPhoto);
      replyBytes(response, await fs.readFile(file), contentType(file), request.method);
    },
  },
  writes: {
    '/api/photo': async (body, { studio, response }) => {
      const release = await releaseNow(studio);
      if (!release) return reply(response, 409, refusals.releaseNotJson);
      const photo = { ...release.value.photo };
      if (body.remove === true) {
        delete photo.image;
        delete photo.alt;
      } else {
        const alt = typeof body.alt === 'string' ? body.alt.trim() : '';
        if (!alt) return replyJson(response, 200, { refused: '写真に写っているもの（代替テキスト）を書いてください。写真を見られない人が音声で読みます。' });
        const bytes = typeof body.data === 'string' ? Buffer.from(body.data, 'base64') : Buffer.alloc(0);
        const checked = checkPhoto(bytes);
        if (!checked.ok) return replyJson(response, 200, { refused: checked.message });
        // Named by its content: the same photo again is the same file, another never overwrites one an older version points at.
        const name = `photo-${contentHash(bytes).slice(0, 16)}.${checked.type === 'png' ? 'png' : 'jpg'}`;
        await writeFileAtomic(path.join(studio.session.dataDir, name), bytes, { fsync: true });
        Object.assign(photo, { image: name, alt });
        if (typeof body.caption === 'string' && body.caption.trim()) photo.caption = body.caption.trim();
        if (!photo.caption) return replyJson(response, 200, { refused: '写真の説明（キャプション）を、下の「写真」の欄に書いてから保存してください。' });
      }
      const value = { ...release.value, photo };
      const baseHash = typeof body.baseHash === 'string' ? body.baseHash : release.hash;
      await saveReplying(response, () => studio.session.files.save(release.file, { value, baseHash }));
    },
  },
};

/** release.json as it is now, parsed, with its hash (null when it does not parse). */
async function releaseNow(studio: StudioContext) {
  const files = studio.session.files;
  const file = await files.locate('data', 'release.json');
  const listed = (await files.list()).find((f) => f.kind === 'data' && f.name === 'release.json');
  if (!file || !listed?.text) return null;
  try {
    return { file, hash: listed.hash, value: JSON.parse(listed.text.replace(/^\uFEFF/, '')) as ReleaseValue };
  } catch {
    return null;
  }
}

/** The photo's path when it is a plain file inside the edition folder: no way out, no link followed. */
async function photoFile(dataDir: string, image: string): Promise<string | null> {
  const root = path.resolve(dataDir);
  const file = path.resolve(root, image);
  if (!file.startsWith(`${root}${path.sep}`)) return null;
  const stat = await fs.lstat(file).catch(() => null);
  if (!stat?.isFile()) return null;
  // No folder on the way may be a link either.
  const real = await fs.realpath(file).catch(() => null);
  return real === path.join(await fs.realpath(root), path.relative(root, file)) ? file : null;
}
