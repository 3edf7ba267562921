# Compile-time SyntaxWarnings: "is" with a literal, an assert on a tuple, a
# keyword glued to a number; with an 'error' filter each is a SyntaxError.
import warnings

cases = [
    'x is -1', 'x is ()', 'x is (1, 2)', 'x is None', 'x is ...', '1 is not x',
    'x is "a"', 'x is b""', 'x is 1.5', 'x is (1, [])', 'x is 1 is y',
    'x == 1 is 2', 'x is 1j', 'x is (None,)', 'x is ~1', 'x is +1.0',
    'x is True', 'x is y', '(lambda: 0) if x is 3 else 1',
    '1if 1 else 2', '1.5and 0', '1jor 0', '[0x1for x in ()]',
    '1e3in x', '0b1is x',
]
for src in cases:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        compile(src, '<case>', 'eval')
    print(repr(src), [(x.category.__name__, str(x.message), x.lineno) for x in w])

stmts = ['assert ()', 'assert (1,)', 'assert (x, "m")', 'assert x, "m"', 'pass\nif x is 5: pass']
for src in stmts:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        compile(src, '<case>', 'exec')
    print(repr(src), [(x.category.__name__, str(x.message), x.lineno) for x in w])

for src in ['x = 1\nif x is 5: pass', 'y = 2\nz = 1if 1 else 2', 'pass\nassert (1, 2)',
            'f(x is not "a")', 'assert x, "msg"', '0xfand x', '1spam']:
    with warnings.catch_warnings():
        warnings.simplefilter('error', SyntaxWarning)
        try:
            compile(src, '<case>', 'exec')
            print(repr(src), 'compiled')
        except SyntaxError as e:
            print(repr(src), 'SyntaxError', e.msg, e.lineno, e.offset)

# Code with such warnings still runs.
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    print(eval('1if 1 else 2'), eval('3 is 3.5'))
