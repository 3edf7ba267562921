# Subclasses of the variable-size values int, bytes and tuple (session 30,
# helper D4): in CPython a __dict__ added to such a value is a layout of its
# own, so two of them cannot be combined as bases (str, a fixed-size object
# there, can).


def t(src):
    try:
        ns = {}
        exec(src, ns)
        print("ok", ns.get("r"))
    except TypeError as e:
        print("TypeError", e)


t("class A(int): pass\nclass B(int): pass\nclass C(A, B): pass")
t("class A(int): pass\nclass B(A): pass\nclass D(A): pass\nclass C(B, D): pass\nr = C(3) + 1")
t("class A(int): pass\nclass C(A, int): pass\nr = C.__base__")
t("class A(int):\n    __slots__ = ()\nclass B(int):\n    __slots__ = ()\nclass C(A, B): pass\nr = C(2)")
t("class A(tuple): pass\nclass B(tuple): pass\nclass C(A, B): pass")
t("class A(bytes): pass\nclass B(bytes): pass\nclass C(A, B): pass")
t("class A(str): pass\nclass B(str): pass\nclass C(A, B): pass\nr = C('x')")
t("class P: pass\nclass A(P, int): pass\nclass B(int): pass\nclass C(A, B): pass")
t("class A(int): pass\nclass C(A, object): pass\nr = [k.__name__ for k in C.__mro__]")
