# Layout: tabs, continuation lines, comments, form feeds, blank lines.
if a:
	x = 1
	if b:
		y = 2
	else:
		y = 3
if c:
        # comment at a different indent
    z = 1  # trailing comment

    
	
    w = 2
x = 1 + \
    2 + \
3
y = [1,
  2,
      3]
z = {
    "a": 1,   # comment
    # full comment
    "b": 2,
}
def f():
    return (1 +
2)

class K:

    x = 1


    def m(self): pass
x = 1; y = 2; z = 3;
if x: a = 1; b = 2
for i in x: a; b

last = "end"
# final comment without newline