# the __builtins__ global and the builtins module
import builtins
print(builtins.len is len, hasattr(builtins, 'print'))
print(__builtins__ is not None, type(__builtins__).__name__ in ('module', 'dict'))
g = {}
exec('x = 1', g)
print('__builtins__' in g)
