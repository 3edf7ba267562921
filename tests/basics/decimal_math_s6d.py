# decimal: exp, ln, log10, non-integer powers, precision changes
from decimal import *
D = Decimal
for v in ['1', '2', '0.5', '-1', '10', '100', '-20', '1e-30', '123.456', '0', '-inf', 'inf', '1e-5', '2.302585']:
    print(v, D(v).exp())
for v in ['1', '2', '10', '0.5', '1e-10', '1.0000001', '123456789', '2.718281828459045235360287471', '1e100', 'inf', '0']:
    print(v, D(v).ln(), D(v).log10())
print(D(2) ** D('0.5'), D(4) ** D('0.5'), D(10) ** D('-1.5'), D('1.5') ** D('2.5'), D(2) ** D('1000.5'))
with localcontext() as c:
    for p in (5, 50):
        c.prec = p
        print(p, D(2).exp(), D(3).ln(), D(7).log10(), D(2).sqrt(), D(1) / D(7), D(3) ** D('0.3'))
c = Context(prec=10, traps=[])
print(c.exp(D(10) ** 7), c.flags[Overflow], c.exp(-D(10) ** 7), c.flags[Underflow], c.ln(D(-1)), c.flags[InvalidOperation])
for bad in ['-1', '0']:
    try:
        print(D(bad).ln())
    except InvalidOperation:
        print('InvalidOperation ln', bad)
try:
    D(-2) ** D('0.5')
except InvalidOperation:
    print('InvalidOperation pow')
print(D(0) ** 2, D('0.0') ** 3, D(5) ** 0, D('inf') ** -1, D('inf') ** 2)
try:
    D(0) ** 0
except InvalidOperation:
    print('InvalidOperation 0**0')
import copy, pickle, threading
print(copy.copy(D('1.5')), copy.deepcopy(D('-2')), D('1.25').__reduce__())
out = []
def worker():
    getcontext().prec = 3
    out.append(str(D(1) / D(3)))
t = threading.Thread(target=worker)
t.start()
t.join()
print(out, D(1) / D(3))
