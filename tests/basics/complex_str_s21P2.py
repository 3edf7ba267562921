# complex() of text: a str subclass is read as its text, and the text ends
# at the first character that is neither ASCII nor a digit or space.
class S(str):
    def __float__(self):
        return 4.5


print(complex(S('1')), complex(S(' 1+2j ')))
for args in ((S('x'),), (S('1'), 1), (1, S('1')), ('é_1',), ('1é_',), ('1_é',), ('?_1',),
             ('1?_',), ('1__2',), ('\u0661_\u0662',)):
    try:
        print(complex(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for f in (int, float):
    for s in ('é_1', '1é_', '1_é'):
        try:
            f(s)
        except ValueError as e:
            print(f.__name__, e)


# staticmethod and classmethod take exactly one argument, no keywords.
class SM(staticmethod):
    pass


for f, args, kw in ((staticmethod, (), {}), (classmethod, (), {}), (staticmethod, (1, 2), {}),
                    (classmethod, (1, 2), {}), (staticmethod, (), {'f': 1}),
                    (classmethod, (1,), {'f': 2}), (SM, (), {})):
    try:
        f(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
print(type(SM(len)).__name__, staticmethod(len).__func__ is len)
