# Program generators for the library modules (strategy "modules" of fuzz.py):
# heapq, hashlib, struct, binascii, json, collections, re, platform, help(),
# round(), str/bytes methods and int/float conversions. Each case is a short
# program of independent statements; every statement catches its own
# exception and prints the type, so one TypeError does not hide the rest.
#
# The values are chosen to reach the corners where C code goes wrong: sizes
# near the word limits, negative and huge counts, non-contiguous buffers,
# callbacks (__lt__, __index__, __eq__, __hash__, key=, hooks) that mutate
# the container being worked on or re-enter the operation, deep nesting.

PRELUDE = r"""import sys
def _t(f):
    try:
        r = f()
        try:
            s = repr(r)
        except Exception as e:
            s = 'repr ' + type(e).__name__
        print(type(r).__name__, s[:60])
    except Exception as e:
        print(type(e).__name__)
_V = []
class _Lt:
    # __lt__ that runs an action on the shared container, then answers.
    def __init__(self, v, act=None):
        self.v = v
        self.act = act
    def __lt__(self, o):
        if self.act:
            try:
                self.act()
            except Exception as e:
                print('act', type(e).__name__)
        if isinstance(o, _Lt):
            return self.v < o.v
        return NotImplemented
    def __gt__(self, o):
        return _Lt.__lt__(o, self) if isinstance(o, _Lt) else NotImplemented
    def __eq__(self, o):
        if self.act:
            try:
                self.act()
            except Exception as e:
                print('act', type(e).__name__)
        return isinstance(o, _Lt) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return 'L%r' % (self.v,)
class _Ix:
    # __index__ that runs an action first (it may resize a buffer).
    def __init__(self, v, act=None):
        self.v = v
        self.act = act
    def __index__(self):
        if self.act:
            try:
                self.act()
            except Exception as e:
                print('act', type(e).__name__)
        return self.v
    __int__ = __index__
class _Rd:
    # A file-like object whose read() returns odd things.
    def __init__(self, data):
        self.data = data
    def read(self, *a):
        return self.data
class _Wr:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
"""

HUGE_INTS = ["0", "1", "-1", "2", "7", "-7", "255", "256", "2**31-1", "2**31", "-2**31", "2**32",
             "2**63-1", "2**63", "-2**63", "-2**63-1", "2**64", "2**64-1", "-2**64", "10**20",
             "10**100", "-10**100", "True", "False", "2**62", "-2**62", "2**30", "sys.maxsize",
             "-sys.maxsize-1", "sys.maxsize+1"]
ODD_FLOATS = ["0.0", "-0.0", "0.5", "1.5", "2.5", "-2.5", "1e308", "-1e308", "1e-320",
              "5e-324", "float('inf')", "float('-inf')", "float('nan')", "1e16", "2.0**53",
              "2.0**63", "2.0**64", "123456789.987654321", "1.7976931348623157e308"]
ODD_MISC = ["None", "''", "'abc'", "b''", "b'abc'", "bytearray(b'xyz')", "[]", "[1, 2]",
            "()", "{}", "object()", "_Ix(3)", "_Ix(-1)", "_Ix(2**70)", "1j", "len", "int",
            "'\\x00'", "'\\udc80'", "'\\U0010ffff'", "memoryview(b'abcd')",
            "memoryview(b'abcdef')[::2]", "memoryview(bytearray(8))[::-1]", "range(3)"]
BUFFERS = ["b''", "b'abc'", "b'\\x00' * 64", "b'a' * 63", "b'a' * 65", "b'a' * 55",
           "b'a' * 56", "b'a' * 119", "b'a' * 120", "bytearray(b'xyz' * 50)",
           "memoryview(b'abcdef')", "memoryview(b'abcdef')[1:4]", "memoryview(b'abcdef')[::2]",
           "memoryview(b'abcdef')[::-1]", "memoryview(bytearray(100))[10:0]",
           "memoryview(bytearray(16)).cast('I')", "bytes(range(256))", "bytes(100000)",
           "'str'", "None", "5", "[1, 2]", "array.array('d', [1.5, 2.5])",
           "array.array('b')", "memoryview(array.array('h', [1, 2, 3]))[::2]"]


def pick(rnd, *lists):
    return rnd.choice(rnd.choice(lists))


def any_value(rnd):
    return pick(rnd, HUGE_INTS, ODD_FLOATS, ODD_MISC)


# --- heapq ------------------------------------------------------------------

HEAP_ACTS = ["H.clear()", "H.append(_Lt(0))", "H.extend([_Lt(i) for i in range(50)])",
             "H.pop() if H else None", "H.sort(key=lambda x: 0)", "H.reverse()",
             "H.__setitem__(slice(None), [])", "H.insert(0, _Lt(-1))",
             "heapq.heappush(H, _Lt(1))", "heapq.heappop(H) if H else None",
             "heapq.heapify(H)", "H[:] = H[:1]", "None", "None"]


def gen_heapq(rnd):
    n = rnd.choice((0, 1, 2, 3, 5, 16, 100))
    act = rnd.choice(HEAP_ACTS)
    out = ["import heapq",
           "def _act():\n    %s" % act,
           "H = [_Lt((i * 7919) %% %d, _act if i %% %d == 0 else None) for i in range(%d)]" % (
               max(n, 1), rnd.choice((1, 2, 3, 7)), n)]
    for _ in range(rnd.randint(3, 12)):
        item = rnd.choice(("_Lt(%d, _act)" % rnd.randint(-5, 200), "_Lt(5)", "1", "None",
                           "'a'", "[]", "_Lt(-1, _act)"))
        heap = rnd.choice(("H", "H", "H", "[]", "None", "(1, 2)", "list(H)", "SL(H)"))
        k = rnd.randrange(11)
        if k == 0:
            s = "heapq.heappush(%s, %s)" % (heap, item)
        elif k == 1:
            s = "heapq.heappop(%s)" % heap
        elif k == 2:
            s = "heapq.heapify(%s)" % heap
        elif k == 3:
            s = "heapq.heapreplace(%s, %s)" % (heap, item)
        elif k == 4:
            s = "heapq.heappushpop(%s, %s)" % (heap, item)
        elif k in (5, 6):
            f = rnd.choice(("nsmallest", "nlargest"))
            key = rnd.choice(("", ", key=None", ", key=lambda x: -x.v if isinstance(x, _Lt) else 0",
                              ", key=lambda x: H.clear()", ", key=len", ", key=lambda x: (H.append(_Lt(0)), 0)[1]"))
            s = "heapq.%s(%s, %s%s)" % (f, rnd.choice(HUGE_INTS + ["1.5", "None", "_Ix(2)"]),
                                       rnd.choice(("H", "list(H)", "iter(H)", "range(10)", "'abc'", "5")),
                                       key)
        elif k in (7, 8):
            srcs = [rnd.choice(("sorted(H)", "G()", "G()", "[1, 2, 3]", "iter([_Lt(1), _Lt(2)])",
                                "range(5)", "5", "iter(M)")) for _ in range(rnd.randint(0, 5))]
            kw = rnd.choice(("", ", key=lambda x: x", ", key=lambda x: next(M, 0)", ", reverse=True",
                             ", key=None, reverse=1", ", bogus=1", ", key=5"))
            s = "list(_merge(%s))" % (", ".join(srcs) + kw).lstrip(", ")
        elif k == 9:
            s = "[next(M, None) for _ in range(%d)]" % rnd.randint(1, 5)
        else:
            s = "(len(H), H[:3])"
        out.append("_t(lambda: %s)" % s)
    prelude = ("class SL(list):\n    def __lt__(self, o): return True\n"
               "M = iter([])\n"
               "def _merge(*a, **k):\n    global M\n    M = heapq.merge(*a, **k)\n    return M\n"
               "def G():\n    yield _Lt(0)\n    _t(lambda: next(M))\n    yield _Lt(3)\n"
               "    %s\n    yield _Lt(9)\n" % act)
    return [prelude] + out


# --- hashlib ----------------------------------------------------------------

