# unpacking with the wrong number of values raises ValueError
def test(f):
    try:
        f()
        print('no error')
    except ValueError:
        print('ValueError')
    except TypeError:
        print('TypeError')
def too_many():
    a, b = 1, 2, 3
def too_few():
    a, b, c = 1, 2
def star_too_few():
    a, *b, c = [1]
def not_iterable():
    a, b = 5
def ok():
    a, *b = [1]
for f in (too_many, too_few, star_too_few, not_iterable, ok):
    test(f)
