# the str() constructor
print(str(), str(123), str(-4.5), str(None), str(True), str([1, 'a']), str((1,)), str({'k': 'v'}))
print(str('same'), str(b'bytes'), str(2 ** 80), str(1e100))
print(repr(str()), type(str(5)).__name__)
class C:
    def __str__(self):
        return 'C!'
print(str(C()))
print(str(b'abc', 'utf-8'), str(b'\xc3\xa9', 'utf-8'))