def gen_hashlib(rnd):
    out = ["import hashlib, array"]
    names = ("sha256", "sha224", "sha1", "md5")
    for _ in range(rnd.randint(3, 12)):
        k = rnd.randrange(8)
        name = rnd.choice(names)
        buf = rnd.choice(BUFFERS)
        if k == 0:
            s = "hashlib.%s(%s).hexdigest()" % (name, buf)
        elif k == 1:
            s = "hashlib.new(%s, %s).digest()" % (
                rnd.choice(("'%s'" % name, "'%s'" % name.upper(), "'sha512'", "''", "'md5\\x00'",
                            "b'md5'", "None", "'a' * 1000", "'sha-256'")), buf)
        elif k == 2:
            kw = rnd.choice(("string=%s" % buf, "data=%s" % buf, "usedforsecurity=False",
                             "%s, string=%s" % (buf, buf), "bogus=1", "%s, %s" % (buf, buf)))
            s = "hashlib.%s(%s).hexdigest()" % (name, kw)
        elif k == 3:
            n = rnd.choice((1, 2, 63, 64, 65, 200))
            s = ("(lambda h: ([h.update(%s) for _ in range(%d)], h.hexdigest(), h.copy().digest(), "
                 "h.hexdigest())[1:])(hashlib.%s())" % (buf, n, name))
        elif k == 4:
            s = "hashlib.%s.%s(%s)" % (name, rnd.choice(("update", "digest", "hexdigest", "copy")),
                                       rnd.choice(("hashlib.%s()" % rnd.choice(names), "None", "b'x'", "5")))
        elif k == 5:
            attr = rnd.choice(("name", "digest_size", "block_size", "update", "x"))
            s = rnd.choice(("getattr(hashlib.%s(), %r)" % (name, attr),
                            "setattr(hashlib.%s(), %r, 1)" % (name, attr),
                            "delattr(hashlib.%s(), %r)" % (name, attr)))
        elif k == 6:
            s = "(lambda b: (hashlib.%s(b).digest(), b.extend(b'x' * 999), hashlib.%s(b).digest()))(bytearray(%d))" % (
                name, name, rnd.choice((0, 55, 64, 1000)))
        else:
            s = rnd.choice(("type(hashlib.%s())('abc')" % name, "hashlib.%s() == hashlib.%s()" % (name, name),
                            "hash(hashlib.%s())" % name, "str(hashlib.%s())[:10]" % name,
                            "hashlib.%s(%s)" % (name, buf), "len(dir(hashlib.%s()))" % name))
        out.append("_t(lambda: %s)" % s)
    return out


# --- struct -----------------------------------------------------------------

STRUCT_CODES = "xcbB?hHiIlLqQnNefdspP"


def rand_format(rnd):
    if rnd.random() < 0.1:
        return rnd.choice(("''", "'\\x00'", "'i\\x00'", "b'<i'", "'<>i'", "'!'", "' '", "'3'",
                           "'i' * 1000", "'%dx' % 2**64", "'%dx' % (2**63 - 1)", "'%ds' % 2**62",
                           "'%dq' % 2**61", "'1%0100di'", "None", "5", "'é'", "'4294967297x'"))
    s = rnd.choice(("", "", "<", ">", "!", "=", "@"))
    for _ in range(rnd.randint(0, 5)):
        if rnd.random() < 0.5:
            s += str(rnd.choice((0, 1, 2, 3, 7, 8, 255, 256, 1000, 2**31, 2**32 + 1)))
        s += rnd.choice(STRUCT_CODES)
        if rnd.random() < 0.1:
            s += " "
    return repr(s)


def struct_values(rnd, fmt):
    vals = []
    for _ in range(rnd.choice((0, 1, 1, 2, 3, 5))):
        vals.append(rnd.choice((pick(rnd, HUGE_INTS, ODD_FLOATS, ODD_MISC), "_Ix(1, _act)", "b'x' * 300",
                                "b'ab'", "0", "1")))
    return vals


def gen_struct(rnd):
    act = rnd.choice(("B.clear()", "B.extend(bytes(5000))", "B.__delitem__(slice(0, 4))",
                      "B.append(1)", "None"))
    out = ["import struct, array", "B = bytearray(%d)" % rnd.choice((0, 4, 16, 100)),
           "def _act():\n    %s" % act]
    for _ in range(rnd.randint(3, 14)):
        fmt = rand_format(rnd)
        vals = struct_values(rnd, fmt)
        buf = rnd.choice(BUFFERS + ["B", "B", "memoryview(B)", "memoryview(B)[1:]"])
        off = rnd.choice(HUGE_INTS[:12] + ["-3", "-100", "_Ix(2, _act)", "None"])
        k = rnd.randrange(9)
        if k == 0:
            s = "struct.calcsize(%s)" % fmt
        elif k == 1:
            s = "struct.pack(%s)" % ", ".join([fmt] + vals)
        elif k == 2:
            s = "struct.unpack(%s, %s)" % (fmt, buf)
        elif k == 3:
            s = "struct.unpack_from(%s, %s, %s)" % (fmt, buf, off)
        elif k == 4:
            s = "struct.pack_into(%s)" % ", ".join([fmt, buf, off] + vals)
        elif k == 5:
            s = "list(struct.iter_unpack(%s, %s))" % (fmt, buf)
        elif k == 6:
            s = "(lambda S: (S.size, S.format, S.pack(%s), S.unpack(%s)))(struct.Struct(%s))" % (
                ", ".join(vals), buf, fmt)
        elif k == 7:
            s = "(lambda it: (next(it), B.clear(), list(it)))(struct.iter_unpack('<h', B))"
        else:
            s = "struct.unpack(%s, struct.pack(%s))" % (fmt, ", ".join([fmt] + vals))
        out.append("_t(lambda: %s)" % s)
    return out


# --- binascii ---------------------------------------------------------------

B64_PIECES = ["QUJD", "QQ==", "QUI=", "=", "==", "===", "Q", "QU", "\\n", " ", "!", "\\x00",
              "\\xff", "YWJj", "Zm9v", "-_", "+/", "ZmY=ZmY=", "", "A" * 7]


def gen_binascii(rnd):
    out = ["import binascii"]
    for _ in range(rnd.randint(3, 14)):
        k = rnd.randrange(9)
        buf = rnd.choice(BUFFERS + ["'0a1B'", "'zz'", "b'0'", "b'0g'", "'\\u00e9'", "'ab\\x00'"])
        if k == 0:
            s = "binascii.%s(%s)" % (rnd.choice(("hexlify", "b2a_hex")), buf)
        elif k == 1:
            s = "binascii.%s(%s, %s, %s)" % (rnd.choice(("hexlify", "b2a_hex")), buf,
                                             rnd.choice(("'-'", "b':'", "'::'", "''", "'\\u00e9'", "5", "None", "b'\\xff'")),
                                             rnd.choice(HUGE_INTS[:16]))
        elif k == 2:
            s = "binascii.%s(%s)" % (rnd.choice(("unhexlify", "a2b_hex")), buf)
        elif k == 3:
            data = "".join(rnd.choice(B64_PIECES) for _ in range(rnd.randint(0, 6)))
            s = "binascii.a2b_base64(%s'%s'%s)" % (rnd.choice(("b", "")), data,
                                                  rnd.choice(("", ", strict_mode=True", ", strict_mode=False", ", strict_mode=None")))
        elif k == 4:
            s = "binascii.b2a_base64(%s%s)" % (buf, rnd.choice(("", ", newline=False", ", newline=0", ", newline=[]", ", bogus=1")))
        elif k == 5:
            s = "binascii.crc32(%s%s)" % (buf, rnd.choice(("", ", 0", ", -1", ", 2**32", ", 2**64", ", -2**70", ", None", ", 1.5")))
        elif k == 6:
            s = "binascii.a2b_base64(binascii.b2a_base64(%s))" % buf
        elif k == 7:
            s = "(%s).hex(%s)" % (rnd.choice(("b'abcdef'", "bytearray(b'xy' * 9)", "memoryview(b'abcd')", "b''")),
                                  rnd.choice(("", "'-'", "'-', 2", "'-', -3", "'-', 2**40", "':', 0", "'ab'", "b'.'", "None")))
        else:
            s = "bytes.fromhex(%s)" % rnd.choice(("'0a 1b'", "' '", "'0'", "'zz'", "'0a\\x00'", "'\\u00e9'", "'0A' * 1000", "b'0a'"))
        out.append("_t(lambda: %s)" % s)
    return out


