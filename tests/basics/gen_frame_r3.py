# gi_frame (a view with f_lineno, f_locals, f_code), gi_yieldfrom, cr_frame, cr_await
def gen(a):
    b = a * 2
    yield b
    c = b + 1
    yield c
g = gen(5)
print(g.gi_frame is not None, g.gi_frame.f_lineno, g.gi_frame.f_code.co_name, type(g.gi_frame).__name__)
print(sorted(g.gi_frame.f_locals.items()))
next(g)
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
next(g)
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
list(g)
print(g.gi_frame)
g = gen(1); g.close(); print(g.gi_frame)
def inner():
    yield 1
def outer():
    yield from inner()
o = outer()
print(o.gi_yieldfrom)
next(o)
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.gi_frame.f_lineno)
list(o)
print(o.gi_yieldfrom, o.gi_frame)
async def co():
    pass
c = co()
print(c.cr_frame is not None, c.cr_await)
c.close()
print(c.cr_frame)
print(g.gi_frame.f_back if g.gi_frame else "none")
