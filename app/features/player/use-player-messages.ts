import type { Row } from '@rocicorp/zero';
import { useQuery } from '@rocicorp/zero/react';
import { useState } from 'react';
import { queries } from '../../../schema/queries/index.ts';
import { PLAYER_MAX, PLAYER_PAGE } from '../../../schema/queries/limits.ts';

export type PlayerMessage = Row<ReturnType<typeof queries.player.normal>>;

/**
 * PLY-1's list (query `player.normal`), live, newest first; grows a page at a time up to
 * the query's cap.
 */
export function usePlayerMessages() {
  const [limit, setLimit] = useState(PLAYER_PAGE);
  const [messages, details] = useQuery(queries.player.normal({ limit }));
  return {
    messages,
    details,
    canLoadMore: messages.length >= limit && limit < PLAYER_MAX,
    loadMore: () => setLimit((l) => Math.min(l + PLAYER_PAGE, PLAYER_MAX)),
  };
}
