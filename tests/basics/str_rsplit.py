# str.rsplit
print('a b c'.rsplit(), 'a b c'.rsplit(None, 1), '  a  b  '.rsplit(None, 1))
print('a,b,c'.rsplit(',', 1), 'a,b,c'.rsplit(',', 0), 'a,b,c'.rsplit(','))
print('a::b::c'.rsplit('::', 1), ''.rsplit(','), 'aaa'.rsplit('a', 2))
print('k=v=w'.rsplit('=', maxsplit=1))
