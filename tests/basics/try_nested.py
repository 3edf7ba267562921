# nested try statements and propagation
def f():
    try:
        try:
            raise ValueError('inner')
        except TypeError:
            print('wrong handler')
        finally:
            print('inner finally')
    except ValueError as e:
        print('outer caught', e.args)
    finally:
        print('outer finally')
f()
try:
    try:
        raise KeyError
    except KeyError:
        raise IndexError
except IndexError:
    print('exception raised in handler propagates')
try:
    try:
        raise KeyError
    finally:
        print('finally before propagation')
except KeyError:
    print('KeyError propagated')
