# iter() with a sentinel stays exhausted; next() default; sorted/min/max errors
vals = iter([1, 2, 0, 3, 0])
it = iter(lambda: next(vals), 0)
print(list(it), list(it), next(it, 'done'))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: max())
t(lambda: max([]))
t(lambda: min(1, 2, default=3))
t(lambda: sorted([1], [2]))
t(lambda: next(iter([])))
t(lambda: sum(['a'], 'b'))
t(lambda: vars(1))
t(lambda: chr(0x110000))
t(lambda: ord('ab'))
t(lambda: isinstance(1, 2))
t(lambda: issubclass(1, int))
t(lambda: ascii('h\xe9\u20ac\U0001f600'))
