# triple-quoted strings
s = """line1
line2
  line3"""
print(s)
print(len(s))
t = '''single 'quotes' and "double"'''
print(t)
u = """ends with a quote\""""
print(u)
v = """\
continued \
line"""
print(v)
print('''a
''' == 'a\n')
print(repr("""x"y'z"""))
