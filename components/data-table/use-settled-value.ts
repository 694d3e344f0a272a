"use client";

import { useState } from "react";

/**
 * Search-as-you-type without a timer: a change made while nothing is loading is sent at once, and
 * while a request is in flight later changes are coalesced into the newest value, sent when it
 * lands. A fixed debounce would add its whole delay to every keystroke; this adds none when the
 * server is fast and still keeps at most one list request per technician in flight when it is not.
 *
 * The commit happens during render (React's "adjust state while rendering" pattern), not in an
 * effect, so an idle keystroke reaches the query in the same render instead of one commit later.
 */
export function useSettledValue<T>(value: T, busy: boolean): T {
  const [settled, setSettled] = useState(value);
  if (!busy && !Object.is(value, settled)) {
    setSettled(value);
    return value;
  }
  return settled;
}
