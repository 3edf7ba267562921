# float.__rdivmod__ takes an int subclass instance as an int, so divmod()
# of an int subclass and a float subclass works both ways.
class I(int):
    pass


class F(float):
    pass


print((2.5).__rdivmod__(I(2)), F(2.5).__rdivmod__(I(2)), (2.5).__rdivmod__(True))
print((2).__rdivmod__(I(7)), (2).__rdivmod__(F(7.5)), (2.5).__rdivmod__('a'))
print(divmod(I(7), F(2.5)), divmod(F(7.5), I(2)), divmod(True, F(2.5)), divmod(2**70, F(2.5)))