# --- json -------------------------------------------------------------------

JSON_GOOD = ['{"a": [1, 2.5, -3e10, true, false, null, "x\\\\u00e9\\\\n"]}', '[]', '{}', '""', '0',
             '-0.0', '1e400', '-1e400', '123456789012345678901234567890', '"\\\\ud800"',
             '"\\\\udc00\\\\ud800"', '[1, [2, [3, {"k": "v"}]]]', 'NaN', '-Infinity', '"\\\\u0000"']


def json_mutate(rnd, s):
    s = list(s)
    for _ in range(rnd.randint(1, 4)):
        if not s:
            break
        i = rnd.randrange(len(s))
        op = rnd.randrange(4)
        if op == 0:
            del s[i]
        elif op == 1:
            s.insert(i, rnd.choice(['[', ']', '{', '}', '"', '\\\\', ',', ':', '-', '.', 'e', '0',
                                    '\\\\u', 'n', 't', '\\x00', '\\udcff', ' ', '\\n', '1e', '+']))
        elif op == 2:
            s[i] = rnd.choice('[]{}",:0e.-')
        else:
            j = rnd.randrange(len(s))
            s[i:i] = s[j:j + 5]
    return "".join(s)


def gen_json(rnd):
    out = ["import json, io"]
    for _ in range(rnd.randint(3, 12)):
        k = rnd.randrange(10)
        d = rnd.choice((1, 5, 50, 500, 5000, 100000))
        if k == 0:
            src = json_mutate(rnd, rnd.choice(JSON_GOOD))
            s = "json.loads(%r)" % src
        elif k == 1:
            o = rnd.choice(("[", "{\"a\":", "[{\"b\": "))
            c = {"[": "]", "{\"a\":": "}", "[{\"b\": ": "}]"}[o]
            s = "json.loads(%r * %d + '1' + %r * %d)" % (o, d, c, rnd.choice((d, d - 1, d + 1, 0)))
        elif k == 2:
            s = "json.dumps(%s)" % rnd.choice(("D", "Lr", "Dr", "[float('nan')]", "{1: 2, None: 3, 1.5: 4, True: 5}",
                                               "{(1,): 2}", "{b'x': 1}", "10**1000", "[1j]", "set()",
                                               "deep(%d)" % d, "deepd(%d)" % d, "{'a': _Ix(1)}",
                                               "'\\udc80\\x00\\u2028'", "Bad()", "SubD(a=1)", "SubL([1])",
                                               "_Lt(1)", "[b'x']", "range(3)", "(1, 2)"))
        elif k == 3:
            kw = rnd.choice(("indent=%s" % rnd.choice(("-1", "0", "2", "'\\t'", "'x' * 100", "10**6", "None", "2**70", "1.5")),
                             "separators=%s" % rnd.choice(("(',', ':')", "('',)", "(1, 2)", "None", "'ab'", "('a', 'b', 'c')")),
                             "sort_keys=True", "ensure_ascii=False", "allow_nan=False", "skipkeys=True",
                             "check_circular=False", "default=str", "default=lambda o: o",
                             "default=lambda o: D.clear()", "default=lambda o: [o]", "cls=None", "bogus=1"))
            s = "json.dumps(%s, %s)" % (rnd.choice(("D", "[1, {'b': [2]}]", "Bad()", "{2: 1, 'a': 2}", "{'a': Bad()}", "Lr", "[float('inf')]")), kw)
        elif k == 4:
            hook = rnd.choice(("object_hook=lambda d: D.clear()", "object_hook=len", "object_hook=None",
                               "object_pairs_hook=list", "object_pairs_hook=lambda p: p.clear()",
                               "parse_float=str", "parse_int=lambda s: 1/0", "parse_int=float",
                               "parse_constant=lambda s: None", "parse_float=5", "strict=False",
                               "cls=None", "bogus=1", "object_hook=lambda d: json.loads('[' * 100 + ']' * 100)"))
            src = rnd.choice(JSON_GOOD + ['{"a": {"b": 1}, "c": [1.5, 2]}', '[NaN, Infinity, 1, 2.5]',
                                          '"a\\tb"', '{"a": 1, "a": 2}'])
            s = "json.loads(%r, %s)" % (src, hook)
        elif k == 5:
            s = "json.load(_Rd(%s))" % rnd.choice(("'[1]'", "b'[1]'", "None", "5", "'[' * 10000", "bytearray(b'{}')",
                                                   "'\\ufeff[1]'", "b'\\xef\\xbb\\xbf[1]'", "b'\\xff'"))
        elif k == 6:
            s = "(lambda w: (json.dump(%s, w), w.parts[:5]))(%s)" % (
                rnd.choice(("D", "[1, 2]", "Bad()", "deep(%d)" % d)), rnd.choice(("_Wr()", "None", "io.StringIO()", "5")))
        elif k == 7:
            s = "json.loads(%s)" % rnd.choice(("b'[1]'", "bytearray(b'{}')", "memoryview(b'1')", "None", "5",
                                               "b'\\xff\\xfe[\\x001\\x00]\\x00'", "'1' * 10000", "'-' + '1' * 5000",
                                               "'1.' + '1' * 5000", "'1e' + '9' * 50", "'\"' + '\\\\\\\\' * 1000 + '\"'"))
        elif k == 8:
            s = "(lambda e: (e.msg, e.pos, e.lineno, e.colno))(json.JSONDecodeError('m', %s, %s))" % (
                rnd.choice(("'abc\\ndef'", "''", "None", "5")), rnd.choice(("0", "2", "5", "100", "-1", "2**70")))
        else:
            s = "json.loads(json.dumps(%s))" % rnd.choice(("D", "[1, 'a', None, True, 1.5e300]", "'\\U0001f600'", "{'k': [{}]}"))
        out.append("_t(lambda: %s)" % s)
    pre = ("D = {'a': 1, 'b': [1, 2]}\nLr = [1]\nLr.append(Lr)\nDr = {}\nDr['x'] = Dr\n"
           "class Bad:\n    def __repr__(self): raise ValueError('r')\n    __str__ = __repr__\n"
           "class SubD(dict):\n    def items(self): raise KeyError('i')\n"
           "class SubL(list):\n    def __iter__(self): return iter([SubL()])\n"
           "def deep(n):\n    x = []\n    for i in range(n): x = [x]\n    return x\n"
           "def deepd(n):\n    x = {}\n    for i in range(n): x = {'a': x}\n    return x")
    return [out[0], pre] + out[1:]


# --- collections ------------------------------------------------------------

