# __bases__ assignment (session 30, helper D4): instances keep their memory,
# so a class cannot move between a built-in best base and a class
# statement's (CPython's "deallocator differs"), while two class statements'
# layouts can be swapped.


def t(src):
    try:
        ns = {}
        exec(src, ns)
        print("ok", ns.get("r"))
    except TypeError as e:
        print("TypeError", e)


t("class A: pass\nclass B(A): pass\nB.__bases__ = (object,)")
t("class A: pass\nclass B: pass\nB.__bases__ = (A,)")
t("class A: pass\nclass C(A): pass\nclass B(A): pass\nB.__bases__ = (C,)\nr = [k.__name__ for k in B.__mro__]")
t("class A(list): pass\nclass B: pass\nB.__bases__ = (A,)")
t("class A: pass\nclass B(A): pass\nB.__bases__ = (A, object)\nr = B.__bases__ == (A, object)")
t("class A: pass\nclass B: pass\nclass C(B): pass\nC.__bases__ = (A, B)\nr = [k.__name__ for k in C.__mro__]")
t("class A(list): pass\nclass B(list): pass\nclass C(A): pass\nC.__bases__ = (B,)\nr = [k.__name__ for k in C.__mro__]")
t("class A(list): pass\nclass B(dict): pass\nclass C(A): pass\nC.__bases__ = (B,)")
