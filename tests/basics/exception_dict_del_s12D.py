# An exception's __dict__ can be replaced but not deleted, also on an
# instance of a subclass (with another base before or after the exception
# class); on a plain class's instance del leaves it empty.
class Base:
    pass


class E1(Exception, Base):
    pass


class E2(Base, Exception):
    pass


class E3(ValueError):
    pass


for T in (Exception, E1, E2, E3, Base):
    e = T()
    e.__dict__ = {'a': 1}
    print(T.__name__, e.a)
    try:
        del e.__dict__
        print('deleted', e.__dict__)
    except (TypeError, AttributeError) as ex:
        print(type(ex).__name__, ex)
    print(getattr(e, 'a', 'gone'))
