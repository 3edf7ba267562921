# quotes of the other kind inside f-string replacement fields
d = {"key": 1, 'other': 2}
print(f"{d['key']}")
print(f'{d["other"]}')
print(f"""{d["key"]} {d['other']}""")
print(f'''{"x" + 'y'}''')
print(f"{'nested' + f'{1 + 1}'}")
print(f"{','.join(['a', 'b'])}")
