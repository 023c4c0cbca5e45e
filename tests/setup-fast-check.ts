/**
 * Property tests run with a fixed seed, so a CI run is repeatable. To explore further, set
 * FC_SEED to another number (or "random") and run `npx vitest run`.
 */
import fc from 'fast-check';

const wanted = process.env.FC_SEED;
if (wanted !== 'random') fc.configureGlobal({ seed: wanted === undefined ? 20261122 : Number(wanted) });
