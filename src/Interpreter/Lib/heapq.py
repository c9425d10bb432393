"""Heap queue algorithm (a.k.a. priority queue), FatSharp's implementation.

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k,
counting elements from 0.  The smallest element is always a[0].
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, name):
    if not isinstance(heap, list):
        raise TypeError(f"{name}() argument 1 must be list, not {type(heap).__name__}")


def _bubble_up(heap, top, pos, less):
    # Move heap[pos] towards the root while it is smaller than its parent.
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if less(item, above):
            heap[pos] = above
            pos = parent
            continue
        break
    heap[pos] = item


def _sink(heap, pos, less):
    # Walk the hole at pos down to a leaf along the smaller children, then
    # bubble the displaced item up from there (fewer comparisons on average).
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not less(heap[child], heap[right]):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, top, pos, less)


def _lt(a, b):
    return a < b


def _gt(a, b):
    return b < a


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, 'heappush')
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1, _lt)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sink(heap, 0, _lt)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0, _lt)
    return smallest


def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0, _lt)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    if not isinstance(x, list):
        raise TypeError(f"heapify() argument must be list, not {type(x).__name__}")
    for i in reversed(range(len(x) // 2)):
        _sink(x, i, _lt)


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _sink(x, i, _gt)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sink(heap, 0, _gt)
        return largest
    return last


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sink(heap, 0, _gt)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator.
    Equal elements keep the order of their input streams.
    """
    # Each entry is [sort key, stream index, value, iterator]; the stream
    # index breaks ties so earlier streams win and values are never compared.
    entries = []
    for index, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            k = value if key is None else key(value)
            entries.append([k, index if not reverse else -index, value, it])
            break
    if reverse:
        def less(a, b):
            if b[0] < a[0]:
                return True
            if a[0] < b[0]:
                return False
            return a[1] > b[1]
    else:
        def less(a, b):
            if a[0] < b[0]:
                return True
            if b[0] < a[0]:
                return False
            return a[1] < b[1]
    for i in reversed(range(len(entries) // 2)):
        _sink(entries, i, less)
    while entries:
        top = entries[0]
        yield top[2]
        for value in top[3]:
            top[0] = value if key is None else key(value)
            top[2] = value
            _sink(entries, 0, less)
            break
        else:
            last = entries.pop()
            if entries:
                entries[0] = last
                _sink(entries, 0, less)


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n <= 0:
        # Still consume nothing, as the documented equivalent would not.
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
