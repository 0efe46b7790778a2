/**
 * Smallest edit distance (insert, delete, substitute, swap adjacent) between `query` and any prefix of `target`,
 * or maxDistance + 1 when it exceeds maxDistance. Matching against prefixes lets a half-typed word with a typo
 * ('schoonmak', 'hovenir') find its full form.
 */
export function prefixEditDistance(query: string, target: string, maxDistance: number): number {
  const columns = target.length + 1;
  let previousPrevious = new Array<number>(columns).fill(0);
  let previous = Array.from({ length: columns }, (_, j) => j);
  let current = new Array<number>(columns).fill(0);
  for (let i = 1; i <= query.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j < columns; j++) {
      const substitution = query[i - 1] === target[j - 1] ? 0 : 1;
      let cost = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution);
      if (i > 1 && j > 1 && query[i - 1] === target[j - 2] && query[i - 2] === target[j - 1]) {
        cost = Math.min(cost, previousPrevious[j - 2] + 1);
      }
      current[j] = cost;
      if (cost < rowMinimum) rowMinimum = cost;
    }
    if (rowMinimum > maxDistance) return maxDistance + 1;
    [previousPrevious, previous, current] = [previous, current, previousPrevious];
  }
  return Math.min(...previous);
}
