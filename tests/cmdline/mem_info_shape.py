# micropython.mem_info()/qstr_info() write a summary to stdout; the numbers
# vary, the shape does not. mem_info(1) adds a heap dump (not checked).
import micropython
micropython.mem_info()
print('--')
micropython.qstr_info()
print('--')
import gc
gc.collect()
print(gc.mem_free() > 0, gc.mem_alloc() > 0, type(gc.mem_free()).__name__)
print(gc.threshold() if hasattr(gc, 'threshold') else -1)
