# dir() of a class made by a metaclass (and of its instances) lists the data
# attributes of its built-in base (int.real, complex.imag ...), as for a class
# made by type.


class Plain:
    pass


class M1(type):
    def mm(cls):
        pass


def show(o):
    print(sorted(n for n in dir(o) if not (n.startswith('__') and n.endswith('__'))))


for bases in ((int,), (Plain, int), (float,), (complex,), (list,), (Plain,), (str,), (bool.__base__,)):
    for meta in (type, M1):
        C = meta('C', bases, {})
        show(C)
        show(C())
