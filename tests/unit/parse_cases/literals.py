# Literals of every kind, and how adjacent strings join.
i = [0, 00, 0_0, 7, 1_000_000, 0x1F, 0XdeadBEEF, 0x_ff, 0o17, 0O7_7, 0b1010, 0B_1_0, 2**100]
big = 123456789012345678901234567890
hexbig = 0xFFFF_FFFF_FFFF_FFFF_FFFF
f = [1.5, 1., .5, 1e10, 1E-5, 1.5e+3, 1_0.0_1e1_0, 0e0, 00.5, 012.5, 1e400, 3.141592653589793]
s = ['', "", 'a', "b", '''c''', """d""", 'it\'s', "say \"hi\"", 'tab\there', 'nl\n', 'cr\r']
esc = '\a\b\f\n\r\t\v\\\'\"\0\01\012\101\777\x41\xff\u00e9\u20ac\U0001F600\q\d'
cont = 'line one \
line two'
tq = """first
second\tthird
  fourth"""
raw = [r'\n\t\x', R"\d+", r'''a\b''', r'\'']
b = [b'', b'abc', B"x\x00\xff", b'\n\t\\\'\0\777', br'\x41', Rb'\d', rB"raw", b'\u1234\N']
u = [u'unicode', U"also"]
joined = 'a' "b" '''c''' r'\d'
bjoined = b'a' b"b" rb'\x'
multi = ('implicit '
         'joining '
         "across lines")
utf8 = 'héllo wörld €uro 中文 😀'
consts = [None, True, False, ...]
