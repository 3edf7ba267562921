# Program generators for code added in session 9: for loops that keep their
# iterator in stack slots (GET_ITER_STACK: nested loops over every built-in
# sequence and range with odd bounds, left by break/continue/return/raise/
# yield through try/finally/with, sequences mutated while iterated, user
# iterators that raise, range rebound, gc.collect() and heap_lock inside),
# and array('O') (objects only an array holds must survive gc.collect()).
# Each statement catches its own exception: the point is a crash, a sanitizer
# report or a hang, not the output.
#   python3 tools/fuzz/gen_s9.py SEED > /tmp/c.py       one program
#   python3 tools/fuzz/gen_s9.py --run N [BINARY]       N seeds; prints failures
# strat_s9(rnd, corpus) has the signature of fuzz.py's strategies.
import random

PRELUDE = r"""import micropython, sys, gc, array
L = [1, 2, 3, 4]
BA = bytearray(b'abcdef')
N = [0]
class It:
    def __init__(self, n, bad):
        self.n = n
        self.bad = bad
    def __iter__(self):
        if self.bad == 1:
            raise KeyError('iter')
        return self
    def __next__(self):
        self.n -= 1
        if self.n < 0:
            if self.bad == 2:
                raise IndexError('next')
            raise StopIteration
        return self.n
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return a[0] is KeyError
def _g(n):
    for i in range(n):
        yield i
def _t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r)[:60])
    except BaseException as e:
        print(type(e).__name__)
"""

ITERS = ["range({a})", "range({a}, {b})", "range({a}, {b}, {c})", "L", "BA", "'h\\u00e9llo'", "b'xyz'",
         "(1, 'a', None)", "[]", "''", "It(3, {k})", "_g(3)", "iter(L)", "reversed(L)", "L[:]",
         "array.array('O', L)", "{{1: 2, 3: 4}}", "{{5, 6}}", "'ab' * 40", "enumerate('ab')"]
BOUNDS = ["0", "1", "3", "-2", "sys.maxsize", "-sys.maxsize - 1", "sys.maxsize - 1", "2**62", "-2**62",
          "2**64", "-2**70", "True", "7"]
STEPS = ["1", "-1", "2", "-3", "sys.maxsize", "-sys.maxsize", "2**65", "0", "1.5"]
BODY = ["break", "continue", "pass", "acc.append({v})", "L.append({v})", "L.pop()", "L.clear()",
        "L[:] = range(6)", "BA.extend(b'zz')", "BA.__delitem__(slice(0, 3))", "gc.collect()",
        "raise ValueError({v})", "acc.append([x for x in {it}])", "acc.append(sum(1 for _ in {it}))",
        "acc.append((min({it}, default=0), max({it}, default=0), any({it}), all({it})))",
        "L.extend(L[:50])", "acc.append(sum({it}) if {it} is not BA else 0)", "acc.append(len(acc))"]


def it_expr(rnd, small=False):
    # (small: bounds a whole pass over the range can finish)
    bounds = ["0", "3", "-2", "7", "True"] if small else BOUNDS
    return rnd.choice(ITERS).format(a=rnd.choice(bounds), b=rnd.choice(bounds), c=rnd.choice(STEPS),
                                     k=rnd.randint(0, 2))


