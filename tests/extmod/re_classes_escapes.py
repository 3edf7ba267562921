# Character classes, category escapes, character escapes and anchors.
import re

print(re.match(r'[^a-c]+', 'xyzabc').group(), re.match(r'[\d\s]+', '1 2 3x').group(), re.match(r'[]a]+', ']a]b').group())
print(re.match(r'[a-]+', 'a-a').group(), re.match(r'[-a]+', '-a').group(), re.match(r'[\]\\]+', ']\\').group(), re.match('[^]]', 'a').group())
print(re.findall(r'\d', 'a1٢3'), re.findall(r'\D', 'a1b'), re.findall(r'\w+', 'ab_1 é!'), re.findall(r'\W', 'a!é '))
print(re.findall(r'\s', 'a b\tc\nd\x0be\x0cf\rg\x1ch\xa0i'), re.findall(r'\S+', ' ab  cd '))
print(re.findall(r'[\w-]+', 'a-b c_d'), re.findall(r'[^\W\d]+', 'ab12cd'), re.findall(r'[\s\d]', 'a 1'))
print(re.match(r'\x41\u00e9\101\0\n\t\\', 'Aé' + 'A\0\n\t\\').span(), re.match(r'[\x41-\x43]+', 'ABCD').group())
print(re.match(r'\U0001F600', '😀').group(), re.match(r'[\u0100-\u017f]+', 'ĀāĂx').group(), re.match(r'\a\f\v\r', '\a\f\v\r').span())
print(re.match(r'\bfoo\b', 'foo bar'), re.search(r'\Bar', 'bar bazar').start(), re.match(r'\Aab\Z', 'ab'), re.search('a$', 'ba\n'))
print(re.search(r'\b', ''), re.search(r'\B', ''), re.search(r'\B', 'a'), re.match('^$', ''), re.findall(r'\b\w', 'one two'))
print(re.search(r'a\Z', 'a\n'), re.search(r'a$', 'a\n').span(), re.findall('$', 'a\nb\n'), re.findall('(?m)$', 'a\nb\n'))
print(re.match(r'a\.b\*c\-\#', 'a.b*c-#').group(), re.match('[.]', '.').group(), re.match('.', '\n'), re.match('[^x]', '\n'))
print(re.match(r'[\b]', '\b').span(), re.match(r'\0\07\077', '\0\7?').span(), re.match(r'[\0-\x1f]+', '\x01\x02a').span())
print(re.match(r'a{2,3}', 'aaaa').group(), re.match(r'a{2,3}?', 'aaaa').group(), re.match(r'(?:ab){2}', 'ababab').group())
print(re.match(r'a{,2}b', 'aab').group(), re.match(r'a{2,}', 'aaaa').group(), re.match('a{', 'a{').group(), re.match('a{x}', 'a{x}').group())
print(re.match('a{}', 'a{}').group(), re.match(r'a{1,2}{', 'aa{').group(), re.match(r'x{0}y', 'y').group(), re.match('(a){0}', 'a').groups())
