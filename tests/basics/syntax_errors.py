# malformed programs are rejected by compile() with SyntaxError; for errors at
# a real token the line number is printed too
progs = [
    # (source, print lineno?)
    ("x = = 1\n", True),
    ("def f(:\n    pass\n", True),
    ("1 +\n", False),
    ("for x in :\n    pass\n", True),
    ("if True\n    pass\n", True),
    ("x = 1\ny = 2 + * 3\n", True),
    ("return 5\n", True),
    ("a = 1\nbreak\n", True),
    ("continue\n", True),
    ("nonlocal x\n", True),
    ("def f(a, a):\n    pass\n", True),
    ("1 = x\n", True),
    ("f() = 1\n", True),
    ("del 1\n", True),
    ("x + 1 = 2\n", True),
    ("(a, b) += 1\n", True),
    ("None = 1\n", True),
    ("def None():\n    pass\n", True),
    ("class :\n    pass\n", True),
    ("import\n", False),
    ("from x import\n", False),
    ("a b\n", True),
    ("print 'hello'\n", True),
    ("x = [1, 2)\n", True),
    ("x = 1)\n", True),
    ("x = 'unterminated\n", True),
    ("x = 1.2.3\n", True),
    ("def f(**k, a):\n    pass\n", True),
    ("def f(a=1, b):\n    pass\n", True),
    ("f(a=1, 2)\n", True),
    ("else:\n    pass\n", True),
    ("while True print(1)\n", True),
    ("a, *b, *c = d\n", True),
    ("class C(:\n    pass\n", True),
    ("x = {1: 2, 3}\n", True),
    ("x = {1, 2: 3}\n", True),
    ("def f()\n    pass\n", True),
    ("lambda x: return x\n", True),
    ("x = 5 if True\n", False),
    ("for in range(3):\n    pass\n", True),
    ("with as f:\n    pass\n", True),
    ("assert\n", False),
    ("raise from e\n", True),
    ("global\n", False),
    ("x = [i for i in]\n", True),
    ("a.1 = 2\n", True),
    ("def f():\n    pass\nf(,)\n", True),
    ("3 += 1\n", True),
    ("del f()\n", True),
    ("if 1:\n    pass\nelif:\n    pass\n", True),
    ("def f():\n    break\n", True),
    ("class C:\n    return 1\n", True),
    ("def f():\n    def g():\n        nonlocal q\n", False),
    ("foo(\n", False),
    ("}\n", True),
    ("not\n", False),
    ("a = b =\n", False),
    ("import a.b as\n", False),
    ("def f(a, *, b, *, c):\n    pass\n", True),
    ("x = [**a]\n", True),
    ("x = (1, 2\n", False),
    ("while 1:\n    pass\nelse\n", True),
    ("try:\n    pass\nexcept\n", True),
]
n = 0
for src, show_line in progs:
    try:
        compile(src, '<prog>', 'exec')
        print('ACCEPTED', repr(src))
    except SyntaxError as e:
        n += 1
        if show_line:
            print(type(e).__name__, e.lineno)
        else:
            print(type(e).__name__)
print(n, 'rejected of', len(progs))
