# SyntaxError messages for mistakes found by CPython's language tests
# (test_syntax, test_generators, test_genexps): each must be refused at
# compile time with CPython's message and offset.
srcs = [
    # a parenthesized expression is an operand: '=' there may be a mistyped '=='
    "def f(): (yield bar) = y\n", "def f(): (yield from x) = 1\n", "(lambda: 1) = 1\n",
    "(a if b else c) = 1\n", "(a := 1) = 2\n", "(not a) = 1\n", "(a < b) = c\n",
    "(lambda: 1), a = 1\n", "a, (lambda: 1) = 1\n", "def f(): (yield), a = 1\n",
    "if (a < b) = 1:\n    pass\n", "x = (yield) = 1\n", "(a) if b else c = 1\n",
    # Python 2 style parameters
    "def f(x, (y, z), w):\n    pass\n", "def f((x, y, z, w)):\n    pass\n", "def f((a), /):\n    pass\n",
    "lambda x, (y, z), w: None\n", "lambda (x): None\n", "def f(a=1, (b, c)):\n    pass\n",
    "def f(*, (a)):\n    pass\n",
    # missing default values, '/' glued to '*'
    "def f(a=1, d=, c):\n    pass\n", "def f(a, d=):\n    pass\n", "def f(a: int=, c):\n    pass\n",
    "def f(*, a=, b):\n    pass\n", "lambda a, d=, c: None\n", "lambda a=: 1\n",
    "def f(a=1, /*, b, c):\n    pass\n", "def f(a, /*b):\n    pass\n", "lambda a=1, /*, b, c: None\n",
    "def f(a, /**k):\n    pass\n", "def f(*None):\n    pass\n", "def f(*):\n    pass\n",
    # a starred dict value
    "{1: *12+1, 23: 1}\n", "{1: *12+1}\n", "{1: 23, 1: *12+1}\n", "{**a, 1: *b}\n", "{1: **a}\n",
    # 'match' without its ':'
    "match x\n    case list():\n        pass\n", "match x, y\n", "match x.y\n", "match 'a'\n",
    "match x if y else z\n", "match (x)\n", "match -x\n", "match x y:\n    case 1:\n        pass\n",
    # a trailing comma only at the end of the line
    "from t import x,y, and 3\n", "from t import x,\n", "from t import x, ;\n",
    # "expected 'else'" only where no ':' follows the condition
    'if True:\n    print("Hello"\n\nif 2:\n   print(123))\n', "x = a if b\n", "x = a if b:\n",
    "[a if b: c]\n", "f(a if b)\n", "if x if y:\n    pass\n",
    # a generator expression as a keyword's value
    "dict(a = i for i in range(10))\n", "f(a=1, b = i for i in x)\n", "f(x for x in y)\n",
]
for src in srcs:
    try:
        compile(src, "<s>", "exec")
        print("OK", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(src), e.msg, e.lineno, e.offset)

# still valid
def g(a, b=2, /, c=3, *, d=(4)):
    return a, b, c, d
print(g(1), (lambda x=(1): x)(), {1: (2), **{3: 4}})
match = [5]
match [0]
print(match [0], match)
(x) = 1
(y): int = 2
print(x, y, __annotations__)
