# list.sort and sorted with key and reverse
l = [5, 2, 9, 1, 5, 6, -3]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ['banana', 'Apple', 'cherry', 'date', 'Elder', 'fig']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True), sorted(words, key=lambda w: w[-1]))
print(sorted([]), sorted([1]), sorted((3, 2, 1)), sorted('cba'), sorted({3: 'a', 1: 'b'}))
print(l.sort() is None)
try:
    [1, 'a'].sort()
except TypeError:
    print('TypeError')
try:
    sorted([1], cmp=None)
except TypeError:
    print('TypeError: no cmp argument')
