import { reply, replyJson } from '../replies';
import type { Routes } from './route';
import { refusals } from '../../messages/studio-refusals';

/** The パケットを作成 button: the packet written to the output folder, one run at a time. */
export const packetRoutes: Routes = {
  writes: {
    '/api/packet': async (_body, { studio, response }) => {
      if (studio.packetRunning) return reply(response, 409, refusals.packetRunning);
      replyJson(response, 200, await studio.makePacket());
    },
  },
};
