/**
 * The child process of the crash suite: the real backend, driven through the real
 * dispatcher, saving in a loop until it is killed. It writes one line to stdout per
 * finished request, with a direct write(2) on fd 1 so that the line leaves the process
 * at once and shows in an strace as one `write(1, "ACK …")`:
 *
 *   READY                                   the file is open; saving starts
 *   ACK <n> participant <name>              participant.add answered ok
 *   ACK <n> session <notes>                 session.update answered ok
 *   ACK <n> exercise <version> <text>       exercise.save answered ok
 *   FAIL <n> <code> <message>               a request answered an error (the parent fails the test)
 *
 * Operation n is `operationOf(n)` (protocol.ts), so the parent knows which request was in flight
 * when it killed the child. Run by the parent as a bundle (see bundleChild.ts):
 *   node saveLoop.mjs <community file> <user-data folder> <first n> [<how many, else until killed>]
 */
import fs from 'node:fs';
import type { StatementDocument } from '#shared/exercises/framing/schema.js';
import type { Channel, ChannelInput, ChannelOutput } from '#shared/ipc/contract.js';
import type { Result } from '#shared/result.js';
import { Backend } from '../../electron/core/backend.js';
import { dispatch } from '../../electron/core/dispatcher.js';
import type { Host } from '../../electron/core/host.js';
import { operationOf, participantName, sessionNotes, statementText } from './protocol.js';

function say(line: string): void {
  fs.writeSync(1, `${line}\n`);
}

/** Only what opening a file needs: the file comes from the "open" dialog, nothing prints. */
function hostFor(filePath: string, userDataDir: string): Host {
  const refuse = async (): Promise<never> => {
    throw new Error('not used by the crash child');
  };
  return {
    userDataDir,
    resourcesDir: userDataDir,
    chooseCommunityToOpen: async () => filePath,
    chooseNewCommunityPath: async () => null,
    chooseImageToOpen: async () => null,
    chooseCopyPath: async () => null,
    choosePdfPath: async () => null,
    chooseCsvPath: async () => null,
    chooseFolder: async () => null,
    printPdf: refuse,
    communityOpened: () => undefined,
  };
}

async function main(): Promise<void> {
  const [filePath, userDataDir, firstArg, countArg] = process.argv.slice(2);
  if (!filePath || !userDataDir || !firstArg) throw new Error('usage: saveLoop <file> <user-data> <first n> [count]');
  const first = Number(firstArg);
  const last = countArg ? first + Number(countArg) : Infinity;

  const backend = new Backend(hostFor(filePath, userDataDir));
  const call = async <C extends Channel>(n: number, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = (await dispatch(backend.handlers, channel, input)) as Result<ChannelOutput<C>>;
    if (!result.ok) {
      say(`FAIL ${n} ${result.error.code} ${result.error.message.replace(/\s+/g, ' ').slice(0, 300)}`);
      process.exit(1);
    }
    return result.value;
  };

  const opened = await call(first, 'community.openDialog', {});
  const sessionId = opened?.sessions[0]?.id;
  if (!sessionId) throw new Error('the crash file has no session');
  const session = await call(first, 'session.get', { id: sessionId });
  const exerciseId = session.exercises[0]?.id;
  if (!exerciseId) throw new Error('the crash file has no exercise');
  const exercise = await call(first, 'exercise.get', { id: exerciseId });
  const { participants: _participants, exercises: _exercises, id: _id, ...fields } = session;
  let version = exercise.version;
  const body = exercise.body as StatementDocument;
  // The fsync trace's control run weakens durability on purpose, to show the trace check catches it.
  const weakerSync = process.env.CRASH_CHILD_SYNCHRONOUS;
  if (weakerSync === 'NORMAL' || weakerSync === 'OFF') backend.openFile?.db.pragma(`synchronous = ${weakerSync}`);
  say('READY');

  for (let n = first; n < last; n++) {
    switch (operationOf(n)) {
      case 'participant': {
        const name = participantName(n);
        await call(n, 'participant.add', {
          sessionId,
          fields: { name, gender: 'female', ageGroup: 'adult', group: 'PKK' },
        });
        say(`ACK ${n} participant ${name}`);
        break;
      }
      case 'session': {
        const notes = sessionNotes(n);
        await call(n, 'session.update', { id: sessionId, fields: { ...fields, notes } });
        say(`ACK ${n} session ${notes}`);
        break;
      }
      case 'exercise': {
        const text = statementText(n);
        ({ version } = await call(n, 'exercise.save', {
          id: exerciseId,
          baseVersion: version,
          body: { ...body, text },
        }));
        say(`ACK ${n} exercise ${version} ${text}`);
        break;
      }
    }
  }
  await call(last, 'community.close', {});
}

main().catch((error: unknown) => {
  say(`FAIL - crashed ${String(error instanceof Error ? error.stack : error).replace(/\s+/g, ' ')}`);
  process.exit(1);
});
