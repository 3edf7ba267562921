# replacement fields inside the format spec
width = 10
prec = 3
v = 2.718281828
print(f"[{v:{width}.{prec}f}]")
print(f"[{'x':>{width}}]")
fill = '#'
print(f"[{'mid':{fill}^{width}}]")
