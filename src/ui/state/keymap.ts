/** Keys to actions: a pure function of the key and the state (while typing a search, keys are text). */
import type { Key } from 'ink';
import type { ReviewAction } from './review-reducer.js';
import type { ReviewState } from './review-state.js';
import { VIEWS } from './review-state.js';

/** A key while a prompt (the search, the outlet filter) is open: Esc, Enter, erase, or text. */
function promptAction(input: string, key: Key, commit: ReviewAction, erase: ReviewAction, type: (text: string) => ReviewAction): ReviewAction | undefined {
  if (key.escape) return { type: 'escape' };
  if (key.return) return commit;
  if (key.backspace || key.delete) return erase;
  if (key.ctrl || key.meta || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.tab) return undefined;
  return input ? type(input) : undefined;
}

export function keyToAction(input: string, key: Key, s: ReviewState): ReviewAction | undefined {
  if (s.search.editing) return promptAction(input, key, { type: 'search-commit' }, { type: 'search-erase' }, (text) => ({ type: 'search-type', text }));
  if (s.outletFilter.editing) return promptAction(input, key, { type: 'outlet-filter-commit' }, { type: 'outlet-filter-erase' }, (text) => ({ type: 'outlet-filter-type', text }));
  if (key.escape) return { type: 'escape' };
  if (key.return) return { type: 'enter' };
  if (key.upArrow || input === 'k') return { type: 'move', by: -1 };
  if (key.downArrow || input === 'j') return { type: 'move', by: 1 };
  if (key.pageUp) return { type: 'page', by: -1 };
  if (key.pageDown || input === ' ') return { type: 'page', by: 1 };
  if (key.home || input === 'g') return { type: 'edge', to: 'first' };
  if (key.end || input === 'G') return { type: 'edge', to: 'last' };
  if (key.tab) return { type: 'outlet', by: key.shift ? -1 : 1 };
  if (key.leftArrow || input === 'h') return { type: 'outlet', by: -1 };
  if (key.rightArrow || input === 'l') return { type: 'outlet', by: 1 };
  if (key.ctrl) return undefined;
  const n = Number(input);
  if (input.length === 1 && n >= 1 && n <= VIEWS.length) return { type: 'view', view: VIEWS[n - 1]! };
  switch (input) {
    case 'q':
      return { type: 'quit' };
    case '?':
      return { type: 'help' };
    case 'f':
      return { type: 'filter' };
    case 'b':
      return { type: 'boilerplate' };
    case 'o':
      return { type: 'outlet-filter-start' };
    case 's':
      return { type: 'sort' };
    case '[':
      return { type: 'outlet-page', by: -1 };
    case ']':
      return { type: 'outlet-page', by: 1 };
    case '/':
      return { type: 'search-start' };
    case 'n':
      return { type: 'search-next', by: 1 };
    case 'N':
      return { type: 'search-next', by: -1 };
    default:
      return undefined;
  }
}

/** Keys that repeat while held down: moving, paging, switching outlet, next and previous match. */
const REPEATING_KEYS = new Set(['j', 'k', 'h', 'l', 'n', 'N', ' ']);

/**
 * The keys in one piece of input. A key held down can reach the program as several in one read
 * ("jjjj"), which Ink hands over as one string: such a run of one repeating key is that many
 * presses. Anything else of several characters (pasted text, an escape sequence Ink did not
 * recognise, a mouse report) stays whole, so it runs no command.
 */
export function splitKeys(input: string, key: Key): string[] {
  if (input.length > 1 && !key.ctrl && !key.meta && REPEATING_KEYS.has(input[0]!) && [...input].every((c) => c === input[0])) return [...input];
  return [input];
}
