# special methods returning the wrong type
class R:
    def __repr__(self):
        return 5
class S:
    def __str__(self):
        return None
class L:
    def __len__(self):
        return -1
class L2:
    def __len__(self):
        return 'x'
class L3:
    def __len__(self):
        return 2**100
class B:
    def __bool__(self):
        return 1
class H:
    def __hash__(self):
        return 'h'
class H2:
    def __hash__(self):
        return 2**100
class I:
    def __index__(self):
        return 1.5
class Int:
    def __int__(self):
        return 'x'
class F:
    def __float__(self):
        return 1
tests = ['repr(R())', 'str(S())', 'len(L())', 'len(L2())', 'len(L3())', 'bool(B())', 'hash(H())',
         'hash(H2()) == hash(H2())', '[1][I()]', 'int(Int())', 'float(F())', 'str(R())', "'%s' % S()", 'format(R())']
for t in tests:
    try:
        print(t, eval(t))
    except (TypeError, ValueError, OverflowError) as e:
        print(t, type(e).__name__)
