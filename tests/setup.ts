/**
 * Test set-up, run before each test file.
 * - Property tests run with a fixed seed, so a CI run is repeatable. To explore further, set
 *   FC_SEED to another number (or "random") and run `npx vitest run`.
 * - Ink draws only a final frame under CI (it reads `CI` when imported); the Ink tests read every
 *   frame, as a user on a terminal sees them, so the flag is cleared before they import Ink.
 */
import fc from 'fast-check';
import { allowLiveFrames } from '../src/terminal/interactive-ink.js';

const wanted = process.env.FC_SEED;
if (wanted !== 'random') fc.configureGlobal({ seed: wanted === undefined ? 20261122 : Number(wanted) });
allowLiveFrames();
