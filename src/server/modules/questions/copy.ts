import type { Tx } from '../../db/client.ts';
import type { Principal } from '../../lib/principal.ts';
import { approvedOf, insertQuestion } from './repository.ts';

/**
 * Copies every approved question of one edition into another as a draft (its approved
 * text as version 1), mapping objectives through `objectiveMap`. Returns how many were copied.
 */
export async function copyApprovedQuestions(
  tx: Tx,
  actor: Principal,
  fromEditionId: string,
  toEditionId: string,
  objectiveMap: Map<string, string>,
): Promise<number> {
  let copied = 0;
  for (const { question, version } of await approvedOf(tx, fromEditionId)) {
    const objectiveId = objectiveMap.get(version.objectiveId);
    if (!objectiveId) continue;
    await insertQuestion(tx, {
      editionId: toEditionId,
      objectiveId,
      content: version.content,
      authorId: actor.id,
      copiedFromId: question.id,
      action: 'copied',
    });
    copied++;
  }
  return copied;
}
