# TypeError wording when a built-in sequence meets an object it cannot add or repeat by
class A: pass
import array
for a,b in [([1],A()),(A(),[1]),((1,),A()),('s',A()),(A(),'s'),(b'x',A()),(bytearray(b'x'),A()),(array.array('i'),A())]:
  for op in ['+','*', '+=', '*=']:
    try:
        if op == '+=': a += b
        elif op == '*=': a *= b
        else: eval('a'+op+'b')
    except TypeError as e: print(type(a).__name__, op, type(b).__name__, e)
