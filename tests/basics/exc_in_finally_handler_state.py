# the exception being handled is restored after a nested handler finishes
import sys
try:
    raise KeyError('outer')
except KeyError:
    try:
        raise ValueError('inner')
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
