# Chained exceptions print both tracebacks with CPython's separator lines.
def f():
    try:
        {}["key"]
    except KeyError as e:
        raise ValueError("bad value") from e


try:
    f()
except ValueError:
    raise RuntimeError("while handling")
