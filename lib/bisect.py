# bisect: binary search in sorted sequences and insertion that keeps them
# sorted (the documented API of CPython's module, including key=).
# One search loop serves all four public searches; `strict` picks whether
# equal items count as "before" the probe (right) or "after" it (left).


def _search(seq, probe, start, stop, key, strict):
    if start < 0:
        raise ValueError('lo must be non-negative')
    end = len(seq) if stop is None else stop
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
    at = _search(a, x if key is None else key(x), lo, hi, key, False)
    a.insert(at, x)

def insort_right(a, x, lo=0, hi=None, *, key=None):
    at = _search(a, x if key is None else key(x), lo, hi, key, True)
    a.insert(at, x)

bisect = bisect_right
insort = insort_right
