# The __future__ module: its feature records, as code that inspects them
# (e.g. to pick compile() flags) sees them.
from __future__ import annotations
import __future__

print(__future__.__all__)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease(),
          feature.compiler_flag == getattr(__future__, name).compiler_flag)
print(__future__.annotations.mandatory is None, __future__.division.compiler_flag)
print(sorted(n for n in dir(__future__) if n.startswith('CO_')))


def f(x: undefined_name) -> 'also undefined':
    return x


print(f(3), f.__annotations__)
