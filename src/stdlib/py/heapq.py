"""Heap queue algorithm (a.k.a. priority queue).

Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for
all k, counting elements from 0.  For the sake of comparison,
non-existing elements are considered to be infinite.  The interesting
property of a heap is that a[0] is always its smallest element.

Usage:

heap = []            # creates an empty heap
heappush(heap, item) # pushes a new item on the heap
item = heappop(heap) # pops the smallest item from the heap
item = heap[0]       # smallest item on the heap without popping it
heapify(x)           # transforms list into a heap, in-place, in linear time
item = heappushpop(heap, item) # pushes a new item and then returns
                               # the smallest item; the heap size is unchanged
item = heapreplace(heap, item) # pops and returns smallest item, and adds
                               # new item; the heap size is unchanged

Our API differs from textbook heap algorithms as follows:

- We use 0-based indexing.  This makes the relationship between the
  index for a node and the indexes for its children slightly less
  obvious, but is more suitable since Python uses 0-based indexing.

- Our heappop() method returns the smallest item, not the largest.

These two make it possible to view the heap as a regular Python list
without surprises: heap[0] is the smallest item, and heap.sort()
maintains the heap invariant!
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest", "heappushpop"]


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    if not isinstance(heap, list):
        raise TypeError(f"heappush() argument 1 must be list, not {type(heap).__name__}")
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if not isinstance(heap, list):
        raise TypeError(f"heappop() argument must be list, not {type(heap).__name__}")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _siftup(heap, 0)
    return top


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item.

    This is more efficient than heappop() followed by heappush(), and can be
    more appropriate when using a fixed-size heap.  Note that the value
    returned may be larger than item!  That constrains reasonable uses of
    this routine unless written as part of a conditional replacement:

        if item > heap[0]:
            item = heapreplace(heap, item)
    """
    if not isinstance(heap, list):
        raise TypeError(f"heapreplace() argument 1 must be list, not {type(heap).__name__}")
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return top


def heappushpop(heap, item):
    """Push item on the heap, then pop and return the smallest item from the heap.

    The combined action runs more efficiently than heappush() followed by
    a separate call to heappop().
    """
    if not isinstance(heap, list):
        raise TypeError(f"heappushpop() argument 1 must be list, not {type(heap).__name__}")
    if heap and heap[0] < item:
        top = heap[0]
        heap[0] = item
        _siftup(heap, 0)
        return top
    return item


def heapify(heap):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    if not isinstance(heap, list):
        raise TypeError(f"heapify() argument must be list, not {type(heap).__name__}")
    for i in range(len(heap) // 2 - 1, -1, -1):
        _siftup(heap, i)


def _heappop_max(heap):
    """Maxheap version of a heappop."""
    if not isinstance(heap, list):
        raise TypeError(f"_heappop_max() argument must be list, not {type(heap).__name__}")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _siftup_max(heap, 0)
    return top


def _heapreplace_max(heap, item):
    """Maxheap version of a heappop followed by a heappush."""
    if not isinstance(heap, list):
        raise TypeError(f"_heapreplace_max() argument 1 must be list, not {type(heap).__name__}")
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return top


def _heapify_max(heap):
    """Maxheap variant of heapify."""
    if not isinstance(heap, list):
        raise TypeError(f"_heapify_max() argument must be list, not {type(heap).__name__}")
    for i in range(len(heap) // 2 - 1, -1, -1):
        _siftup_max(heap, i)


def _siftdown(heap, startpos, pos):
    # Move the item at `pos` up towards `startpos` past every parent larger than it.
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if item < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


def _siftup(heap, pos):
    # Floyd's bottom-up variant: walk the smaller child down to a leaf without comparing
    # against the moving item, then sift the item back up from there (fewer comparisons on
    # average, since the item usually belongs near the bottom).
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = item
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    """Maxheap variant of _siftdown"""
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < item:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


def _siftup_max(heap, pos):
    """Maxheap variant of _siftup"""
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = item
    _siftdown_max(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]

    If *key* is not None, applies a key function to each element to determine
    its sort order.

    >>> list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len))
    ['dog', 'cat', 'fish', 'horse', 'kangaroo']

    """
    # Each heap entry is [sort key, input number, value, iterator]: the input number
    # breaks ties, so equal items come out in input order and values never compare.
    if reverse:
        push_order, pop, replace = _heapify_max, _heappop_max, _heapreplace_max
        step = -1
    else:
        push_order, pop, replace = heapify, heappop, heapreplace
        step = 1
    h = []
    for order, it in enumerate(map(iter, iterables)):
        try:
            value = next(it)
        except StopIteration:
            continue
        h.append([value if key is None else key(value), order * step, value, it])
    push_order(h)
    while len(h) > 1:
        try:
            while True:
                entry = h[0]
                yield entry[2]
                value = next(entry[3])
                entry[0] = value if key is None else key(value)
                entry[2] = value
                replace(h, entry)
        except StopIteration:
            pop(h)
    if h:
        entry = h[0]
        yield entry[2]
        yield from entry[3]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    # A max-heap of the n smallest seen so far, each entry (key, arrival, element): the
    # arrival number breaks ties so equal keys keep their order and elements are never
    # compared. An element replaces the top only when strictly smaller. The comparisons are
    # CPython's, in the same order, so a key or an element whose comparison fails or
    # has side effects behaves the same.
    it = iter(iterable)
    if key is None:
        kept = [(elem, i) for i, elem in zip(range(n), it)]
    else:
        kept = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not kept:
        return kept
    _heapify_max(kept)
    top = kept[0][0]
    arrival = n
    for elem in it:
        k = elem if key is None else key(elem)
        if k < top:
            _heapreplace_max(kept, (k, arrival) if key is None else (k, arrival, elem))
            top = kept[0][0]
            arrival += 1
    kept.sort()
    return [entry[-1] if key is not None else entry[0] for entry in kept]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    # A min-heap of the n largest seen so far, as in `nsmallest` with the order reversed:
    # arrivals count down, so among equal keys the earlier element ranks higher.
    it = iter(iterable)
    if key is None:
        kept = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
    else:
        kept = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not kept:
        return kept
    heapify(kept)
    top = kept[0][0]
    arrival = -n
    for elem in it:
        k = elem if key is None else key(elem)
        if top < k:
            heapreplace(kept, (k, arrival) if key is None else (k, arrival, elem))
            top = kept[0][0]
            arrival -= 1
    kept.sort(reverse=True)
    return [entry[-1] if key is not None else entry[0] for entry in kept]
