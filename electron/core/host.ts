/**
 * What the backend needs from its surroundings: dialogs and printing. Electron provides
 * it in the shell (electron/hostElectron.ts); tests and benchmarks provide their own, so
 * the backend runs unchanged under plain Node. File paths always come from here, never
 * raw from the renderer.
 */
export interface Host {
  userDataDir: string;
  resourcesDir: string;
  chooseNewCommunityPath(suggestedFileName: string): Promise<string | null>;
  chooseCommunityToOpen(): Promise<string | null>;
  /** A photo of a paper map (JPEG, PNG or WebP). */
  chooseImageToOpen(): Promise<string | null>;
  chooseCopyPath(suggestedFileName: string): Promise<string | null>;
  choosePdfPath(suggestedFileName: string): Promise<string | null>;
  /** Where to save a CSV table (the programme overview). */
  chooseCsvPath(suggestedFileName: string): Promise<string | null>;
  /** A folder of community files to read, never write (the programme overview). */
  chooseFolder(): Promise<string | null>;
  /** Prints report HTML to an A4 PDF; `footerHtml` is repeated on every page. */
  printPdf(html: string, footerHtml: string): Promise<Uint8Array>;
  /** Told after a community file was opened (window title, OS recent documents). */
  communityOpened(filePath: string, name: string): void;
}
