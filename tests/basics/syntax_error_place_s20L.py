# Where CPython points for a second starred sub-pattern (the whole sequence
# pattern) and an async comprehension in a plain function (the outermost one).
for s in ['match x:\n  case [*a, *b]:\n    pass\n','match x:\n  case *a, *b:\n    pass\n','match x:\n  case (1, *a, *b):\n    pass\n', 'match x:\n  case [1, [*a, *b]]:\n    pass\n', 'def f():\n  [x async for x in y]', 'def f():\n  x = 1 + [x async for x in y]', 'def f():\n  {x async for x in y}', 'def f():\n  [x for z in w for x in [y async for y in q]]', 'def f():\n  [x for x in y if [z async for z in q]]', 'def f():\n  (x async for x in y)','def f():\n  [await x for x in y]', 'def f():\n  {k: v async for k, v in y}']:
    try: compile(s,'s','exec'); print(repr(s), 'ok')
    except SyntaxError as e: print(repr(s), type(e).__name__, e.msg, e.lineno, e.offset)
# A positional argument after keywords is reported at the end of the arguments.
for s in ['f(a=1, b)', 'f(a=1, b, c)', 'f(a=1, b, c=2)', 'f(**k, b)', 'f(**k, *b)', 'f(a=1, *b)', 'f(a=1, b\n)',
          'f(a=1, b + 1)', 'f(a=1, b for b in c)', 'f(a=1,\n b,\n c)', 'f(x, a=1, b)', 'class A(a=1, B): pass',
          'f(a=1, b', 'f(a=1, b,', 'f(a=1, b)(', 'f(a=1, b, **k, c)', 'print(end="", "x")']:
    try:
        compile(s, 'f', 'exec')
        print(repr(s), 'ok')
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
