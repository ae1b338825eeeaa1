import type { Browser } from 'playwright-core';
import type { Host } from '../../electron/core/host.js';
import { resourcesDir } from './paths.js';
import { printWithChromium } from './chromium.js';

/**
 * A Host whose dialogs answer from queues the test fills, as a user would pick files.
 * An empty queue answers "cancelled".
 */
export class TestHost implements Host {
  readonly resourcesDir = resourcesDir;
  readonly savePaths: string[] = [];
  readonly openPaths: string[] = [];
  readonly imagePaths: string[] = [];
  readonly folderPaths: string[] = [];
  readonly opened: string[] = [];
  browser: Browser | null = null;

  constructor(readonly userDataDir: string) {}

  chooseNewCommunityPath = async (): Promise<string | null> => this.savePaths.shift() ?? null;
  chooseCopyPath = async (): Promise<string | null> => this.savePaths.shift() ?? null;
  choosePdfPath = async (): Promise<string | null> => this.savePaths.shift() ?? null;
  chooseCsvPath = async (): Promise<string | null> => this.savePaths.shift() ?? null;
  chooseFolder = async (): Promise<string | null> => this.folderPaths.shift() ?? null;
  chooseCommunityToOpen = async (): Promise<string | null> => this.openPaths.shift() ?? null;
  chooseImageToOpen = async (): Promise<string | null> => this.imagePaths.shift() ?? null;

  printPdf = async (html: string, footerHtml: string): Promise<Uint8Array> => {
    if (!this.browser) throw new Error('TestHost has no browser to print with');
    return printWithChromium(this.browser, html, footerHtml);
  };

  communityOpened = (filePath: string): void => {
    this.opened.push(filePath);
  };
}
