# traceback.tb_next assignment checks as CPython's: a loop is ValueError (a walk
# over it would never end), a non-traceback TypeError, del TypeError.
import sys
def f(): 1/0
try:
    f()
except ZeroDivisionError as e:
    tb = e.__traceback__
    try:
        tb.tb_next = tb
    except ValueError as ex:
        print('ValueError', ex)
    t2 = tb.tb_next
    try:
        t2.tb_next = tb
    except ValueError as ex:
        print('ValueError', ex)
    try:
        tb.tb_next = 5
    except TypeError as ex:
        print('TypeError')
    tb.tb_next = None
    print(tb.tb_next)
    import traceback
    print(len(traceback.format_tb(tb)))
    try:
        del tb.tb_next
    except (TypeError, AttributeError) as ex:
        print(type(ex).__name__)
