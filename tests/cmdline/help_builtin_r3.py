# help() is MicroPython's short help, not CPython's interactive pydoc (which
# would page or read stdin), so this is checked against a transcript:
# help() prints a welcome text, help('modules') the built-in modules (the
# list changes as modules are added: only its frame is checked here), and
# help(obj) "object ... is of type ..." and the names obj holds.
help()
print("--")
help("modules")
print("--")


class Point:
    dims = 2

    def norm(self):
        return 0


help(Point)
help(Point())
print("--")
import micropython

help(micropython)
print("--")
print(help(None) is None)
print(callable(help))
