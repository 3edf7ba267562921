# Constant str/bytes concatenation and repetition fold at compile time, as in
# CPython (a repeat only up to 4096 items); an identifier-like result is
# interned, so it is the same object as the equal literal.
import warnings
warnings.simplefilter('ignore')  # ("is" with a literal)
x = 'hel' + 'lo'
print(x, x is 'hello', 'hel' + 'lo' is 'hello')
print('ab' * 3 is 'ababab', 3 * 'ab' is 'ababab', 'a' + 'b' + 'c' is 'abc')
def f():
    return 'ab' + 'c'
print(f() is 'abc', f() is f())
print(b'ab' + b'cd', b'x' * 3, 3 * b'yz', 'ab' * 0, '' * -3, 'a' * -1, b'q' * -2)
print(len('ab' * 2048), len('ab' * 2049), len('' * 100000))
# mixed or invalid operands are left to run time and raise there
for thunk in (lambda: 'a' + b'b', lambda: 'a' + 1, lambda: b'a' * 'b', lambda: 'x' * 1.5):
    try:
        thunk()
    except TypeError:
        print('TypeError')
print('a b' + 'c', ('p' 'q' + 'r') == 'pqr')
