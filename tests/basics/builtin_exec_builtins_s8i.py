# exec/eval use the __builtins__ (dict, module or mapping) of the globals given.
code = compile("print('Hello World!')", "", "exec")
try:
    exec(code, {'__builtins__': {}})
except NameError as e:
    print('NameError', e)
try:
    exec(code, {'__builtins__': 123})
except TypeError as e:
    print('TypeError')
exec('x=1', {'__builtins__': 123})
g = {'__builtins__': {'len': len}}
exec('def f(): return len([1])', g)
print(g['f']())
class D(dict):
    def __missing__(self, k):
        return 'miss'
print(eval('foo', {'__builtins__': D()}))
import types
m = types.ModuleType('m')
m.len = lambda x: 42
print(eval('len([])', {'__builtins__': m}))
try:
    exec("class A: pass", {'__builtins__': {}})
except NameError as e:
    print('NameError', e)
class E(Exception): pass
class S(dict):
    def __getitem__(self, k):
        raise E
try:
    exec('superglobal', {'__builtins__': S({'superglobal': 1})})
except E:
    print('E')
class C(dict): pass
exec('print(superglobal)', {'__builtins__': C({'superglobal': 1, 'print': print})})
print(len('abc'))
def k(): return len('ab')
print(k())
