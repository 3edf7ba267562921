# raise X from Y raises X
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('converted') from e
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    raise KeyError('k') from None
except KeyError as e:
    print(type(e).__name__, e.args)
try:
    raise TypeError from ValueError
except TypeError as e:
    print(type(e).__name__)