def gen_collections(rnd):
    out = ["from collections import deque, OrderedDict, Counter, defaultdict, namedtuple"]
    pre = ("Q = deque(range(%d)%s)\n" % (rnd.choice((0, 1, 5, 100)), rnd.choice(("", ", 3", ", 0", ", None"))) +
           "O = OrderedDict((i, i) for i in range(%d))\n" % rnd.choice((0, 1, 5, 50)) +
           "C = Counter('abracadabra')\n"
           "class EQ:\n    def __init__(self, act): self.act = act\n"
           "    def __eq__(self, o):\n        try: self.act()\n        except Exception as e: print('act', type(e).__name__)\n        return False\n"
           "    def __hash__(self):\n        try: self.act()\n        except Exception as e: print('act', type(e).__name__)\n        return 1\n")
    out.append(pre)
    acts = ("Q.clear()", "Q.extend(range(100))", "Q.rotate(3)", "Q.pop()", "Q.appendleft(0)",
            "O.clear()", "O.move_to_end(0)", "O.popitem()", "O.update({k: 0 for k in range(50, 90)})",
            "C.clear()", "C.update('zzz')", "None")
    for _ in range(rnd.randint(3, 14)):
        a = "EQ(lambda: %s)" % rnd.choice(acts)
        k = rnd.randrange(12)
        if k == 0:
            s = "Q.%s(%s)" % (rnd.choice(("remove", "count", "index", "__contains__", "append", "appendleft")), a)
        elif k == 1:
            s = "Q.index(%s, %s, %s)" % (rnd.choice(("1", a)), rnd.choice(HUGE_INTS[:16]), rnd.choice(HUGE_INTS[:16]))
        elif k == 2:
            s = "Q.%s(%s)" % (rnd.choice(("rotate", "insert", "__getitem__", "__delitem__", "__mul__", "__imul__")),
                              rnd.choice(HUGE_INTS + ["_Ix(1, lambda: Q.clear())", "None", "1.5"]))
        elif k == 3:
            s = "deque(%s, %s)" % (rnd.choice(("range(10)", "'abc'", "None", "5", "iter(Q)", "Q")),
                                   rnd.choice(HUGE_INTS + ["None", "1.5", "_Ix(2)"]))
        elif k == 4:
            s = rnd.choice(("[Q.append(x) for x in Q]", "[Q.pop() for x in Q]", "list(reversed(Q))",
                            "(lambda it: (next(it, 0), Q.clear(), list(it)))(iter(Q))",
                            "(lambda it: (next(it, 0), Q.append(9), list(it)))(reversed(Q))",
                            "Q == %s" % a, "Q < deque([%s])" % a, "Q + Q", "Q * 3", "repr(Q)",
                            "Q.extend(Q)", "Q.extendleft(Q)", "Q.__init__(range(3), 2)", "Q.copy()"))
        elif k == 5:
            s = "O.%s" % rnd.choice(("move_to_end(%s)" % a, "move_to_end(%s, last=False)" % rnd.choice(("0", "1", "99")),
                                     "popitem(last=%s)" % rnd.choice(("True", "False", "None")),
                                     "pop(%s, 0)" % a, "setdefault(%s, 1)" % a, "__eq__(OrderedDict(O))",
                                     "__setitem__(%s, 1)" % a, "__delitem__(%s)" % a, "get(%s)" % a))
        elif k == 6:
            s = rnd.choice(("[O.move_to_end(k) for k in O]", "[O.pop(k) for k in O]", "list(reversed(O))",
                            "(lambda it: (next(it, 0), O.clear(), list(it)))(iter(O.items()))",
                            "(lambda it: (next(it, 0), O.popitem(), list(it)))(reversed(O))",
                            "OrderedDict.fromkeys(%s)" % rnd.choice(("'abc'", "None", "Q", "range(5)")),
                            "O | {1: 2}", "repr(O)", "O.__init__({%s: 1})" % a))
        elif k == 7:
            s = "C.%s" % rnd.choice(("most_common(%s)" % rnd.choice(HUGE_INTS[:14] + ["None", "1.5"]),
                                     "subtract(%s)" % rnd.choice(("'abc'", "{'a': 1.5}", "None", "5", "{'a': 'x'}")),
                                     "update(%s)" % rnd.choice(("{'a': None}", "[1, [2]]", "C", "{'q': 2**70}")),
                                     "elements()", "total()", "__add__(%s)" % rnd.choice(("C", "Counter(a=-1)", "{}", "5")),
                                     "__sub__(Counter(a=2**64))", "__or__(C)", "__and__(Counter(z=1.5))",
                                     "__neg__()", "__pos__()", "__missing__(%s)" % a))
        elif k == 8:
            s = "list(Counter(%s).elements())[:5]" % rnd.choice(("a=2**64", "a=-1", "a=1.5", "a=None", "a=_Ix(2)", "a=3"))
        elif k == 9:
            s = "(lambda d: (d[%s], d[%s], len(d)))(defaultdict(%s))" % (
                a, rnd.choice(("0", "'x'", a)), rnd.choice(("list", "None", "5", "lambda: D.clear()", "lambda: 1/0",
                                                           "lambda: D", "EQ")))
        elif k == 10:
            fields = rnd.choice(("'a b'", "'a, b'", "['a', 'a']", "['1a']", "['_x']", "['def']", "''", "'a' * 1000",
                                 "[5]", "'a b', rename=True", "'a b', defaults=(1, 2, 3)", "'a b', defaults=[1]",
                                 "'a b', module=None", "['a'] * 300", "'é ü'"))
            s = "(lambda T: (T._fields, T(*range(len(T._fields))), T._make(range(len(T._fields))), T._field_defaults))(namedtuple(%s, %s))" % (
                rnd.choice(("'T'", "'1T'", "''", "'T T'", "5")), fields)
        else:
            s = rnd.choice(("(lambda T: T(1, 2)._replace(a=3, z=4))(namedtuple('T', 'a b'))",
                            "(lambda T: T(1, 2)._asdict())(namedtuple('T', 'a b'))",
                            "(lambda T: T(1))(namedtuple('T', 'a b'))",
                            "(lambda T: T(a=1, b=2, c=3))(namedtuple('T', 'a b'))",
                            "(lambda T: T._make(5))(namedtuple('T', 'a b'))",
                            "(lambda T: [T(1, 2) < T(1, 3), hash(T(1, 2)) == hash((1, 2))])(namedtuple('T', 'a b'))"))
        out.append("_t(lambda: %s)" % s)
    out.append("D = {}")
    return out


# --- re ---------------------------------------------------------------------

RE_ATOMS = ["a", "b", ".", "\\d", "\\w", "\\s", "\\D", "\\W", "\\S", "\\b", "\\B", "^", "$", "[abc]",
            "[^a]", "[a-z]", "[z-a]", "[]", "[", "]", "\\", "\\1", "\\2", "\\99", "(?:a)", "(?P<n>a)",
            "(?P=n)", "(?=a)", "(?!a)", "(?<=a)", "(?<!ab)", "(?i)", "(?x)", "(?#c)", "\\A", "\\Z",
            "\\x41", "\\u00e9", "\\U0001f600", "\\n", "\\t", "\\0", "\\777", "\\Q", "é", "\\.",
            "(?P<", ")", "(", "|", "\\x", "[\\d-z]", "[a-\\d]", "{", "}", "\\N{LATIN SMALL LETTER A}"]
RE_QUANT = ["", "", "", "*", "+", "?", "*?", "+?", "??", "{2}", "{2,}", "{,3}", "{1,3}", "{3,1}",
            "{65536}", "{4294967296}", "{2}?", "**", "{", "{a}", "*+"]


def rand_pattern(rnd, depth=0):
    parts = []
    for _ in range(rnd.randint(1, 5)):
        if depth < 3 and rnd.random() < 0.2:
            atom = "(" + rand_pattern(rnd, depth + 1) + ")"
        else:
            atom = rnd.choice(RE_ATOMS)
        parts.append(atom + rnd.choice(RE_QUANT))
        if rnd.random() < 0.1:
            parts.append("|")
    return "".join(parts)


def gen_re(rnd):
    out = ["import re"]
    subjects = ["''", "'a'", "'abcabc'", "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab'", "'a' * 10000",
                "'é\\U0001f600x'", "'\\n\\n'", "b'abc'", "'ab1 cd2'", "'x' * 100 + 'a'"]
    for _ in range(rnd.randint(3, 12)):
        pat = rand_pattern(rnd)
        if rnd.random() < 0.05:
            pat = "(" * rnd.choice((50, 500, 5000)) + "a" + ")" * rnd.choice((50, 500, 5000))
        if rnd.random() < 0.05:
            pat = "a" * rnd.choice((10, 1000)) + "[" * 3
        flags = rnd.choice(("", ", re.I", ", re.M", ", re.S", ", re.X", ", re.A", ", 0", ", 2**40", ", -1", ", re.I | re.M"))
        subj = rnd.choice(subjects)
        k = rnd.randrange(8)
        if k == 0:
            s = "re.search(%r, %s%s)" % (pat, subj, flags)
        elif k == 1:
            s = "re.findall(%r, %s%s)" % (pat, subj, flags)
        elif k == 2:
            s = "re.sub(%r, %s, %s, %s)" % (pat, rnd.choice(("''", "'\\\\1'", "'\\\\g<n>'", "'\\\\g<0>'", "'\\\\'", "lambda m: m.group()",
                                                        "lambda m: 5", "'x'", "'\\\\g<99>'")),
                                           subj, rnd.choice(("0", "1", "-1", "2**70")))
        elif k == 3:
            s = "re.split(%r, %s, %s)" % (pat, subj, rnd.choice(("0", "1", "-1", "2**70", "None")))
        elif k == 4:
            s = "(lambda m: m and (m.group(0), m.groups(), m.span(%s), m.start(), m[0], m.groupdict(), m.lastindex))(re.match(%r, %s%s))" % (
                rnd.choice(("0", "1", "'n'", "99", "-1", "2**70", "None")), pat, subj, flags)
        elif k == 5:
            s = "[m.span() for m in re.finditer(%r, %s)][:5]" % (pat, subj)
        elif k == 6:
            s = "re.compile(%r%s).%s" % (pat, flags, rnd.choice(("pattern", "flags", "groups", "groupindex",
                                                                   "match(%s, %s)" % (subj, rnd.choice(("0", "-5", "2**70", "3"))),
                                                                   "fullmatch(%s)" % subj, "search(%s, 1, -1)" % subj,
                                                                   "subn('', %s)" % subj)))
        else:
            s = "re.%s(%s)" % (rnd.choice(("escape", "purge", "fullmatch", "compile", "template")),
                               rnd.choice(("%r" % pat, "5", "None", "b'a.b'", "'\\x00'", "re.compile('a'), 'a'")))
        out.append("_t(lambda: %s)" % s)
    return out


