# helper module with __all__ for import_star_all.py
__all__ = ["pub1", "_semi"]
pub1 = "pub1"
pub2 = "pub2"
_semi = "semi"
