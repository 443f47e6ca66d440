// Answers the web worker server's request for a `.privacy-policy.json` candidate: the worker
// has no file system, so the client reads it through VS Code's workspace file system, which
// works for any scheme a file system provider serves (file, vscode-vfs on github.dev, …).
import * as vscode from 'vscode';
import type { ReadProjectFileParams, ReadProjectFileResult } from '../../server/src/protocol';

export async function readProjectFile(p: ReadProjectFileParams): Promise<ReadProjectFileResult> {
  let uri: vscode.Uri;
  let stat: vscode.FileStat;
  try {
    uri = vscode.Uri.parse(String(p?.uri), true);
    stat = await vscode.workspace.fs.stat(uri);
  } catch {
    // Not found, or a folder above the workspace that no provider serves: no project file there.
    return null;
  }
  if ((stat.type & vscode.FileType.File) === 0) return null;
  const maxBytes = typeof p.maxBytes === 'number' ? p.maxBytes : 1024 * 1024;
  if (stat.size > maxBytes) return { size: stat.size };
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return { size: bytes.byteLength, text: new TextDecoder('utf-8').decode(bytes) };
  } catch (e) {
    return { size: stat.size, error: (e as Error)?.message ?? String(e) };
  }
}
