import { reply, replyJson } from '../replies';
import type { Routes } from './route';

/** Sign-up lists dropped on the page, imported as `npm run import-registrations` imports them. */
export const importRoutes: Routes = {
  writes: {
    '/api/import-registrations': async (body, { studio, response }) => {
      const { importFromPage } = await import('../import-route');
      const { registrationsFile, user } = studio.options;
      const answer = await importFromPage(body, { dataDir: studio.session.dataDir, ...(registrationsFile ? { registrationsFile } : {}) }, studio.now(), user ?? undefined);
      if (answer.status === 400) return reply(response, 400, answer.message);
      replyJson(response, 200, answer.report);
    },
  },
};
