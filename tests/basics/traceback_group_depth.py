# Exception groups nested deeper than ten levels are cut in the report, as
# CPython's max_group_depth (10) does: the report stays small and quick.
import traceback

g = ValueError(0)
for i in range(200):
    g = ExceptionGroup("g%d" % i, [g, KeyError(i)])
try:
    raise g
except ExceptionGroup as e:
    out = traceback.format_exception(e)
print(len(out))
# (the frame lines name this file, which differs by how it was run)
print("".join(line for line in out if "File " not in line))
