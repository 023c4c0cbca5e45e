/**
 * Ink draws only a final frame when it believes it runs under continuous integration (`CI`, read
 * once when Ink is imported). `review` and `quiz` reach Ink only on an interactive terminal,
 * where live frames are the point, so the flag is cleared before Ink is imported.
 */
export function allowLiveFrames(env: NodeJS.ProcessEnv = process.env): void {
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
}
