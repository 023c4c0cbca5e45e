import { Text } from 'ink';
import type { DiffPart } from '../../exercise/question.js';
import { sanitizeForTerminal } from '../../terminal/sanitize.js';

/** A word diff on one line: cut words [-red-], added words {+green+} (the brackets read without colour). */
export function DiffLine({ parts }: { parts: DiffPart[] }) {
  return (
    <Text>
      {parts.map((p, i) => {
        const text = sanitizeForTerminal(p.text);
        if (p.kind === 'same') return <Text key={i}>{text}</Text>;
        return p.kind === 'removed' ? (
          <Text key={i} color="red" strikethrough>{`[-${text}-]`}</Text>
        ) : (
          <Text key={i} color="green">{`{+${text}+}`}</Text>
        );
      })}
    </Text>
  );
}
