# gmtime/localtime fields (MicroPython returns a plain tuple, CPython a
# struct_time: compared as tuples) and mktime round trips
import time

print(tuple(time.gmtime(0))[:8], tuple(time.gmtime(1700000000))[:8], tuple(time.gmtime(951782400))[:8])
print(tuple(time.gmtime(-86400))[:8], tuple(time.gmtime(2**31))[:8], tuple(time.gmtime(1.9))[:6])
print(len(time.gmtime()), time.gmtime()[0] >= 2024, len(time.localtime()))
for secs in (0, 1000000000, 1700000000):
    print(int(time.mktime(time.localtime(secs))) == secs)
t = time.localtime(1234567890)
print(int(time.mktime(tuple(t)[:8] + (-1,))) == 1234567890)
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1700000000)), time.strftime('%j', time.gmtime(0)))
