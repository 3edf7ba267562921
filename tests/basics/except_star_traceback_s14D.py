# What an except* leaves unhandled goes on with the traceback it had: the
# frame gets no second entry, and the split parts share one traceback object.
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass


def entries(e):
    out = []
    t = e.__traceback__
    while t is not None:
        out.append((t.tb_frame.f_code.co_name, t.tb_lineno - t.tb_frame.f_code.co_firstlineno))
        t = t.tb_next
    return out


try:
    f()
except ExceptionGroup as e:
    print(entries(e), [type(x).__name__ for x in e.exceptions])

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        matched = eg
except ExceptionGroup as eg:
    rest = eg
print(matched.__traceback__ is rest.__traceback__, rest.__traceback__.tb_next)

# A clause that raises: the new exception and what is left come out together.
def g():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k")


try:
    g()
except ExceptionGroup as e:
    print(sorted(type(x).__name__ for x in e.exceptions))

# Nothing left: no exception at all.
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    print("all handled")
print("after")
