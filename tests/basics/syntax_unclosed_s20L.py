# Syntax errors in sources with unclosed brackets: CPython names the bracket
# only when its parser read on to the end of the source.
srcs = ['"\\\n"(1 for c in I,\\\n\\', '(1 for c in I,\\\n\\', 'f(1 for c in I,\\\n\\', 'f(1,\\\n\\', 'x = \\\n\\',

"f(1, 2", "f(1,", "(1, 2", "[1, 2", "{1: 2,", "x = (1,\n", "x = (1, 2\ny = 3\n", "f(a, b\nc = 1\n",
"print((1, 2)", "x = [1,\n2,\n", "foo(\n", "x = (", "(", "[", "{", "f(a=1,", "f(*a,", "f(**k,",
"x = (1 +", "x = (1, 2 +", "d = {'a': 1, 'b'", "(a, b", "(a b", "f(a b", "[x for x in y", "[x for x in y,",
"x = (1,\n2\n", "if (a,\n  pass\n", "def f(a,\n  pass\n", "def f(a, b:\n", "class C(A,\n", "(1, 2]", "(1, 2}", "[1, (2, 3]",
"f(1, 2\n", "x = [1, 2\n", "lambda: (1,", "x = {1,\n", "x = f(a,\n  b\n", "a = (1,\n  2,\nb = 3\n",
"x = (\n1,\n2\ny = 1\n", "f(a,\nb c)\n", "(a,\n", "print('x',", "print('x', end=''",
"x = (yield", "x = ((1, 2), (3,", "t = 1, (2,", "a[1, 2", "a[1:", "f(x for x in y", "f(x for x in y,",


"[x for x in y,", "[x for x in y, z", "(x for x in y,", "{x for x in y,", "{x: 1 for x in y,", "[x for x in y if a,",
"f(x for x in y,", "f(x for x in y, z", "f(x for x in y, z)", "f(a, x for x in y)", "f(x for x in y, 1", "f(x for x in y)\n",
"[x for x in y, z]", "[x for x in y,]", "(x for x in y, z)", "[x for x in 1, 2", "g(x for x in y if z,",
"[a, b for a in c", "[a, b for a in c]", "[a, b for a in c,", "f(a for a in b, *c", "x = [i for i in range(3),\n",
"[x async for x in y,", "[*x for x in y,", "f(x for x in y,\n)", "[x for x in (1,\n",
"[lambda: 1, 2", "[x if y else z,", "[x := 1,", "[x for x in y for z in w,", "f(a, (b, c", "f(a, [b, c",
"(1 for x in y, 2", "(1 for x in y,\n", "[1 for x in y,\n",

"f(a, x for x in y", "f(a, x for x in y\n", "f(a, x for x in y)", "f(x for x in y, z", "f(x for x in y, z\nq = 1\n", "f(x for x in y, z)\nq = (1,\n",
"f(a, x for x in y, b", "g(x for x in y,\n", "class C(x for x in y", "f(x for x in y if z, 1",
]
for s in srcs:
    try:
        compile(s, 'f', 'exec')
        print(repr(s), 'ok')
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset)
