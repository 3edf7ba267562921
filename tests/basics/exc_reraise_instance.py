# the same exception instance can be raised, caught and raised again
err = ValueError('shared')
for i in range(3):
    try:
        raise err
    except ValueError as e:
        print(i, e is err, e.args)
def store():
    try:
        raise KeyError('k')
    except KeyError as e:
        return e
saved = store()
try:
    raise saved
except KeyError as e:
    print('raised saved', e is saved, repr(e))
