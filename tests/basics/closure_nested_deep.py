# closures across several levels of nesting
def l1(a):
    def l2(b):
        def l3(c):
            def l4(d):
                return a + b + c + d
            return l4
        return l3
    return l2
print(l1(1)(10)(100)(1000))
def shared():
    n = 0
    def inc():
        nonlocal n
        n += 1
    def get():
        return n
    return inc, get
inc, get = shared()
inc(); inc(); inc()
print(get())
