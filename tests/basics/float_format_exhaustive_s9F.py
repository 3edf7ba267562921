# exhaustive float/complex format() and % over types, flags and precisions (digest; CPython is the oracle).
# Complex '#g' used glibc's %#g, which drops a digit when rounding carries: 1.e+02 for 1.0e+02.
import random
random.seed(5)
vals = [0.0, 5e-324, 1e-5, 9.5e-5, 0.0001, 0.00009999995, 0.5, 0.95, 9.5, 99.5, 999999.5, 1e15, 1e16, 1e17, 123456789.0, 1.2345e-10, 2.5e22, 9.999999e99]
for i in range(60):
    vals.append(random.random() * 10 ** random.randint(-20, 20))
out = []
for v in vals:
    for p in [None, 0, 1, 2, 3, 6, 10, 16, 17, 25]:
        for ty in ['', 'g', 'G', 'e', 'f', '%', 'n']:
            for fl in ['', '#', '+', ' ']:
                sp = fl + ('' if p is None else '.' + str(p)) + ty
                out.append(format(v, sp))
                out.append(format(-v, sp))
                if ty and ty not in 'n%':
                    try:
                        out.append(('%' + sp) % v)
                    except Exception as e:
                        out.append(type(e).__name__)
                out.append(format(complex(v, -v), sp) if ty not in '%n' else '')
print(len(out))
import hashlib
print(hashlib.sha256('\n'.join(out).encode()).hexdigest())
for v in [99.5, 999999.5, 0.95, 9.9999, 0.00099999]:
    for sp in ['#.2g', '#.1g', '#.6g', '#.6G', '#.3g', '#g', '#.0g', '#.4', '.2n', '#.3n']:
        print(v, sp, format(complex(v, -v), sp), format(v, sp), format(complex(0, v), sp))
