# NotImplemented in a boolean context: a DeprecationWarning.
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(bool(NotImplemented), not NotImplemented)
    if NotImplemented:
        print('true')
    print(len(w), w[0].category.__name__, str(w[0].message))
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        bool(NotImplemented)
    except DeprecationWarning as e:
        print('raised', e)
    print(NotImplemented == NotImplemented, repr(NotImplemented))
