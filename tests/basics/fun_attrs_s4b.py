# function attributes: read-only ones, __dict__ and __annotations__ assignment
def f(): pass
print(f.__builtins__ is __builtins__.__dict__)
for a in ('__globals__', '__closure__', '__builtins__'):
    try: setattr(f, a, {})
    except AttributeError as e: print('AE', a, e)
try: del f.__dict__
except TypeError as e: print('TE', e)
try: f.__dict__ = None
except TypeError as e: print('TE', e)
f.__dict__ = {'a': 1}; print(f.a)
try: del f.__globals__
except (AttributeError, TypeError) as e: print(type(e).__name__, e)
print(type(f.__builtins__).__name__)
try: f.__name__ = 5
except TypeError as e: print('TE', e)
try: del f.__name__
except TypeError as e: print('TE', e)
f.__doc__ = 'doc'; print(f.__doc__)
del f.__doc__; print(f.__doc__)
f.__module__ = 'mm'; print(f.__module__)
try: del f.__code__
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
try: f.__defaults__ = 5
except TypeError as e: print('TE', e)
del f.__defaults__; print(f.__defaults__)
f.__kwdefaults__ = {'x': 1}; print(f.__kwdefaults__)
f.__annotations__ = {'a': int}; print(f.__annotations__)
try: f.__annotations__ = 5
except TypeError as e: print('TE', e)
del f.__annotations__; print(f.__annotations__)
print(f.__qualname__)
f.__qualname__ = 'q'; print(f.__qualname__, f.__name__)
try: f.__qualname__ = 5
except TypeError as e: print('TE', e)
class C:
    def m(self): pass
try: C().m.x = 1
except AttributeError as e: print('AE', e)
C.m.x = 2; print(C().m.x)
print(C().m.__func__ is C.m, C().m.__self__.__class__.__name__)
def f(): pass
f.__annotations__
print(f.__dict__)
f.__annotations__ = {'a': 1}
print(f.__dict__, f.__annotations__)
def g(x: int): pass
print(g.__dict__, g.__annotations__)
g.__annotations__ = {'b': 2}
print(g.__dict__, g.__annotations__)
del g.__annotations__
print(g.__dict__, g.__annotations__)
f.__annotations__ = None
print(f.__annotations__)
