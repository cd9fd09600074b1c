// Attaches files to the message being written, through the site's own file input, and proves it
// by the attachments the site shows.
import type { UploadSupport } from '../adapters/types';
import { queryAll, queryFirst } from './query';
import { until } from './watch';

const ATTACH_WAIT_MS = 5_000;
const MENU_WAIT_MS = 2_000;

/** Whether the site takes files of this type. */
export function takesType(uploads: UploadSupport | undefined, mimeType: string): boolean {
  const type = mimeType.toLowerCase();
  return (
    uploads?.accepts.some((accepted) =>
      accepted.endsWith('/*') ? type.startsWith(accepted.slice(0, -1)) : type === accepted,
    ) ?? false
  );
}

const fileInput = (uploads: UploadSupport) => {
  const input = queryFirst(document, uploads.input);
  return input instanceof HTMLInputElement && input.type === 'file' ? input : null;
};

/** Resolves true once the site shows every file as attached; false if it took none in time. */
export async function attachFiles(uploads: UploadSupport, files: File[]): Promise<boolean> {
  if (files.length === 0) return false;
  let input = fileInput(uploads);
  // Some sites mount their input only while the attach menu is open: open it, as a person would.
  const opener = input || !uploads.opener ? null : queryFirst(document, uploads.opener);
  if (opener instanceof HTMLElement) {
    opener.click();
    if (await until(() => fileInput(uploads) !== null, MENU_WAIT_MS)) input = fileInput(uploads);
  }
  if (!input) return false;
  const count = () => queryAll(document, uploads.attachment).length;
  const wanted = count() + files.length;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  // What the browser does after the user picks files in the dialog the site's button opens.
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // The menu we opened closes the way the user would close it.
  if (opener) input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  return until(() => count() >= wanted, ATTACH_WAIT_MS);
}

/** A file from base64 content. */
export function fileFromBase64(name: string, mimeType: string, data: string): File {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new File([bytes], name, { type: mimeType });
}
