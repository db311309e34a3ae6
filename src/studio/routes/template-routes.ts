import { refusals } from '../../messages/studio-refusals';
import { reply, replyJson } from '../replies';
import { templateView } from '../template-values';
import type { Routes } from './route';

/**
 * Beside a template in 編集: what it produced in the latest build (its first fillings, labelled,
 * and how many there were) and the values it may use. The template is one of those listed by name.
 */
export const templateRoutes: Routes = {
  reads: {
    '/api/template-view': async ({ studio, response, query }) => {
      const session = studio.session;
      const name = query.get('name');
      if (!(await session.files.locate('template', name))) return reply(response, 404, refusals.noSuchFile);
      const fillings = session.fillings();
      // Before the first check without a problem, nothing has been produced yet.
      replyJson(response, 200, fillings ? { name, ready: true, ...templateView(fillings.get(name!)) } : { name, ready: false });
    },
  },
};
