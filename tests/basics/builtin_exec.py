# exec() of statements with explicit namespaces
ns = {}
exec('a = 1\nb = a + 1\ndef f(v):\n    return v * b', ns)
print(ns['a'], ns['b'], ns['f'](5), sorted(k for k in ns if k != '__builtins__'))
g = {'base': 100}
loc = {}
exec('result = base + 1', g, loc)
print(loc, 'result' in g)
exec('print("printed from exec")')
exec('import sys\nmodname = sys.__name__', ns)
print(ns['modname'])
code = compile('for i in range(3):\n    total = total + i', '<c>', 'exec')
ns2 = {'total': 0}
exec(code, ns2)
print(ns2['total'], exec('1') is None)
exec('global_from_exec = 5')
print(global_from_exec)
try:
    exec('def (')
except SyntaxError:
    print('SyntaxError')
