# simple function decorators
def shout(fn):
    def wrapper(*args, **kw):
        return fn(*args, **kw).upper()
    return wrapper
@shout
def greet(name):
    return 'hello ' + name
print(greet('bob'))
calls = []
def register(fn):
    calls.append(fn.__name__)
    return fn
@register
def a():
    return 'a'
@register
def b():
    return 'b'
print(calls, a(), b())
def replace(fn):
    return 42
@replace
def gone():
    pass
print(gone)
