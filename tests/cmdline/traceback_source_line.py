# An uncaught exception's traceback shows each entry's source line without
# its indentation (trailing blanks kept, as CPython 3.11; not its ^^^ marks);
# none for code run by exec(); a repeated entry (recursion) once with its
# line. A line longer than 256 bytes is cut there, at a character boundary
# (CPython prints it whole).
def rec(n):
    if n:
        rec(n - 1)   	
    exec("long()")


def long():
    raise ValueError("aéééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé")


rec(6)
