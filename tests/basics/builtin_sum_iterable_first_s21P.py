# sum() checks that its first argument is iterable before rejecting a str,
# bytes or bytearray start, as CPython does.
for it, start in [(1, ''), (3.5, b''), (None, bytearray()), ([], ''), (['a'], b'')]:
    try:
        print(sum(it, start))
    except TypeError as e:
        print('TypeError', e)