# --- builtins: help, round, str/bytes methods, int/float conversions --------

STR_METHODS = ["center", "ljust", "rjust", "zfill", "expandtabs", "split", "rsplit", "splitlines",
               "replace", "find", "rfind", "index", "rindex", "count", "startswith", "endswith",
               "strip", "partition", "rpartition", "join", "encode", "translate", "format",
               "removeprefix", "removesuffix", "__getitem__", "__mul__", "__rmul__", "__mod__",
               "isdigit", "title", "swapcase", "casefold", "__contains__"]
BIG_COUNTS = ["-1", "0", "3", "2**31", "2**62", "2**63", "-2**63", "2**64", "sys.maxsize", "-sys.maxsize",
              "10**100", "1.5", "None", "_Ix(5)", "_Ix(2**62)", "_Ix(-1)"]


def gen_builtins(rnd):
    out = ["import sys"]
    for _ in range(rnd.randint(3, 14)):
        k = rnd.randrange(8)
        if k == 0:
            s = "help(%s)" % rnd.choice(ODD_MISC + ["type", "object", "sys", "help", "_Lt", "_Lt(1)", "'abc'",
                                                  "'modules'", "'keywords'", "'if'", "'nonexistent_thing'",
                                                  "Bad", "Bad()", "5", "int.__add__", "super", "NotImplemented",
                                                  "[].append", "print", "(lambda: 0)", "'sys'", "''", "'\\x00'",
                                                  "'é'", "'a' * 1000"])
            if rnd.random() < 0.2:
                s = "help()"
        elif k == 1:
            s = "round(%s%s)" % (pick(rnd, HUGE_INTS, ODD_FLOATS, ODD_MISC),
                                 rnd.choice(("", ", None", ", 0", ", -1", ", 2", ", 400", ", -400", ", 2**63",
                                             ", -2**63", ", 10**100", ", -10**100", ", 1.5", ", _Ix(2)", ", 'x'",
                                             ", 308", ", -308", ", 323", ", 2**31")))
        elif k == 2:
            m = rnd.choice(STR_METHODS)
            args = ", ".join(rnd.choice(BIG_COUNTS + ["'ab'", "''", "'x'", "b'x'", "{}", "[]", "'%s'", "' '"])
                             for _ in range(rnd.randint(0, 3)))
            s = "(%s).%s(%s)" % (rnd.choice(("'abc'", "''", "'é\\U0001f600'", "'a\\tb\\nc'", "'x' * 100")), m, args)
        elif k == 3:
            m = rnd.choice(("center", "ljust", "rjust", "zfill", "expandtabs", "split", "replace", "find",
                            "count", "__getitem__", "__mul__", "hex", "fromhex", "join", "decode", "translate",
                            "maketrans", "split", "partition", "strip", "startswith", "index", "rfind"))
            args = ", ".join(rnd.choice(BIG_COUNTS + ["b'ab'", "b''", "b'x'", "'x'", "bytearray(b'y')", "memoryview(b'z')", "None"])
                             for _ in range(rnd.randint(0, 3)))
            s = "(%s).%s(%s)" % (rnd.choice(("b'abc'", "b''", "bytearray(b'xyz')", "b'\\x00\\xff'")), m, args)
        elif k == 4:
            v = pick(rnd, HUGE_INTS, ODD_FLOATS, ["'1' * 5000", "'-0x' + 'f' * 100", "'1_000'", "' 12 '",
                                                  "'1e400'", "'nan'", "'-inf'", "'0x'", "'١٢'", "b'12'",
                                                  "bytearray(b'7')", "'9' * 100000", "'1.' + '0' * 1000 + '1'",
                                                  "'0b' + '1' * 100", "'1__0'", "'\\x00'"])
            s = rnd.choice(("int(%s)", "float(%s)", "int(%s, 0)", "int(%s, 36)", "int(%s, 1)", "int(%s, 2**70)",
                            "complex(%s)", "(%s).__index__()", "(%s).to_bytes(%s, 'big')" % ("%s", rnd.choice(("0", "1", "8", "-1", "2**62"))),
                            "int.from_bytes(%s, 'little')", "(%s).as_integer_ratio()", "float.fromhex(%s)",
                            "(%s).hex()", "hash(%s)", "divmod(%s, 7)", "pow(%s, 2, 0)", "pow(%s, -1, 7)",
                            "pow(2, %s)", "(%s).bit_length()", "(%s) << 100", "(%s) >> 2**70", "(%s).is_integer()",
                            "str(%s)[:10]", "format(%s, ',.3f')", "'%%d' %% %s", "'%%.400f' %% %s",
                            "math.floor(%s)", "math.ceil(%s)", "math.trunc(%s)", "math.isqrt(%s)")) % v
            if "math." in s:
                s = "__import__('math')." + s[5:]
        elif k == 5:
            s = "format(%s, %r)" % (pick(rnd, HUGE_INTS, ODD_FLOATS, ["'abc'", "None", "1j"]),
                                    rnd.choice(("", "d", ",", "_x", ">1000", "<%d" % 2**40, ".%d" % 10**6, "#o", "e",
                                                "%", ".0g", "n", "z.2f", "=+020,.3f", "c", "x<>10", "999999999999999999999",
                                                ".2147483648f", "10000000000")))
        elif k == 6:
            s = "__import__('platform').%s()" % rnd.choice((
                "system", "machine", "node", "release", "version", "platform", "processor", "uname",
                "python_version", "python_version_tuple", "python_implementation", "python_compiler",
                "libc_ver", "architecture", "mac_ver", "bogus"))
            if rnd.random() < 0.3:
                s = s[:-1] + rnd.choice(("5", "None", "'x'", "aliased=1, terse=1", "executable='/nonexistent'")) + ")"
        else:
            s = rnd.choice(("sys.setrecursionlimit(%s)" % rnd.choice(BIG_COUNTS),
                            "sys.getsizeof(%s)" % rnd.choice(ODD_MISC),
                            "sys.intern(%s)" % rnd.choice(("'a'", "5", "'a' * 10000", "SubS('x')")),
                            "sys.exc_info()", "repr(sys.flags)", "sys.getrecursionlimit()",
                            "chr(%s)" % rnd.choice(BIG_COUNTS), "ord(%s)" % rnd.choice(("''", "'ab'", "b'x'", "'\\U0010ffff'")),
                            "bytes(%s)" % rnd.choice(BIG_COUNTS), "bytearray(%s)" % rnd.choice(BIG_COUNTS),
                            "range(%s)[%s]" % (rnd.choice(BIG_COUNTS), rnd.choice(BIG_COUNTS)),
                            "len(range(%s))" % rnd.choice(BIG_COUNTS),
                            "[0] * %s" % rnd.choice(BIG_COUNTS), "'a' * %s" % rnd.choice(BIG_COUNTS),
                            "list(range(10))[%s:%s:%s]" % tuple(rnd.choice(BIG_COUNTS) for _ in range(3)),
                            "'abc'[%s:%s:%s]" % tuple(rnd.choice(BIG_COUNTS) for _ in range(3))))
        out.append("_t(lambda: %s)" % s)
    pre = ("class Bad:\n    def __repr__(self): raise ValueError\n    __doc__ = 5\n"
           "    def __getattr__(self, n): raise KeyError(n)\n"
           "class SubS(str): pass")
    return [out[0], pre] + out[1:]


