import path from 'node:path';
import { sampleFileName } from '../electron/core/backend.js';
import { buildSampleCommunity } from '../electron/core/sample/sampleCommunity.js';

// Writes resources/sample/desa-sukamaju.rembug from the sample's source.
const target = path.resolve(process.argv[2] ?? path.join('resources', 'sample', sampleFileName));
buildSampleCommunity(target);
console.log(`sample community written to ${target}`);
