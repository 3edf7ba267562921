# pickle.loads of truncated, corrupted and random bytes (fuzzing) must
# raise an ordinary exception, never crash or hang.
import pickle, random

random.seed(7)


class C:
    def __init__(self):
        self.a = [1, (2.5, None)]


objs = [None, True, -1, 2**31, 2**100, 1.5, 'ab\u20ac', b'xy', bytearray(b'q'), (), (1, 2, 3, 4), [1, [2]],
        {1: 2, 'a': [3]}, {1, 2}, frozenset({3}), C(), 'x' * 300, list(range(300)), complex(1, 2), range(5), slice(1, 2), len]
corpus = [pickle.dumps(o, p) for o in objs for p in range(6)]
allowed = (pickle.UnpicklingError, EOFError, ValueError, TypeError, IndexError, KeyError, AttributeError,
           ImportError, UnicodeDecodeError, LookupError, OverflowError, MemoryError)
odd = []
results = set()
for it in range(1500):
    s = bytearray(random.choice(corpus))
    k = it % 5
    if k == 0:
        s = s[: random.randrange(len(s))]
    elif k == 1:
        for j in range(random.randrange(1, 4)):
            s[random.randrange(len(s))] = random.randrange(256)
    elif k == 2:
        s = bytearray(random.randrange(256) for i in range(random.randrange(20)))
    elif k == 3:
        i = random.randrange(len(s))
        s[i:i] = bytes([random.choice(b'(.0127FIJKLNPRSTVXabcdeghjlopqstu}])\x80\x81\x85\x86\x87\x8a\x8c\x8e\x92\x93\x94\x95\x96')])
    else:
        i = random.randrange(len(s))
        del s[i : i + random.randrange(1, 5)]
    if b'r' in s:
        continue  # LONG_BINPUT with a corrupted index: CPython's memo array takes seconds to grow
    try:
        pickle.loads(bytes(s))
        results.add('loaded')
    except allowed:
        results.add('raised')
    except Exception as e:
        odd.append((type(e).__name__, bytes(s)))
for s in [b'', b'\x80\x06.', b'\x95' + b'\xff' * 8 + b'.', b'Nr\xff\xff\xff\xff.', b'j\xff\xff\xff\xff.', b'\x84\x00\x00\x00\x80.',
          b'\x8b\x00\x00\x00\x80.', b'T\xff\xff\xff\x7f.', b'\x8d' + b'\xff' * 8, b'\x8e\x00\x00\x00\x40\x00\x00\x00\x00',
          b'(' * 5000 + b'.', b']' * 5000 + b'a' * 4999 + b'.', b'K\x01)\x81.', b'N}b.', b'K\x01K\x02\x93.', b'c\n\n.']:
    try:
        pickle.loads(s)
        results.add('loaded')
    except allowed:
        results.add('raised')
print(sorted(results), odd)
