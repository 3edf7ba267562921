# Lookahead, lookbehind, atomic groups, possessive quantifiers and
# conditionals.
import re

print(re.search(r'(?<=-)\w+', 'spam-egg').group(), re.search(r'(?<!x)y', 'xy zy').start(), re.match(r'\w+(?=!)', 'hi!').group())
print(re.match(r'a(?!b)', 'ab'), re.match(r'a(?!b)', 'ac').group(), re.findall(r'\d+(?=px)', '10px 20em 30px'))
print(re.findall(r'(?<=\$)\d+', '$10 20 $30'), re.findall(r'(?<![\d.])\d+', '1.5 22 a3'), re.search(r'(?<=ab|cd)x', 'cdx').start())
print(re.match(r'(.)(?=(.))', 'ab').groups(), re.match(r'(?=(a))a', 'a').groups(), re.match(r'(?!(a))b', 'b').groups())
print(re.search(r'(?<=(a))b', 'ab').groups(), re.search(r'(?<=^)a', 'a').span(), re.search(r'(?<=a)', 'xa').span())
print(re.compile(r'(?<=a)b').search('ab', 1), re.match(r'(?>a+)b', 'aaab').group(), re.match(r'(?>a+)a', 'aaa'))
print(re.match(r'a++b', 'aab').group(), re.match(r'a++a', 'aa'), re.match(r'a*+', 'aaa').group(), re.match(r'(?:ab)?+c', 'abc').group())
print(re.match(r'a{1,2}+a', 'aa'), re.match(r'a{1,2}+a', 'aaa').group(), re.match(r'(?>(a)|b)+', 'ab').groups())
print(re.match(r'(a)?(?(1)b|c)', 'ab').group(), re.match(r'(a)?(?(1)b|c)', 'c').group(), re.match(r'(a)?(?(1)b)', 'a'))
print(re.match(r'(?P<q>")?\w+(?(q)")', '"abc"').group(), re.match(r'(?P<q>")?\w+(?(q)")', 'abc').group())
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'), re.split(r'(?<=[.!?]) ', 'Hi. How are you? Fine!'))