# --- nesting ------------------------------------------------------------------

def gen_deep(rnd):
    d = rnd.choice((50, 200, 1000, 10000, 100000))
    k = rnd.randrange(10)
    if k == 0:
        return ["x = []", "for i in range(%d): x = [x]" % d,
                "_t(lambda: len(repr(x)))", "_t(lambda: x == x)", "_t(lambda: __import__('json').dumps(x)[:5])",
                "_t(lambda: str(x)[:5])", "_t(lambda: hash(tuple(x)))", "_t(lambda: x < [x])"]
    if k == 1:
        return ["x = {}", "for i in range(%d): x = {'a': x}" % d, "_t(lambda: len(repr(x)))",
                "_t(lambda: x == dict(x))", "_t(lambda: __import__('copy').deepcopy(x) if 0 else 1)"]
    if k == 2:
        return ["x = ()", "for i in range(%d): x = (x,)" % d, "_t(lambda: hash(x))", "_t(lambda: x == (x,))",
                "_t(lambda: len(repr(x)))", "_t(lambda: frozenset([x]))"]
    if k == 3:
        return ["import json", "_t(lambda: json.loads('[' * %d + ']' * %d))" % (d, d),
                "_t(lambda: json.loads('{\"a\":' * %d + '1' + '}' * %d))" % (d, d)]
    if k == 4:
        return ["import re", "_t(lambda: re.compile('(' * %d + 'a' + ')' * %d))" % (min(d, 20000), min(d, 20000)),
                "_t(lambda: re.match('(?:a|b)*' * 3 + 'c', 'ab' * %d))" % min(d, 200)]
    if k == 5:
        return ["from collections import deque, OrderedDict", "x = deque()",
                "for i in range(%d): x = deque([x])" % d, "_t(lambda: len(repr(x)))", "_t(lambda: x == x.copy())",
                "y = OrderedDict()", "for i in range(%d): y = OrderedDict(a=y)" % d, "_t(lambda: len(repr(y)))"]
    if k == 6:
        return ["import sys", "sys.setrecursionlimit(%d)" % rnd.choice((10, 100, 10**5, 10**7, 2**31 - 1)),
                "def r(n): return r(n + 1) + 1", "_t(lambda: r(0))",
                "class C:\n    def __repr__(self): return repr(self)", "_t(lambda: repr(C()))",
                "class E:\n    def __eq__(s, o): return s == o", "_t(lambda: E() == 1)",
                "class G:\n    def __getattr__(s, n): return getattr(s, n)", "_t(lambda: G().x)"]
    if k == 7:
        return ["import heapq", "class R:\n    def __lt__(s, o): return heapq.nsmallest(1, [R(), R()]) and True",
                "_t(lambda: heapq.heapify([R(), R(), R()]))",
                "def g():\n    yield from heapq.merge(g(), [1])", "_t(lambda: list(g()))"]
    if k == 8:
        # A shared structure: its size doubles each level, so a depth past
        # the recursion limit must stop with RecursionError at once.
        n = rnd.choice((10, 15, 18, 2000))
        return ["x = 'x'", "for i in range(%d): x = [x, {'k': (x,)}]" % n, "_t(lambda: len(str(x)))",
                "import json", "_t(lambda: len(json.dumps(x)))"]
    return ["import struct", "_t(lambda: struct.calcsize('i' * %d))" % d,
            "_t(lambda: len(struct.pack('%dx')))" % d,
            "_t(lambda: struct.unpack('<' + 'h' * %d, bytes(%d))[:2])" % (min(d, 10000), 2 * min(d, 10000))]


GENERATORS = [gen_heapq, gen_hashlib, gen_struct, gen_binascii, gen_json, gen_collections, gen_re,
              gen_builtins, gen_deep]


def strat_modules(rnd, corpus):
    parts = []
    for _ in range(rnd.randint(1, 3)):
        parts += rnd.choice(GENERATORS)(rnd)
    return PRELUDE + "\n".join(parts) + "\nprint('end')\n"


# --- code changed in session 7: random subclasses, re \N{..}, typing aliases,
# ipaddress, enum, copy of native subclasses, socket msg calls, poll+threads ---

RAND_RET = ["0.5", "-1.0", "2.0", "1e308", "float('nan')", "None", "'x'", "2**70", "-5", "1/0", "self._n.pop()"]


def gen_random(rnd):
    out = ["import random", "class _R(random.Random):",
           "    _n = []",
           "    def random(self):",
           "        return %s" % rnd.choice(RAND_RET)]
    if rnd.random() < 0.6:
        out += ["    def getrandbits(self, k):",
                "        return %s" % rnd.choice(RAND_RET + ["super().getrandbits(k)", "super().getrandbits(k) * 4",
                                                            "-super().getrandbits(k)", "k"])]
    seeds = ["None", "0", "-1", "2**200", "-2**200", "'abc'", "b'abc'", "bytearray(b'ab')", "''", "b''",
             "1.5", "float('nan')", "(1, 2)", "[1]", "'\\U0001f600' * 100", "b'x' * 10000", "object()"]
    calls = ["random()", "getrandbits(%s)" % rnd.choice(HUGE_INTS), "randrange(%s)" % rnd.choice(HUGE_INTS),
             "randrange(%s, %s, %s)" % (rnd.choice(HUGE_INTS), rnd.choice(HUGE_INTS), rnd.choice(HUGE_INTS)),
             "randint(%s, %s)" % (rnd.choice(HUGE_INTS), rnd.choice(HUGE_INTS)),
             "choice(%s)" % rnd.choice(("[]", "[1, 2]", "'ab'", "range(2**70)", "{}", "b''")),
             "choices(%s, k=%s)" % (rnd.choice(("[1, 2]", "[]", "'ab'")), rnd.choice(("0", "3", "-1", "100"))),
             "choices([1, 2], weights=%s)" % rnd.choice(("[0, 0]", "[1]", "[-1, 1]", "[float('inf'), 1]", "[float('nan'), 1]")),
             "choices([1, 2], cum_weights=%s, k=3)" % rnd.choice(("[0, 0]", "[1, 0]", "[1, 2]")),
             "sample(%s, %s)" % (rnd.choice(("range(10)", "[1, 2, 3]", "range(2**70)", "'abc'", "{1, 2}")), rnd.choice(("0", "2", "-1", "99", "2**70"))),
             "sample([1, 2], 2, counts=%s)" % rnd.choice(("[1, 1]", "[0, 0]", "[-1, 3]", "[2**70, 1]", "[1]")),
             "shuffle(%s)" % rnd.choice(("[1, 2, 3]", "[]", "bytearray(b'abc')", "'abc'", "list(range(100))")),
             "gammavariate(%s, %s)" % (rnd.choice(ODD_FLOATS), rnd.choice(ODD_FLOATS)),
             "betavariate(%s, %s)" % (rnd.choice(ODD_FLOATS), rnd.choice(ODD_FLOATS)),
             "%s(%s, %s)" % (rnd.choice(("uniform", "triangular", "normalvariate", "gauss", "lognormvariate",
                                          "vonmisesvariate", "weibullvariate", "paretovariate", "expovariate")),
                              rnd.choice(ODD_FLOATS), rnd.choice(ODD_FLOATS)),
             "randbytes(%s)" % rnd.choice(HUGE_INTS),
             "setstate(%s)" % rnd.choice(("r.getstate()", "None", "(3, (1,) * 625, None)", "(3, (2**40,) * 625, None)",
                                          "(3, tuple(range(624)) + (700,), None)", "(2, (), None)", "(3, (), None)", "()")),
             "getstate()[1][:3]", "seed(%s)" % rnd.choice(seeds),
             "seed(%s, version=%s)" % (rnd.choice(seeds), rnd.choice(("1", "2", "3", "0")))]
    for _ in range(rnd.randint(3, 12)):
        recv = rnd.choice(("r", "r", "random.Random", "_R", "random"))
        c = rnd.choice(calls)
        if recv in ("random.Random", "_R"):
            c = c.replace("(", "(%s, " % rnd.choice(("r", "_R()", "random.Random()", "5", "[]")), 1).replace(", )", ")")
        out.append("_t(lambda: %s.%s)" % (recv, c))
    out.insert(5 + (len(out) > 5 and out[5].startswith("    def getrandbits") and 2), "r = _R(%s)" % rnd.choice(seeds + ["1"] * 5))
    return out


