# keyword (frozen pure-Python module): kwlist, iskeyword, softkwlist.
import keyword

print(len(keyword.kwlist), keyword.kwlist == sorted(keyword.kwlist))
print(keyword.kwlist)
print(keyword.softkwlist)
for w in ('if', 'True', 'async', 'match', 'print', 'self', '', 'IF', 'nonlocal'):
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
# Every keyword is rejected as an identifier by the compiler.
bad = 0
for w in keyword.kwlist:
    try:
        exec(w + ' = 1')
    except SyntaxError:
        bad += 1
print(bad == len(keyword.kwlist))
