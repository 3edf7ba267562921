# the gc module's portable functions
import gc
gc.collect()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
l = [[i] * 10 for i in range(1000)]
l = None
gc.collect()
print('collected')
