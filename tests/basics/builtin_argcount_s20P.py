# Argument-count errors of min(), max() and sorted(): the positional count
# is checked before the keywords, and sorted() takes exactly one.


def show(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError", e)


show(lambda: min())
show(lambda: min(x=1))
show(lambda: max(key=len))
show(lambda: max(default=1))
show(lambda: min([1], x=1))
show(lambda: max([], default=5))
show(lambda: sorted())
show(lambda: sorted(key=len))
show(lambda: sorted([], []))
show(lambda: sorted([2, 1], x=1))
show(lambda: sorted([2, 1], key=None, reverse=True))
show(lambda: sorted(iterable=[1]))
