import { call } from '../../api.js';

/** Longest side of a stored photo: about A4 width at 300 dpi, sharp on paper. */
export const maxPhotoPixels = 2400;

function base64ToBytes(data: string): Uint8Array {
  const text = atob(data);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function bytesToBase64(bytes: Uint8Array): string {
  let text = '';
  // In chunks: one huge argument list would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

export class DamagedImage extends Error {}

/**
 * Lets the user pick a photo of the paper map, scales it down in the page (the browser
 * decodes JPEG, PNG and WebP) and stores only the scaled JPEG in the community file.
 * Null when the dialog was cancelled.
 */
export async function importPhoto(): Promise<{ id: string; width: number; height: number } | null> {
  const picked = await call('photo.pick', {});
  if (!picked) return null;
  const blob = new Blob([base64ToBytes(picked.data) as BlobPart], { type: picked.mime });
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    throw new DamagedImage(picked.fileName);
  }
  const scale = Math.min(1, maxPhotoPixels / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const jpeg = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new DamagedImage(picked.fileName))), 'image/jpeg', 0.85),
  );
  const data = bytesToBase64(new Uint8Array(await jpeg.arrayBuffer()));
  const { id } = await call('photo.store', { data, width, height });
  return { id, width, height };
}

/** The stored photo as an image element, ready for the canvas. */
export async function loadPhoto(id: string): Promise<HTMLImageElement> {
  const { data } = await call('photo.get', { id });
  const image = new Image();
  image.src = `data:image/jpeg;base64,${data}`;
  await image.decode();
  return image;
}
