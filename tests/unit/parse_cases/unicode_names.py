# Identifiers beyond ASCII (already in NFKC form).
café = 1
π = 3.14159
变量 = "chinese"
Ωmega_2 = π * 2
def größe(länge): return länge
class Ñandú: pass
