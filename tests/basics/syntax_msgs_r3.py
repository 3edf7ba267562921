# SyntaxError messages that CPython 3.11 gives for common mistakes
srcs = [
    "f() = 1\n", "x = f() = 1\n", "(f()) = 1\n", "a, f() = 1, 2\n", "f(), a = 1, 2\n",
    "a + b = 1\n", "-a = 1\n", "... = 1\n", "{a} = 1\n", "[x for x in y] = 1\n",
    "(x for x in y) = 1\n", "a < b = 1\n", "None = 1\n", "x = 1 = 2\n", "f() = yield\n",
    "print 'hi'\n", "exec 'x'\n", "print\n",
    "if x = 1: pass\n", "if f() = 1: pass\n", "while x = 1: pass\n", "@x = 1\ndef f(): pass\n",
    "if x = 1 = 2: pass\n", "if [a] = 1: pass\n", "if x.y = 1: pass\n",
    "f(a b)\n", "[a b]\n", "(1 2)\n", "{a b}\n", "x = [1, 2 3]\n", "x = a b\n", "def f(x y): pass\n",
    "x = {1: 2, 3}\n", "x = {1: 2, 3: 4, 5}\n",
    "if x y: pass\n", "if x\n", "while x y: pass\n", "for x in y z: pass\n", "lambda x y: 1\n", "lambda x\n",
    "def f() x\n", "def f()\n", "class A x\n", "class A\n", "try x\n", "try: pass\nexcept\n",
    "try: pass\nexcept E x\n", "try: pass\nfinally x\n", "if 1: pass\nelse x\n", "with a b: pass\n", "with a\n",
    'f"{!r}"\n', 'f"{:x}"\n', 'f"{=}"\n', 'f"{}"\n',
    '"""abc\n', '"""abc\n\n\nx\n', "def f():\n\tx\n        y\n",
]
for src in srcs:
    try:
        compile(src, "<s>", "exec")
        print("OK", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(src), e.msg)
for src in ["f(), a.b = 1\n", "f(), [a] = 1\n", "1, 2 = x\n", "a, 1 = x\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), e.msg)
for src in ['[*a for a in b]', '{*a for a in b}', '(*a for a in b)', '{**a for a in b}', 'f(*a for a in b)',
            '[x for x in (y := [1])]', '[x for x in range(3) if (x := 1)]', '[i for i in (i := [1])]',
            '[x for x in y for z in (w := 1)]', 'lambda __debug__: 0', 'def f(*__debug__): pass',
            'def f(*, __debug__=1): pass', 'f(__debug__=1)', 'def f(__debug__): pass',
            'yield = 1', 'x = yield = 1', 'x = (yield) = 1', 'x = yield from y = 1']:
    try:
        compile(src, 's', 'exec')
        print('OK', src)
    except SyntaxError as e:
        print(src, '->', e.msg)
for src in ["x = ", "x = 1 2\n", "a = 1\nif x\n  pass\n", "def f():\n\tx\n        y\n", "s = 'abc\n", "x = (1,\n", "f() = 3\n", "\n\n  x = 1\n", "x = 1\r\ny = +\r\n"]:
    try:
        compile(src, "<f>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.text), e.lineno, e.msg)
