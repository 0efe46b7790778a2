/** Keeps the best `limit` items seen, in O(log limit) per item: a heap with the worst kept item on top. */
export class TopN<T> {
  private readonly heap: T[] = [];

  constructor(
    private readonly limit: number,
    private readonly isBetter: (a: T, b: T) => boolean,
  ) {}

  offer(item: T): void {
    const heap = this.heap;
    if (heap.length < this.limit) {
      heap.push(item);
      this.siftUp(heap.length - 1);
    } else if (this.limit > 0 && this.isBetter(item, heap[0])) {
      heap[0] = item;
      this.siftDown(0);
    }
  }

  /** The kept items, best first. */
  best(): T[] {
    return [...this.heap].sort((a, b) => (this.isBetter(a, b) ? -1 : this.isBetter(b, a) ? 1 : 0));
  }

  private siftUp(index: number): void {
    const heap = this.heap;
    for (let child = index; child > 0; ) {
      const parent = (child - 1) >> 1;
      if (!this.isBetter(heap[parent], heap[child])) return;
      [heap[parent], heap[child]] = [heap[child], heap[parent]];
      child = parent;
    }
  }

  private siftDown(index: number): void {
    const heap = this.heap;
    for (let parent = index; ; ) {
      let worst = parent;
      for (let child = 2 * parent + 1; child <= 2 * parent + 2 && child < heap.length; child++) {
        if (this.isBetter(heap[worst], heap[child])) worst = child;
      }
      if (worst === parent) return;
      [heap[parent], heap[worst]] = [heap[worst], heap[parent]];
      parent = worst;
    }
  }
}
