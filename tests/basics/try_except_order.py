# the first matching handler wins; base classes catch subclasses
for exc in (KeyError, IndexError, ZeroDivisionError, ValueError, UnicodeError):
    try:
        raise exc
    except KeyError:
        print('KeyError handler')
    except LookupError:
        print('LookupError handler for', exc.__name__)
    except ArithmeticError:
        print('ArithmeticError handler for', exc.__name__)
    except Exception:
        print('Exception handler for', exc.__name__)
