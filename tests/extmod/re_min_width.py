# A match cannot start where fewer characters remain than the pattern's
# shortest match: such searches fail at once instead of backtracking
# through nested repeats (these took minutes before; CPython skips them
# the same way). The edges: matches of exactly the shortest width, at the
# end of the subject, with pos/endpos, alternatives, conditionals,
# backreferences and lookarounds.
import re

# Found by the fuzzer: hangs before.
print(re.findall('(?:(?:(?:a|bc){0,3})*b$){1000}', 'a' * 300))
print(re.sub('(?:(?:(?:b{65536}|.+|(?:ab){65536})){65536})', '-', 'x' * 40 + 'ab'))
print(re.search('(?:(?:a{0,3})*b){40}', 'a' * 30))
print(re.fullmatch('(?:a*)*b{50}', 'a' * 40))

# Shortest matches that just fit.
for p, s in [('abc', 'xxabc'), ('a{3}', 'aaa'), ('(?:ab|c)d', 'xcd'), ('(?:ab|c)d', 'xabd'),
             ('a(?=bc)', 'abc'), ('(?<=x)ab', 'xab'), ('(a)\\1', 'xaa'), ('(a)?(?(1)bc|d)', 'd'),
             ('(a)?(?(1)bc|d)', 'abc'), ('(?:x{2}){2,}', 'xxxxx'), ('(?i)AB', 'xab'), ('a|', 'b'),
             ('(?>ab)c', 'abc'), ('\\bab\\b', 'x ab'), ('(?:)', ''), ('.{2}$', 'abc'), ('[ab]{2}', 'xb')]:
    m = re.search(p, s)
    print(p, s, m and m.span(), re.findall(p, s), len(re.split(p, s)))

# With pos and endpos, and the fixed-width prefix of what remains.
r = re.compile('b{3}')
for pos, end in [(0, 10), (2, 5), (3, 5), (5, 10), (6, 8), (7, 10), (8, 10), (10, 10)]:
    m = r.search('aabbbabbbb', pos, end)
    print(pos, end, m and m.span(), r.match('aabbbabbbb', pos, end), r.fullmatch('aabbbabbbb', pos, end))
print(re.sub('x*', '-', 'abc'), re.sub('ab', '-', 'ababa'), re.findall('\u20ac{2}', '\u20ac' * 5))
print(re.findall(b'..', b'abcde'), re.search(b'\x00\xff', b'\x00\x00\xff').span())
