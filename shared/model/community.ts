import { z } from 'zod';
import { zName, zText } from './text.js';

export const zCommunity = z.object({
  name: zName,
  desa: zText,
  kecamatan: zText,
  kabupaten: zText,
  province: zText,
  description: zText,
});
export type Community = z.infer<typeof zCommunity>;

export const zRecentFile = z.object({
  path: z.string(),
  name: z.string(),
  exists: z.boolean(),
});
export type RecentFile = z.infer<typeof zRecentFile>;
