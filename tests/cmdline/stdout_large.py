# A large write through a pipe arrives complete (one 200000-character line).
print("x" * 200000)
print("end")
