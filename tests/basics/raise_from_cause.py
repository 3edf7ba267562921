# __cause__, __context__ and __suppress_context__ set by raise ... from
try:
    try:
        {}['x']
    except KeyError as e:
        raise ValueError('v') from e
except ValueError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__)
try:
    raise ValueError from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise IndexError
except IndexError as e:
    print(type(e.__context__).__name__, e.__cause__)
