# inspect.stack(), getframeinfo(), getouterframes() and trace(): the frames
# around a call with their line, function and source line.
import inspect


def where():
    info = inspect.stack()[1]
    return info.function, info.lineno, info.code_context[0].strip(), info.index, info[3]


def caller():
    return where()


print(caller())
st = inspect.stack()
print(len(st), st[0].function, st[0].code_context)
fi = inspect.getframeinfo(inspect.currentframe())
print(fi.lineno, fi.function, fi.code_context, fi.index, fi[1])
print(inspect.getframeinfo(inspect.currentframe(), context=0).code_context)
print([f.function for f in inspect.getouterframes(inspect.currentframe())])


def fail():
    raise ValueError('x')


try:
    fail()
except ValueError:
    tr = inspect.trace()
    print([(f.function, f.lineno, f.code_context[0].strip()) for f in tr])
    tb = __import__('sys').exc_info()[2]
    print(inspect.getframeinfo(tb).lineno, [f.function for f in inspect.getinnerframes(tb, 0)])
ctx = inspect.getframeinfo(inspect.currentframe(), 3)
print(ctx.index, [l.strip() for l in ctx.code_context])
