# __context__, __cause__, __suppress_context__
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('v')
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('v') from z
except ValueError as e:
    print(type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('v') from None
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
e = ValueError()
print(e.__context__, e.__cause__, e.__traceback__ is None)
try:
    raise KeyError from 5
except TypeError:
    print('TypeError')
def f():
    try:
        raise IndexError
    finally:
        pass
try:
    f()
except IndexError as e:
    print(e.__context__)
