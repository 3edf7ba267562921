# functions defined inside functions and returned
def make_multiplier(k):
    def mul(x):
        return x * k
    return mul
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double(triple(2)))
def compose(*fs):
    def run(x):
        for fn in reversed(fs):
            x = fn(x)
        return x
    return run
print(compose(double, triple, lambda v: v + 1)(1))
