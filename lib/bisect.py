# bisect: binary search in sorted sequences and insertion that keeps them
# sorted (the documented API of CPython's module, including key=).
# One search loop serves all four public searches; `strict` picks whether
# equal items count as "before" the probe (right) or "after" it (left).

from operator import index


def _search(seq, probe, start, stop, key, strict, probe_key=None):
    # lo/hi are C sizes in CPython: __index__ taken, floats refused, and an
    # explicit hi=-1 means len(seq) as None does
    start = index(start)
    end = -1 if stop is None else index(stop)
    # insort keys its item after converting lo/hi, before checking them
    if probe_key is not None:
        probe = probe_key(probe)
    if start < 0:
        raise ValueError('lo must be non-negative')
    if end == -1:
        end = len(seq)
    while start < end:
        mid = (start + end) >> 1
        here = seq[mid] if key is None else key(seq[mid])
        # strict: go right while here <= probe; otherwise while here < probe.
        if (probe < here) if strict else not (here < probe):
            end = mid
        else:
            start = mid + 1
    return start

def bisect_left(a, x, lo=0, hi=None, *, key=None):
    return _search(a, x, lo, hi, key, False)

def bisect_right(a, x, lo=0, hi=None, *, key=None):
    return _search(a, x, lo, hi, key, True)

def insort_left(a, x, lo=0, hi=None, *, key=None):
    # search first: a non-sequence fails there with TypeError, as in CPython
    at = _search(a, x, lo, hi, key, False, key)
    a.insert(at, x)

def insort_right(a, x, lo=0, hi=None, *, key=None):
    at = _search(a, x, lo, hi, key, True, key)
    a.insert(at, x)

bisect = bisect_right
insort = insort_right