RE_NAMES = ["LATIN SMALL LETTER A", "latin small letter a", "EM DASH", "", "X", "SNOWMAN", "GRINNING FACE",
            "LATIN SMALL LETTER A" * 20, "}", "NUL", "LINE FEED", "CJK UNIFIED IDEOGRAPH-4E00", "HANGUL SYLLABLE GA"]


def gen_re_names(rnd):
    out = ["import re"]
    for _ in range(rnd.randint(2, 8)):
        name = rnd.choice(RE_NAMES)
        pat = rnd.choice(("\\N{%s}", "[\\N{%s}-z]", "\\N{%s}+", "\\N%s", "\\N{%s", "(?i)\\N{%s}", "[^\\N{%s}]",
                          "\\N{%s}{2,}", "a\\N{%s}?b")) % name
        subj = rnd.choice(("'a'", "'\\u2014'", "'\\u2603\\u2603'", "'A'", "'\\U0001f600'", "b'a'", "'\\x00'"))
        out.append("_t(lambda: re.findall(%r, %s))" % (pat, subj))
        if rnd.random() < 0.3:
            out.append("_t(lambda: re.findall(%r, %s))" % (pat.encode().decode(), "b'a'"))
    return out


def gen_typing(rnd):
    out = ["import typing", "from typing import TypeVar, Dict, List, Tuple, Callable, Generic",
           "T = TypeVar('T')", "U = TypeVar('U')", "K = TypeVar('K')"]
    bases = ["list[T]", "tuple[T, T]", "tuple[T, ...]", "dict[K, T]", "Dict[str, list[T]]", "List[T]", "Tuple[T, U]",
             "list[list[T]]", "dict[T, dict[T, U]]", "Callable[[T], U]", "type[T]", "set[T]", "list", "list[int]",
             "tuple[()]", "list[T][int]", "tuple[T, ...][int]"]
    args = ["int", "str", "T", "U", "(int, str)", "(int,)", "()", "(int, str, float)", "1", "None", "...",
            "list[T]", "[int]", "(T, T)", "0, 1, 2"]
    for _ in range(rnd.randint(3, 10)):
        b = rnd.choice(bases)
        k = rnd.randrange(6)
        if k == 0:
            s = "%s[%s]" % (b, rnd.choice(args))
        elif k == 1:
            s = "%s[%s][%s]" % (b, rnd.choice(args), rnd.choice(args))
        elif k == 2:
            s = "%s.__parameters__" % b
        elif k == 3:
            s = "(%s == %s[%s], hash(%s) == hash(%s))" % (b, rnd.choice(bases), rnd.choice(args), b, b)
        elif k == 4:
            s = "repr(%s)" % ("[".join([b] + [rnd.choice(args) + "]" for _ in range(rnd.randint(0, 3))]) if False else b)
            s = "repr(%s[%s])" % (b, rnd.choice(args))
        else:
            d = rnd.choice((5, 50, 190))
            s = "%s%s" % ("list[" * d, "T" + "]" * d) + "[int]"
        out.append("_t(lambda: %s)" % s)
    return out


IP_ADDRS = ["'1.2.3.4'", "'::1'", "'2001::1'", "'2002:c000:204::'", "'2001:0:4136:e378:8000:63bf:3fff:fdd2'",
            "'0.0.0.0'", "'255.255.255.255'", "'::ffff:1.2.3.4'", "'fe80::1%eth0'", "'1.2.3.4/24'", "'::/0'",
            "'10.0.0.0/8'", "'1.2.3'", "'1.2.3.4.5'", "'::1::'", "''", "0", "2**32-1", "2**32", "2**128-1", "2**128", "-1",
            "b'\\x01\\x02\\x03\\x04'", "b'\\x00' * 16", "b'\\x00' * 5", "None", "1.5", "'1.2.3.04'", "'1' * 1000"]


def gen_ipaddress(rnd):
    out = ["import ipaddress"]
    for _ in range(rnd.randint(3, 10)):
        a = rnd.choice(IP_ADDRS)
        ctor = rnd.choice(("ip_address", "ip_network", "ip_interface", "IPv4Address", "IPv6Address",
                           "IPv4Network", "IPv6Network"))
        k = rnd.randrange(6)
        if k == 0:
            s = "ipaddress.%s(%s)" % (ctor, a)
        elif k == 1:
            s = "format(ipaddress.%s(%s), %r)" % (ctor, a, rnd.choice(("", "b", "x", "X", "n", "#b", "_x", "#_X", "s", ">20",
                                                                        "020b", "d", "%", "#", "_")))
        elif k == 2:
            s = "ipaddress.%s(%s).%s" % (ctor, a, rnd.choice(("teredo", "sixtofour", "ipv4_mapped", "is_private",
                                                             "is_global", "reverse_pointer", "exploded", "compressed",
                                                             "packed", "scope_id", "num_addresses", "hostmask",
                                                             "supernet()", "list(subnets())[:3]", "with_prefixlen",
                                                             "__index__()", "__int__()")))
        elif k == 3:
            s = "ipaddress.%s(%s) %s ipaddress.%s(%s)" % (ctor, a, rnd.choice(("==", "<", "!=", "+", "-", "in")),
                                                          rnd.choice(("ip_address", "ip_network")), rnd.choice(IP_ADDRS))
        elif k == 4:
            s = "ipaddress.ip_address(%s) + %s" % (a, rnd.choice(HUGE_INTS))
        else:
            s = "list(ipaddress.summarize_address_range(ipaddress.ip_address(%s), ipaddress.ip_address(%s)))[:4]" % (
                a, rnd.choice(IP_ADDRS))
        out.append("_t(lambda: %s)" % s)
    return out


