/** What the backend checks of a file the user picks, and the names it suggests for new ones. */

export const maxImageBytes = 64 * 1024 * 1024;

/** JPEG, PNG or WebP by their first bytes; null for anything else. */
export function imageType(bytes: Buffer): string | null {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.subarray(0, 4).toString('ascii') === 'RIFF' && bytes.subarray(8, 12).toString('ascii') === 'WEBP')
    return 'image/webp';
  return null;
}

/** A file name safe on Windows, macOS and Linux, from a community or session name. */
export function safeFileName(name: string, extension: string): string {
  const base = name
    // Characters Windows forbids in file names, control characters included.
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base || 'rembug'}.${extension}`;
}
