# islice's argument checks in CPython's order, with its messages: a stop that
# is no index (or -1) has its own, other negative values share 'Indices'
import itertools
for a in [(0, -1), (-1,), (-2,), ('x',), (2**70,), (-2**70,), (0, -2), ('2', -2), (1, '2'), (0, None, -1), (0, 1.0), (1.0,), (None, 2), (0, 5, 0), (0, 5, 'x'), (0, 5, 2), (1, None, None), (2**70, 3), (-2**70, 3), (-1, 3), (0, 2**70), (0, -2**70), (None,), (0, 5, -2**70), (2, 4, True)]:
    try: print(a, list(itertools.islice(range(5), *a)))
    except Exception as e: print(a, type(e).__name__, e)
