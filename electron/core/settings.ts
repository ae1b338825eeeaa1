import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { defaultLanguage, languages, type Language } from '#shared/i18n/languages.js';
import type { RecentFile } from '#shared/model/community.js';

const zSettings = z.object({
  language: z.enum(languages).catch(defaultLanguage),
  recent: z.array(z.object({ path: z.string(), name: z.string() })).catch([]),
});
type Settings = z.infer<typeof zSettings>;

const maxRecent = 10;

/**
 * A small JSON file in the app's user-data folder. A damaged settings file falls back to
 * defaults instead of stopping the app; it holds nothing that cannot be rebuilt.
 */
export class SettingsStore {
  private readonly file: string;
  private settings: Settings;

  constructor(userDataDir: string) {
    this.file = path.join(userDataDir, 'settings.json');
    this.settings = this.read();
  }

  private read(): Settings {
    try {
      return zSettings.parse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
    } catch {
      return { language: defaultLanguage, recent: [] };
    }
  }

  private write(): void {
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(this.settings, null, 2));
      fs.renameSync(tmp, this.file);
    } catch {
      // Settings are a convenience: failing to remember them must not block the work.
    }
  }

  get language(): Language {
    return this.settings.language;
  }

  setLanguage(language: Language): void {
    this.settings.language = language;
    this.write();
  }

  recent(): RecentFile[] {
    return this.settings.recent.map((r) => ({ ...r, exists: fs.existsSync(r.path) }));
  }

  isRecent(filePath: string): boolean {
    return this.settings.recent.some((r) => r.path === filePath);
  }

  remember(filePath: string, name: string): void {
    this.settings.recent = [{ path: filePath, name }, ...this.settings.recent.filter((r) => r.path !== filePath)].slice(
      0,
      maxRecent,
    );
    this.write();
  }

  forget(filePath: string): void {
    this.settings.recent = this.settings.recent.filter((r) => r.path !== filePath);
    this.write();
  }
}
