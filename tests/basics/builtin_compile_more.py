# compile() modes, flags-free usage, code objects reuse
c = compile('x * 2', 'f', 'eval')
print(eval(c, {'x': 4}), eval(c, {'x': 'ab'}))
c = compile('y = x + 1\nprint(y)', 'f', 'exec')
g = {'x': 1}
exec(c, g)
exec(c, g)
print(g['y'])
c = compile('1 + 1', 'f', 'single')
exec(c)
for src, mode in (('x = ', 'exec'), ('a b', 'eval'), ('x = 1', 'eval'), ('1', 'bogus')):
    try:
        compile(src, 'f', mode)
    except (SyntaxError, ValueError) as e:
        print(repr(src), mode, type(e).__name__)
def_code = compile('def f(a, b=2):\n    return a + b\n', 'mod', 'exec')
ns = {}
exec(def_code, ns)
print(ns['f'](1), ns['f'](1, 10))
try:
    exec(compile('raise ValueError(3)', 'mod', 'exec'))
except ValueError as e:
    print('ValueError', e.args)
print(eval(compile('[i for i in range(3)]', 's', 'eval')))
print(type(compile('0', 's', 'eval')).__name__)
