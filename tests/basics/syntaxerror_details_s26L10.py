# SyntaxError details (msg, lineno, offset, end_lineno, end_offset, text) of
# errors CPython raises in its compiler or symtable, after the whole source has
# parsed: text is None for compile() of a string, and a parse error later in
# the source comes first. Also the ranges of a few parser errors.
cases = [
    # compiler/symtable errors: text None, reported after parse errors
    "def f(a, a): pass\n",
    "def f(ab, ab): pass\n",
    "def f(a, a: int=3): pass\n",
    "def f(a, *, a): pass\n",
    "def f(a, /, a): pass\n",
    "def f(x, a, **a): pass\n",
    "def f(a, *a: int): pass\n",
    "lambda ab, *ab: 0\n",
    "class C:\n def f(__a, __a): pass\n",
    "def f(a, a): pass\n1 +\n",
    "def f(a, a):\n  x = 1 +\n",
    "def f(a, a):\n  nonlocal a\n",
    "def f(__debug__): pass\n",
    "@d\ndef f(__debug__): pass\n",
    "*a = 1\n",
    "*a = 1\nx = 1 +\n",
    "for *a in x: pass\n",
    "with x as *a: pass\n",
    "[0 for *a in x]\n",
    "a, *b, *c = 1\n",
    "[a, *b, *c] = 1\n",
    "for a, *b, *c in x: pass\n",
    "x = *a\n",
    "*a\n",
    "x = *a\n1 +\n",
    "async with a: pass\n",
    "async with a:\n  x = 1\n  y = 2\n",
    "async for a in b:\n  if x:\n    pass\n",
    "def f():\n  async for a in b:\n    pass\n  else:\n    x = 1\n",
    "async with a: pass  # c\n",
    "class C:\n  async with a: pass\n",
    "from __future__ import braces\n",
    "from __future__ import nested_scopes, braces\n",
    "from __future__ import spam\n",
    "x=1\nfrom __future__ import division\n",
    "x=1; from __future__ import division\n",
    "x=1; y=2; from __future__ import (division,\n braces)\n",
    "from __future__ import division; x=1\ny=2;from __future__ import annotations\n",
    # parser errors
    "*a: int = 1\n",
    "match *a:\n  case 1: pass\n",
    "try:\n  pass\nexcept A,:\n  pass\n",
    "try:\n  pass\nexcept A, as e:\n  pass\n",
    "try:\n  pass\nexcept A,\n  pass\n",
    "try:\n  pass\nexcept A, *B:\n  pass\n",
    "try:\n  pass\nexcept A, B as e:\n  pass\n",
    "[a b.c d]\n",
    "(a b.c)\n",
    "{a b[1](2)}\n",
    "[a b if c else d]\n",
    "{1: a b.c}\n",
    "x = [1,\n(2, 3]\n",
    "f(x]\n",
    "x = (1,\n2]\ny = 3\n",
    "x = )\n",
    "x = " + "(" * 201 + "\n",
    "b = b'caf\u00e9'\n",
    "x = 1 b'x'\n",
    "x = 1 rb'x'\n",
    "x = 1 Br\"x\"\n",
    # a bracket never closed is reported only when opened on a line before
    # the last token the parser read, or when the error is that bracket
    "class F(float: pass\nclass P:\n    pass\n",
    "x = (1 +* 2\ny = 3\n",
    "f(1, 2; g()\n",
    "def ou(ter():\n",
    "d(ef t(f):\n  pass\n",
    "x = 1{0\nname = 2\n",
    "f(a b\n",
    "x = [1, 2\ny = 3\n",
    "foo(1,\n2\n",
    "(X = 1\n",
    # an annotation's target errors want an annotation after the ':'
    "t*ry:\n",
    "f():\n",
    "f(): int\n",
    "1:\n",
    "a, b:\n",
    "[a]:\n",
    "a, b: int\n",
    "(): int\n",
    "(a, b): int\n",
    "x:\n",
    "if 1:\n\tx\n        y\n",
    "if 1:\n        x\n\ty\n",
]
for s in cases:
    try:
        compile(s, "<s>", "exec")
        print(repr(s), "ok")
    except SyntaxError as e:
        print(repr(s), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

# still fine
def f(a, *b, c, **d):
    return a, b, c, d
print(f(1, 2, c=3, e=4))
a, *b = 1, 2, 3
print(a, b)
for x, *y in [(1, 2, 3)]:
    print(x, y)
print([*b], (*b,))

# a NUL in a string source: CPython's message, and no location
for f in (lambda s: compile(s, "<s>", "exec"), exec, eval):
    for s in ["x = 1\0", b"x = 1\0", "\0"]:
        try:
            f(s)
            print("ok")
        except SyntaxError as e:
            print(type(e).__name__, e.args, e.lineno)
