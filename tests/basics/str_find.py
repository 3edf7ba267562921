# str.find and str.rfind
s = 'abracadabra'
print(s.find('a'), s.find('bra'), s.find('z'), s.find(''), s.find('a', 1), s.find('a', 1, 3))
print(s.rfind('a'), s.rfind('bra'), s.rfind('z'), s.rfind(''), s.rfind('a', 0, 5), s.rfind('a', -4))
print(s.find('a', 100), s.find('', 11), s.find('', 12), s.rfind('abra', 1))
print(s.find('c', -5), s.find('ra', -3), ''.find(''), ''.find('a'))
