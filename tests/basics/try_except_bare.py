# bare except catches everything, including BaseException subclasses
for exc in (ValueError, KeyboardInterrupt, SystemExit, GeneratorExit, Exception):
    try:
        raise exc
    except:
        print('caught', exc.__name__)
try:
    try:
        raise ValueError
    except:
        raise
except ValueError:
    print('bare except can re-raise')
