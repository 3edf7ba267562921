# MicroPython's ticks_* and sleep_ms/sleep_us (not in CPython: .exp file).
# ticks_diff gives a signed difference modulo the ticks period.
import time

t0 = time.ticks_ms()
u0 = time.ticks_us()
c0 = time.ticks_cpu()
time.sleep_ms(20)
time.sleep_us(1000)
time.sleep_ms(-5)
print(15 <= time.ticks_diff(time.ticks_ms(), t0) < 5000)
print(15000 <= time.ticks_diff(time.ticks_us(), u0) < 5000000)
print(time.ticks_diff(time.ticks_cpu(), c0) > 0)
print(time.ticks_diff(5, 10), time.ticks_diff(10, 5), time.ticks_diff(0, 0))
print(time.ticks_add(10, -20) == time.ticks_add(0, -10), time.ticks_diff(time.ticks_add(100, -200), 100))
print(time.ticks_diff(time.ticks_add(t0, 1000), t0), time.ticks_add(0, 5))
