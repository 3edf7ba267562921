# source that must raise SyntaxError at compile time
bad = [
    'x = 1 +', 'def f(:', 'return 5', 'yield 1', 'break', 'continue', 'f(x for x in y, 1)', 'a = 07', '1 = x',
    'f() = 1', 'del f()', 'x += 1 = 2', 'lambda: (yield)', 'def f(a, a): pass', 'def f(a=1, b): pass',
    'f(**k, *a)', 'f(a=1, 2)', 'nonlocal x', 'def f():\n    global x\n    x = 1\n    global x', '(a, b) += 1',
    'def f():\n    x = 1\n    global x', 'class C:\n    nonlocal y', "f'{'", "f'{}'", 'a if b', 'import', 'from x import',
    '*a = 1', 'a, *b, *c = d', 'print "hi"', 'x = [1, 2', "'unterminated", '0b2', '0o8', '1_000_', '1__0', 'if True:\npass',
    'for x in 1:\n  pass\n else:\n  pass', 'try:\n  pass', 'async = 1', 'await = 1', 'None = 1', 'True += 1', '__debug__ = 1',
    'def f(*): pass', 'def f(*, **k): pass', 'x: int += 1', '[x for x in 1 if y := 2]', 'with a as b, : pass',
]
for src in bad:
    try:
        compile(src, '<t>', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError:
        print(repr(src), 'SyntaxError')
ok = ['x = 1', 'def f(a, /, b, *, c): pass', 'lambda *a, **k: 0', 'f(*a, *b, **c, **d)', 'x = yield_ = 1',
      'async def f():\n    await x', 'match = 1', 'case = 2', '_ = 3', 'print(*[], sep="")', 'x = 0o17 + 0b1 + 0x_f + 1_0',
      'a[1:2, ::3] = b', 'global g', 'x: int', 'x: int = 5', '(x) = 1', '[a, b] = c', 'del (a), [b]', 'type = 1']
for src in ok:
    try:
        compile(src, '<t>', 'exec')
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e)
