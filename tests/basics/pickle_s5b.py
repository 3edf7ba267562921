# pickle of built-in types in every protocol: the bytes must equal CPython's
# and loads must rebuild equal values
import pickle, sys, collections
class A:
    def __init__(self): self.x = 1; self.y = [1, 'a']
    def __eq__(self, o): return type(o) is A and self.__dict__ == o.__dict__
class S:
    __slots__ = ('a', 'b')
vals = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31-1, 2**31, 2**40, -2**63, 2**100, -2**100,
        1.5, -0.0, float('inf'), 1e300, 1j, 'abc', '', 'é\u20ac\U0001f600', 'a\\b\nc\r\x00\x1a', b'', b'abc', b'\xff\x00',
        bytearray(), bytearray(b'xy'), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {'a': 1}, {'a': 1, 2: 'b'},
        set(), {1}, frozenset(), frozenset([2]), range(3), range(1, 10, 2), slice(1, 2), slice(None, 3),
        len, A, collections.OrderedDict, type(None), ..., NotImplemented, [[1]] * 3, list(range(1200)),
        {i: i for i in range(1003)}, dict.fromkeys, str, range, ValueError, KeyError('k'), collections.OrderedDict(a=1),
        collections.deque([1, 2]), collections.defaultdict(list, a=[1]), A()]
t = (1, 2)
vals.append([t, t])
for v in vals:
    for p in range(6):
        try:
            d = pickle.dumps(v, p)
        except Exception as e:
            print(p, type(e).__name__, e); continue
        r = pickle.loads(d)
        ok = r == v or (v != v) or repr(r) == repr(v)
        if len(d) < 200: print(p, d, ok)
        else: print(p, len(d), d[:40], d[-40:], ok)
s = S(); s.a = 5
for p in range(6):
    try: d = pickle.dumps(s, p); print(p, d, pickle.loads(d).a)
    except Exception as e: print(p, type(e).__name__, e)
l = [1]; l.append(l)
for p in range(6):
    d = pickle.dumps(l, p); r = pickle.loads(d); print(p, d, r[1] is r)
tt = ([],); tt[0].append(tt)
for p in range(6):
    d = pickle.dumps(tt, p); r = pickle.loads(d); print(p, d, r[0][0] is r)
# frames around big payloads (protocol 4 and 5) and long batches
big = [b'x' * 70000, 'y' * 70000, list(range(20000)), bytearray(b'z' * 66000), {"k%d" % i: i for i in range(3000)}, {1: 2}]
for p in range(6):
    d = pickle.dumps(big, p)
    print(p, len(d), sum(d), d[:24], pickle.loads(d) == big)
s = set(range(2000))
for p in (3, 4, 5):
    d = pickle.dumps(s, p)
    print(p, len(d), pickle.loads(d) == s)
