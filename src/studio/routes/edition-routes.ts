import path from 'node:path';
import { UsageError } from '../../problems/diagnostics';
import { newEdition } from '../../edition/new-edition';
import { reply, replyJson } from '../replies';
import type { Routes } from './route';
import { refusals } from '../../messages/studio-refusals';

/** Which edition is open, switching to another, and making a new one from the open one or another. */
export const editionRoutes: Routes = {
  reads: {
    '/api/editions': async ({ studio, response }) => replyJson(response, 200, { current: studio.session.dataDir, choices: await studio.editionChoices(), canCreate: studio.options.editionsDir !== undefined }),
  },
  writes: {
    '/api/edition': async (body, { studio, response }) => {
      const choices = await studio.editionChoices();
      if (typeof body.dataDir !== 'string' || !choices.includes(body.dataDir)) return reply(response, 404, refusals.noSuchEdition);
      await studio.switchTo(body.dataDir);
      replyJson(response, 200, { dataDir: body.dataDir });
    },
    '/api/new-edition': async (body, { studio, response }) => {
      const { editionsDir } = studio.options;
      if (!editionsDir) return reply(response, 404, refusals.noEditionsFolder);
      if (typeof body.name !== 'string' || !/^[0-9A-Za-z][0-9A-Za-z_-]{0,39}$/.test(body.name)) return reply(response, 400, refusals.editionName);
      const from = typeof body.from === 'string' ? body.from : studio.session.dataDir;
      if (!(await studio.editionChoices()).includes(from)) return reply(response, 404, refusals.noSuchSourceEdition);
      const target = path.join(editionsDir, body.name);
      try {
        await newEdition(from, target);
      } catch (error) {
        if (error instanceof UsageError) return reply(response, 409, { ja: error.japanese, en: error.message });
        throw error;
      }
      await studio.switchTo(target);
      replyJson(response, 200, { dataDir: target });
    },
  },
};
