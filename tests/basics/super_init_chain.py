# cooperative __init__ through super() with multiple inheritance
class Base:
    def __init__(self, **kw):
        print('Base', sorted(kw))
class A(Base):
    def __init__(self, a=0, **kw):
        print('A', a)
        super().__init__(**kw)
class B(Base):
    def __init__(self, b=0, **kw):
        print('B', b)
        super().__init__(**kw)
class C(A, B):
    def __init__(self, **kw):
        print('C')
        super().__init__(**kw)
C(a=1, b=2)
