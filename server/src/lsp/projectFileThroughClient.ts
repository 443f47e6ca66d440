// The language server's reader of `.privacy-policy.json` candidates where it has no file system
// (the web worker) or the file is not on the local disk (a virtual workspace): it asks the
// client, which reads the file through `vscode.workspace.fs` (client/src/projectFile.ts).
import { ErrorCodes, type Connection } from 'vscode-languageserver';
import { decodedUri, PROJECT_FILE_MAX_BYTES, projectFileFromText, type ProjectFileReader } from '../files/projectFileFinder';
import { READ_PROJECT_FILE_REQUEST, ReadProjectFileParams, ReadProjectFileResult } from '../protocol';

export function readProjectFileThroughClient(connection: Connection): ProjectFileReader {
  return async (uri) => {
    const name = decodedUri(uri);
    let r: ReadProjectFileResult;
    try {
      r = await connection.sendRequest<ReadProjectFileResult>(READ_PROJECT_FILE_REQUEST, { uri, maxBytes: PROJECT_FILE_MAX_BYTES } satisfies ReadProjectFileParams);
    } catch (e) {
      // A client that does not read files for us (another editor): no project file, as before.
      if ((e as { code?: unknown })?.code === ErrorCodes.MethodNotFound) return undefined;
      // Otherwise say so rather than checking without the profile unawares.
      return { path: name, message: `${name} could not be read (${(e as Error)?.message ?? e}); it was ignored.` };
    }
    if (!r) return undefined;
    if (r.error !== undefined) return { path: name, message: `${name} could not be read (${r.error}); it was ignored.` };
    return projectFileFromText(name, r.text ?? '', r.size);
  };
}
