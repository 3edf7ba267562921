# 3-argument pow(): a user __pow__(exp, mod), complex operands, wording of
# the unsupported-operand error; subclasses of int count as int.
class I(int): pass
class F(float): pass
class P:
    def __pow__(s, o, m=None): return ('P', o, m)
class Q:
    def __pow__(s, o, m=None): return NotImplemented
class V: pass
tests = [(I(2), 3, 5), (2, I(3), 5), (2, 3, I(5)), (F(2), 3, 5), (P(), 2, 3), (2, P(), 3), (2, 3, P()), (Q(), 2, 3),
         (V(), 2, 3), (1, 2, 'x'), (1+2j, 3, 7), (3, 1j, 7), (1.0, 1j, 7), (1, 2, 3j), (1.5, 2, 3j),
         ('x', 2, 3.0), (1j, 'x', 3), (True, 2, 3.5), (1.0, 2, 'x'), (1, 2.0, 3), ('x', 2, 3j), (2, 10, 7), (True, True, 3),
         (P(), 2), (2, P())]
for t in tests:
    try: print(repr(pow(*t)))
    except Exception as e: print(type(e).__name__, e)
print(pow(P(), 2, mod=5), pow(base=P(), exp=1, mod=2))