def gen_enum(rnd):
    base = rnd.choice(("Enum", "IntEnum", "Flag", "IntFlag", "StrEnum"))
    vals = rnd.choice((["1", "2", "3"], ["1", "1", "2"], ["1", "3"], ["1", "2", "4"], ["1", "2", "3", "8"],
                       ["'a'", "'b'"], ["auto()", "auto()"], ["0", "-1"], ["2**70", "1"], ["(1, 2)", "[1]"], []))
    checks = rnd.choice(("UNIQUE", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE, CONTINUOUS", "UNIQUE, CONTINUOUS, NAMED_FLAGS", "", "5"))
    out = ["from enum import *", "def _mk():"]
    if rnd.random() < 0.7:
        out.append("    @verify(%s)" % checks)
    out.append("    class E(%s):" % base)
    for i, v in enumerate(vals):
        out.append("        m%d = %s" % (i, v))
    if rnd.random() < 0.3:
        out.append("        @classmethod")
        out.append("        def _missing_(cls, v):")
        out.append("            return %s" % rnd.choice(("None", "cls.m0", "5", "cls(v)")))
    out.append("        pass")
    out.append("    return E")
    out.append("_t(_mk)")
    out.append("try:\n    E = _mk()\nexcept Exception:\n    E = None")
    for _ in range(rnd.randint(1, 6)):
        out.append("_t(lambda: %s)" % rnd.choice(("list(E)", "E(%s)" % rnd.choice(HUGE_INTS + ["'a'"]), "E.m0 | E.m1",
                                                   "~E.m0", "E['m0']", "len(E)", "E.m0 in E", "repr(E.m0)",
                                                   "E.m0 & 2**70", "EnumCheck.UNIQUE in E", "verify(UNIQUE)(E)",
                                                   "E.__members__")))
    return out


def gen_copynative(rnd):
    out = ["import copy", "from collections import OrderedDict, Counter, defaultdict, deque"]
    kinds = [("OrderedDict", "(a=1, b=2)"), ("Counter", "('abca')"), ("defaultdict", "(list, a=[1])"), ("deque", "([1, 2], 5)"),
             ("dict", "(a=1)"), ("list", "([1])")]
    for i, (k, a) in enumerate(kinds):
        out.append("class S%d(%s):" % (i, k))
        out.append("    %s" % rnd.choice(("pass", "__slots__ = ('x',)", "def __init__(self, *a, **k):\n        pass",
                                          "def copy(self):\n        return 5", "def __copy__(self):\n        raise ValueError",
                                          "def __len__(self):\n        return -1", "def __iter__(self):\n        return iter([1])",
                                          "def __getitem__(self, k):\n        raise KeyError(k)")))
    for _ in range(rnd.randint(3, 10)):
        i = rnd.randrange(len(kinds))
        j = rnd.randrange(len(kinds))
        obj = "S%d%s" % (i, kinds[i][1])
        k = rnd.randrange(4)
        if k == 0:
            s = "type(copy.%s(%s)).__name__" % (rnd.choice(("copy", "deepcopy")), obj)
        elif k == 1:
            s = "%s.%s(%s)" % (kinds[j][0], rnd.choice(("copy", "__copy__", "__reduce__", "clear", "popitem", "keys",
                                                     "move_to_end", "most_common", "elements", "rotate", "appendleft",
                                                     "__len__", "__repr__", "__missing__", "update", "pop")), obj)
        elif k == 2:
            s = "%s.%s(%s, %s)" % (kinds[j][0], rnd.choice(("__getitem__", "__setitem__", "__contains__", "move_to_end",
                                                         "update", "subtract", "pop", "extend", "__eq__", "__or__",
                                                         "__ior__", "__init__", "setdefault", "fromkeys")),
                                   obj, rnd.choice(("'a'", "1", "[1]", "{'a': 1}", obj, "None")))
        else:
            s = "copy.copy(%s) == %s" % (obj, obj)
        out.append("_t(lambda: %s)" % s)
    return out


def gen_sockmsg(rnd):
    out = ["import socket, os",
           "a, b = socket.socketpair(%s)" % rnd.choice(("", "socket.AF_UNIX, socket.SOCK_DGRAM", "socket.AF_UNIX, socket.SOCK_STREAM")),
           "a.settimeout(0.2); b.settimeout(0.2)"]
    bufs = ["[b'abc']", "[]", "[b'']", "[b'x' * 70000]", "[memoryview(b'abcd')[::2]]", "[bytearray(b'ab'), b'cd']",
            "['str']", "[5]", "None", "b'abc'", "[b'a'] * 2000", "iter([b'a'])", "(b'ab',)"]
    anc = ["[]", "[(socket.SOL_SOCKET, socket.SCM_RIGHTS, bytes(4))]",
           "[(socket.SOL_SOCKET, socket.SCM_RIGHTS, __import__('array').array('i', [a.fileno()]))]",
           "[(socket.SOL_SOCKET, socket.SCM_RIGHTS, b'\\xff' * 4)]", "[(1, 2)]", "[(1, 2, 3, 4)]", "[None]",
           "[(socket.SOL_SOCKET, socket.SCM_RIGHTS, b'x' * 100000)]", "[(2**70, 1, b'')]", "[(-1, -1, b'abc')]",
           "5", "[(socket.SOL_SOCKET, socket.SCM_RIGHTS, b'')] * 300"]
    for _ in range(rnd.randint(3, 12)):
        k = rnd.randrange(9)
        if k == 0:
            s = "a.sendmsg(%s%s)" % (rnd.choice(bufs), rnd.choice(("", ", " + rnd.choice(anc), ", %s, %s" % (rnd.choice(anc), rnd.choice(("0", "-1", "2**40"))),
                                                                  ", [], 0, %s" % rnd.choice(("None", "'/nonexist'", "('a', 1)", "b'\\x00' * 200", "5")))))
        elif k == 1:
            s = "b.recvmsg(%s%s)" % (rnd.choice(HUGE_INTS[:12]), rnd.choice(("", ", %s" % rnd.choice(HUGE_INTS[:12]),
                                                                                ", %s, %s" % (rnd.choice(HUGE_INTS[:8]), rnd.choice(("0", "socket.MSG_PEEK", "-1", "socket.MSG_DONTWAIT"))))))
        elif k == 2:
            s = "b.recvmsg_into(%s%s)" % (rnd.choice(("[bytearray(5)]", "[bytearray(0)]", "[b'abc']", "[memoryview(bytearray(10))[::2]]",
                                                      "[]", "None", "[bytearray(3), bytearray(100000)]")),
                                          rnd.choice(("", ", 0", ", 100", ", -1")))
        elif k == 3:
            s = "socket.%s(%s)" % (rnd.choice(("CMSG_LEN", "CMSG_SPACE")), rnd.choice(HUGE_INTS + ["'a'", "1.5"]))
        elif k == 4:
            f = rnd.choice(("open(__file__, 'rb')", "open(__file__, 'r')", "open(__file__, 'rb', buffering=0)",
                            "__import__('io').BytesIO(b'abc' * 100)", "b", "5", "None"))
            s = "a.sendfile(%s%s)" % (f, rnd.choice(("", ", 0", ", -1", ", 2**62", ", 10, 5", ", 0, 0", ", 0, -1", ", 0, 2**70", ", 1, None")))
        elif k == 5:
            s = "socket.socket(fileno=%s).%s" % (rnd.choice(("a.fileno()", "os.dup(b.fileno())", "-1", "99999", "0", "2**40",
                                                             "'x'", "os.open(__file__, 0)")),
                                                 rnd.choice(("family", "type", "getsockname()", "close()", "fileno()", "detach()")))
        elif k == 6:
            s = "(%s).%s" % (rnd.choice(("a", "b")), rnd.choice(("close()", "detach()", "shutdown(2)", "fileno()",
                                                                  "recv(%s)" % rnd.choice(HUGE_INTS[:12]), "send(b'x')",
                                                                  "sendall(b'y' * 1000)", "setblocking(False)", "dup().close()")))
        elif k == 7:
            s = "socket.socket(%s)" % rnd.choice(("socket.AF_UNIX, socket.SOCK_STREAM, 0, a.fileno()",
                                                  "socket.AF_INET, socket.SOCK_DGRAM, 0, b.fileno()", "-1, -1, -1, a.fileno()",
                                                  "fileno=a", "0, 0, 0, 0"))
        else:
            s = "(b.recvmsg(100, socket.CMSG_SPACE(%s)), None)[1]" % rnd.choice(("4", "0", "40", "2**20"))
        out.append("_t(lambda: %s)" % s)
    out.append("_t(lambda: (a.close(), b.close()))")
    return out


def gen_pollthreads(rnd):
    out = ["import select, socket, _thread, time",
           "p = select.poll()",
           "socks = [socket.socketpair() for _ in range(%d)]" % rnd.randint(1, 4),
           "for x, y in socks:\n    p.register(x, select.POLLIN)",
           "done = []",
           "def worker(n):",
           "    try:",
           "        for i in range(%d):" % rnd.randint(5, 60)]
    acts = ["p.register(socks[i %% len(socks)][1], %s)" % rnd.choice(("select.POLLIN", "select.POLLOUT", "0", "-1", "2**20")),
            "p.unregister(socks[i % len(socks)][0])", "p.modify(socks[i % len(socks)][0], select.POLLOUT)",
            "p.poll(%s)" % rnd.choice(("0", "1", "5", "None if False else 2")), "socks[i % len(socks)][1].send(b'x')",
            "socks[i % len(socks)][0].recv(1) if False else None", "p.register(i + 1000)",
            "p.unregister(i + 1000)", "socks.append(socket.socketpair())", "socks[-1][0].close()"]
    for _ in range(rnd.randint(1, 4)):
        out.append("            try:\n                %s\n            except Exception as e:\n                pass" % rnd.choice(acts))
    out += ["    finally:", "        done.append(n)"]
    nthr = rnd.randint(1, 4)
    out.append("for n in range(%d):\n    _thread.start_new_thread(worker, (n,))" % nthr)
    out.append("for i in range(%d):\n    try:\n        p.poll(%s)\n    except Exception as e:\n        print(type(e).__name__)" % (
        rnd.randint(1, 30), rnd.choice(("0", "1", "3", "10"))))
    out.append("t0 = time.time()\nwhile len(done) < %d and time.time() - t0 < 3:\n    time.sleep(0.01)" % nthr)
    out.append("print(len(done))")
    return out


GENERATORS += [gen_random, gen_random, gen_re_names, gen_typing, gen_ipaddress, gen_enum, gen_copynative,
               gen_sockmsg, gen_sockmsg, gen_pollthreads]
