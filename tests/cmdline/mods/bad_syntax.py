# Helper for syntax_error_file.py: line 4 is invalid.
print("never printed")
x = 1
if x
    pass
