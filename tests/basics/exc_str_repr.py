# str() and repr() of exceptions
for e in (ValueError(), ValueError('msg'), ValueError('a', 1), ValueError(''), TypeError(5),
          IndexError(None), Exception([1, 2]), RuntimeError('quote\'s')):
    print(repr(str(e)), repr(e))
class MyErr(Exception):
    pass
print(str(MyErr('x')), repr(MyErr('x')) == "MyErr('x')")
