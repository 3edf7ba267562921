# SyntaxWarning for a call or subscript of a literal or display (a missed
# comma), through the warnings module; is-literal, assert-tuple and escapes too
import warnings
srcs = ['[(1, 2) (3, 4)]', '"a" (1)', '1 (2)', '[1] (2)', '{1:2} (3)', 'x is 1', 'x is not "a"', 'assert (x, "m")',
        r"s = '\d'", r"s = b'\d'", 'x = 1 [2]', '(1,2)[x]', '"abc"[1.0]', '1.0 ()', '{1}(1)', '{x for x in y}(1)', '[x for x in y](1)', 'f"a"(1)', '(x, y)(1)', '...(1)', 'None(1)', 'True(1)', '1 is x']
for src in srcs:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(src, '<s>', 'exec')
        except SyntaxError as e:
            print(src, 'SyntaxError', e)
        print(src, [(x.category.__name__, str(x.message), x.lineno) for x in w])
more = ['(1).real', 'b"ab"[1.5]', '(1,2)["a"]', '[1][None]', '"a"[True]', '"a"[x]', '"a"[1:2]', '{1:2}[3.0]', 'True[1]', '(lambda: 1)[1]', '(lambda: 1)()', '(x for x in y)[0]', '1j[0]', 'f"{x}"[1.0]', '[1][(1,)]', '"a"[{}]', 'x = [\n(1, 2)\n(3, 4)]', '...[1]', 'None[1]', '[x for x in y][1.0]']
for src in more:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        compile(src, '<s>', 'exec')
        print(src, [(x.category.__name__, str(x.message), x.lineno) for x in w])
# error filter makes it a SyntaxError
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        compile('[(1, 2) (3, 4)]', '<s>', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
