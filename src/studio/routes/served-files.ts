import { readAsset, replyBytes, replyFile, replyJson } from '../replies';
import type { Asset } from '../assets';
import type { RouteContext } from './route';

/**
 * What is not a route: the documents of the preview (at the addresses the preview lists) and the
 * page's own files. Answers and says true when the path is one of them.
 */
export async function serveFile({ studio, request, response }: RouteContext, pathname: string, assets: ReadonlyMap<string, Asset>): Promise<boolean> {
  const preview = studio.openSession?.live.state.preview;
  if (preview && pathname === preview.index.workbook?.sheetsUrl) {
    replyJson(response, 200, await preview.sheets());
    return true;
  }
  const built = preview?.files.get(pathname);
  if (built) {
    replyFile(response, built, request.method);
    return true;
  }
  const asset = assets.get(pathname);
  if (!asset) return false;
  replyBytes(response, await readAsset(asset), asset.type, request.method, 'public, max-age=3600');
  return true;
}
