# basic f-strings
x = 42
name = "world"
print(f"hello {name}")
print(f'{x}', F'{x}', f"{x}{x}", f"{{x}}", f"{{{x}}}")
print(f"{x + 1} {x * 2} {x // 5}")
print(f"{name.upper()} {len(name)}")
print(f"{[1, 2][0]} {(1, 2)} {{}}")
print(f"")
print(f"{'a' if x else 'b'}")
d = {'k': 'v'}
print(f"{d['k']}")
print(f"""triple {x}
next line {name}""")