def gen_loops(rnd, depth, ind, vars_, in_gen):
    out = []
    v = "v%d" % depth
    header = "for %s in %s:" % (v, it_expr(rnd))
    wrap = rnd.random()
    pre = ind
    if wrap < 0.2:
        out.append(ind + "try:")
        pre = ind + "    "
    elif wrap < 0.35:
        out.append(ind + "with CM():")
        pre = ind + "    "
    out.append(pre + header)
    body = pre + "    "
    # (first, so that a continue cannot skip it: growing L or BA would never end)
    out.append(body + "N[0] += 1")
    out.append(body + "if N[0] > 3000 or len(acc) > 500 or len(L) > 500 or len(BA) > 500:\n%s    break" % body)
    for _ in range(rnd.randint(1, 4)):
        r = rnd.random()
        if r < 0.3 and depth < 4:
            out += gen_loops(rnd, depth + 1, body, vars_ + [v], in_gen)
        elif r < 0.4 and in_gen:
            out.append(body + "x = yield %s" % v)
            out.append(body + "if x == 'b':\n%s    break" % body)
        elif r < 0.45:
            out.append(body + "if len(acc) > %d:\n%s    return acc" % (rnd.randint(0, 30), body))
        elif r < 0.5:
            out.append(body + "try:\n%s    %s\n%sfinally:\n%s    %s" % (
                body, rnd.choice(["break", "continue", "raise KeyError", "acc.append(1)"]), body, body,
                rnd.choice(["pass", "gc.collect()", "acc.append(2)"])))
        else:
            out.append(body + rnd.choice(BODY).format(v=rnd.choice(vars_ + [v]), it=it_expr(rnd, True)))
    if rnd.random() < 0.2:
        out.append(pre + "else:\n%s    acc.append('else')" % pre)
    if wrap < 0.2:
        out.append(ind + "except %s:\n%s    acc.append('exc')" % (
            rnd.choice(["Exception", "ValueError", "TypeError"]), ind))
    return out


def gen_fun(rnd):
    in_gen = rnd.random() < 0.4
    out = ["def f():", "    acc = []", "    N[0] = 0"]
    if rnd.random() < 0.2:
        out.append("    range = %s" % rnd.choice(["lambda *a: 'ab'", "lambda *a: L", "list"]))
    out += gen_loops(rnd, 0, "    ", [], in_gen)
    if in_gen:
        out.append("    yield len(acc)")  # (a generator even when no loop yields)
    out.append("    return acc")
    locked = rnd.random() < 0.2
    if in_gen:
        out.append("def drive():\n    g = f()\n    r = []\n    try:\n        r.append(next(g))")
        for _ in range(rnd.randint(1, 8)):
            op = rnd.choice(["g.send('b')", "g.send(None)", "next(g)", "g.throw(ValueError)",
                             "g.throw(KeyError)", "gc.collect()", "g.close()"])
            out.append("        r.append(%s)" % op)
        out.append("    except BaseException as e:\n        r.append(type(e).__name__)\n    return r")
        call = "drive()"
    else:
        call = "f()"
    if locked:
        out.append("micropython.heap_lock()\ntry:\n    %s\nexcept BaseException as e:\n    pass\n"
                   "micropython.heap_unlock()" % call)
    out.append("_t(lambda: %s)" % call)
    return out


def gen_array_o(rnd):
    out = ["a = array.array('O', [[i] for i in range(%d)])" % rnd.randint(0, 20)]
    ops = ["a + a", "a * %d" % rnd.randint(-1, 5), "a[%d:%d:%d]" % (rnd.randint(-5, 5), rnd.randint(-5, 20),
           rnd.choice([1, -1, 2, -3])), "a.extend([[0]] * 5)", "a.extend(a)", "a.insert(%d, [7])" % rnd.randint(-30, 30),
           "a.pop()", "a.pop(0)", "a.remove(a[-1])", "a.index([3])", "list(reversed(a))", "a == a[:]",
           "a < a + a", "a.append(object())", "gc.collect()", "[bytearray(50) for i in range(100)]",
           "a.__setitem__(slice(0, 2), array.array('O', [1, 2, 3]))", "a.__delitem__(slice(1, None, 2))",
           "memoryview(a)", "bytes(a)", "a.__iadd__(a)", "a.__imul__(2)", "[x[0] if isinstance(x, list) else x for x in a][:8]",
           "__import__('copy').copy(a)", "array.array('O', a)", "array.array('i', a)", "sorted(a, key=str)[:3]"]
    for _ in range(rnd.randint(3, 15)):
        out.append("_t(lambda: %s)" % rnd.choice(ops))
    out.append("gc.collect()\n_t(lambda: [x for x in a][:5])")
    return out


GENERATORS = [gen_fun, gen_fun, gen_fun, gen_array_o]


def strat_s9(rnd, corpus):
    parts = []
    for _ in range(rnd.randint(1, 3)):
        parts += rnd.choice(GENERATORS)(rnd)
    return PRELUDE + "\n".join(parts) + "\nprint('end')\n"


if __name__ == "__main__":
    import standalone
    standalone.main(strat_s9, "s9", need_end=True)
