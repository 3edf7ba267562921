# eval/exec with globals/locals dicts
g = {'x': 10}
print(eval('x + 1', g), eval('y', {}, {'y': 5}), eval('x * 2', g, {'x': 3}))
exec('z = x + 1', g)
print(g['z'], 'z' in globals())
l = {}
exec('a = 1\nb = a + 1', {}, l)
print(sorted(l.items()))
exec('def f():\n    return 42', g)
print(g['f']())
code = compile('1 + 2', '<s>', 'eval')
print(eval(code), type(code).__name__)
code = compile('q = 7', '<s>', 'exec')
ns = {}
exec(code, ns)
print(ns['q'])
print(eval('len("abc")', {}))
try:
    eval('1 +')
except SyntaxError:
    print('SyntaxError')
try:
    eval('undefined_name')
except NameError:
    print('NameError')
try:
    exec('raise KeyError(5)')
except KeyError as e:
    print('KeyError', e)
print(eval(' 1 '), eval('\n2\n'))
def scope():
    v = 'local'
    return eval('v'), eval('v', None, {'v': 'override'})
print(scope())
try:
    eval('x = 1')
except SyntaxError:
    print('SyntaxError assignment in eval')
print(exec('1'), eval('[i * i for i in range(3)]'))
