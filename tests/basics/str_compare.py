# string comparison is lexicographic by code point
print('a' < 'b', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', 'B' < 'a', 'Z' < 'a')
print('abc' == 'abc', 'abc' != 'ABC', 'é' > 'z', '\u4e2d' > 'é')
print(sorted(['banana', 'Apple', 'cherry', 'apple', '', 'b']))
print(max('hello'), min('hello'), 'a' * 3 == 'aaa')
try:
    'a' < 1
except TypeError:
    print('TypeError')
print('1' == 1, 'a' == b'a')
