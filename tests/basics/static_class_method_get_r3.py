class S:
    @staticmethod
    def s(x=0): return ("s", x)
    @classmethod
    def c(cls, x=0): return (cls.__name__, x)
class T(S): pass
sm = S.__dict__['s']; cm = S.__dict__['c']
print(sm.__get__(None, S)(1), sm.__get__(S())(2))
print(cm.__get__(None, T)(3), cm.__get__(T())(4), cm.__get__(S(), T)(5))
print(staticmethod(len).__get__(1)([1, 2]), classmethod(lambda c: c.__name__).__get__(None, int)())
