# Standalone program generator for the LOAD_GLOBAL position cache (py/vm.c)
# and class-body LOAD_NAME: a random sequence of global stores, deletes,
# bursts of junk globals (table rebuilds), non-qstr keys whose __eq__ pops a
# global mid-lookup, builtins added and removed, gc.collect() and eval() on
# other dicts, each followed by reads from functions, comprehensions, module
# level and class bodies. Deterministic, so compare with CPython:
#   python3 tools/fuzz/gen_globals.py SEED > /tmp/g.py
#   ./micropython /tmp/g.py > a; python3 /tmp/g.py > b; cmp a b
import random, sys
seed = int(sys.argv[1]); R = random.Random(seed)
names = ['a', 'b', 'c', 'len', 'abs', 'print_', 'zz', 'min']
L = ["import builtins, gc",
     "G = globals()",
     "def rd(n):\n    try:\n        return repr(G['__rd_' + n]())\n    except NameError as e:\n        return 'NE'",
     "class Q(str):\n    def __hash__(self): return str.__hash__(self)\n    def __eq__(s, o):\n        if Q.hook: Q.hook()\n        return str.__eq__(s, o)\nQ.hook = None",
     "out = []"]
for n in names:
    L.append("def __rd_%s():\n    return %s" % (n, n))
    L.append("def __rdl_%s(k):\n    return [%s for _ in range(k)][-1:]" % (n, n))
ops = []
for i in range(R.randint(20, 80)):
    n = R.choice(names)
    op = R.randrange(12)
    if op == 0: L.append("%s = %d" % (n, i))
    elif op == 1: L.append("G.pop(%r, None)" % n)
    elif op == 2: L.append("for j in range(%d): G['j%%d' %% j] = j" % R.randint(1, 300))
    elif op == 3: L.append("for k in [k for k in G if k.startswith('j')]: del G[k]")
    elif op == 4: L.append("G[Q('q%d')] = %d" % (i, i))
    elif op == 5: L.append("Q.hook = (lambda h=None: [setattr(Q, 'hook', None), G.pop(%r, None), setattr(Q, 'hook', h)])\nQ.hook.__defaults__ = (Q.hook,)" % n)
    elif op == 6: L.append("Q.hook = None")
    elif op == 7: L.append("setattr(builtins, %r, %d) if %r not in ('len','abs','min') else None" % (n, i, n))
    elif op == 8: L.append("builtins.__dict__.pop(%r, None) if %r not in ('len','abs','min') else None" % (n, n))
    elif op == 9: L.append("gc.collect()")
    elif op == 10: L.append("exec(__rd_%s.__code__, {'%s': %d})" % (n, n, i) if False else "out.append(eval('%s', {'%s': %d}))" % (n, n, i))
    else: L.append("G[Q('%s')] = %d" % (n, i))
    for _ in range(R.randint(1, 3)):
        m = R.choice(names)
        L.append("out.append(rd(%r))" % m)
        L.append("try:\n    out.append(repr(%s))\nexcept NameError:\n    out.append('NE')" % m)
        L.append("class CB:\n    try:\n        out.append(repr(%s))\n    except NameError:\n        out.append('NE')" % m)
        L.append("try:\n    out.append(repr(__rdl_%s(2)))\nexcept NameError:\n    out.append('NE')" % m)
L.append("Q.hook = None")
L.append("print(out)")
print("\n".join(L))
