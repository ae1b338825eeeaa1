import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channels } from '#shared/ipc/contract.js';
import { errorCodes } from '#shared/result.js';
import { village } from '../support/coreFixtures.js';
import { malformedPayloads, oddChannels } from '../support/malformed.js';
import { tempDir } from '../support/paths.js';

vi.mock('electron', async () => (await import('./fakeElectron.js')).fakeElectronModule());
const { recorded } = await import('./fakeElectron.js');
const electron = (await import('electron')) as unknown as {
  dialog: { showSaveDialog: ReturnType<typeof vi.fn> };
};

type IpcHandler = (event: unknown, channel: unknown, input: unknown) => Promise<unknown>;
const appPage = { senderFrame: { parent: null, url: 'app://rembug/index.html' } };

/** What the page must get back, whatever it sent: data, `{ok, value}` or `{ok: false, error}`. */
function expectResult(answer: unknown, what: string): { ok: boolean; error?: { code: string } } {
  expect(answer, what).toBeTypeOf('object');
  const result = answer as { ok: boolean; error?: { code: string; message: string } };
  expect(typeof result.ok, what).toBe('boolean');
  if (!result.ok) {
    expect(errorCodes, what).toContain(result.error?.code);
    expect(result.error?.message, what).toBeTypeOf('string');
  }
  // It crosses IPC by structured clone: nothing in it may be a function or a symbol.
  expect(() => structuredClone(answer), what).not.toThrow();
  return result;
}

/** Calls the handler as ipcMain would; a throw or a rejection fails the test with what was sent. */
async function ask(handler: IpcHandler, event: unknown, channel: unknown, input: unknown, what: string) {
  let answer: unknown;
  try {
    answer = await handler(event, channel, input);
  } catch (error) {
    throw new Error(`the IPC handler threw for ${what}: ${String(error)}`, { cause: error });
  }
  return expectResult(answer, what);
}

describe("the shell's IPC handler answers data for anything", () => {
  let handler: IpcHandler;
  beforeAll(async () => {
    recorded.userData = tempDir('ipc-fuzz-userdata');
    await import('../../electron/main.js');
    await new Promise((r) => setTimeout(r, 20));
    handler = recorded.ipcHandlers.get('rembug:invoke') as IpcHandler;
    // An open community, so that the payloads reach past "no community open".
    const file = path.join(tempDir('ipc-fuzz'), 'cibodas.rembug');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    expect(await handler(appPage, 'community.create', village)).toMatchObject({ ok: true });
  });

  it('a channel that is no channel name (throwing toString, Symbol, Proxy, null, 5 MB) is refused as data', async () => {
    for (const [i, channel] of oddChannels().entries()) {
      for (const input of [{}, null, undefined, ...malformedPayloads({}, 8, 7 + i)]) {
        const result = await ask(handler, appPage, channel, input, `odd channel #${i}`);
        expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
      }
    }
  });

  it('a hostile or broken sender is refused as data', async () => {
    const trap = () => {
      throw new Error('trap');
    };
    const senders = [
      {},
      null,
      { senderFrame: null },
      { senderFrame: { parent: undefined, url: 'app://rembug/index.html' } },
      {
        senderFrame: {
          parent: null,
          get url(): string {
            throw new Error('frame disposed');
          },
        },
      },
      { senderFrame: new Proxy({}, { get: trap }) },
      new Proxy({}, { get: trap }),
    ];
    for (const [i, event] of senders.entries()) {
      const result = await ask(handler, event, 'settings.get', {}, `sender #${i}`);
      expect(result.ok, `sender #${i}`).toBe(false);
    }
  });

  it('200 malformed payloads on every channel each come back as a Result', async () => {
    let refused = 0;
    for (const [index, channel] of channels.entries()) {
      for (const input of malformedPayloads({ id: 'x', sessionId: 'y', title: 'z' }, 200, 5000 + index)) {
        const result = await ask(handler, appPage, channel, input, channel);
        if (!result.ok) refused += 1;
      }
    }
    expect(refused).toBeGreaterThan(channels.length * 200 * 0.9);
  }, 120_000);
});
