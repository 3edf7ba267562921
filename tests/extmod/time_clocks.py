# time(), time_ns(), monotonic() and perf_counter() move forward with sleep()
import time

t0, n0, m0, p0 = time.time(), time.time_ns(), time.monotonic(), time.perf_counter()
time.sleep(0.05)
time.sleep(0)
t1, n1, m1, p1 = time.time(), time.time_ns(), time.monotonic(), time.perf_counter()
print(type(t0).__name__, type(n0).__name__, type(m0).__name__)
print(0.04 < t1 - t0 < 5, 0.04e9 < n1 - n0 < 5e9, 0.045 < m1 - m0 < 5, 0.045 < p1 - p0 < 5)
print(t0 > 1.6e9, abs(n0 / 1e9 - t0) < 1)
for bad in (-1, float('nan')):
    try:
        time.sleep(bad)
    except ValueError:
        print('ValueError')
try:
    time.sleep('x')
except TypeError:
    print('TypeError')
