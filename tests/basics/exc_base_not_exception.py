# except Exception does not catch SystemExit, KeyboardInterrupt or GeneratorExit
for exc in (SystemExit, KeyboardInterrupt, GeneratorExit):
    try:
        try:
            raise exc
        except Exception:
            print('wrong handler for', exc.__name__)
    except BaseException as e:
        print('BaseException handler got', type(e).__name__)
