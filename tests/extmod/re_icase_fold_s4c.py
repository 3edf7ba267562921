# Case-insensitive matching of letters whose simple lowercase forms differ
# but which Python's re takes as one (Kelvin sign, long s, dotless i, Greek
# symbol forms...), in classes, literals and backreferences.
import re

chars = [0x6b, 0x4b, 0x212a, 0x73, 0x53, 0x17f, 0x69, 0x49, 0x131, 0x130, 0xb5, 0x3bc, 0x39c,
         0x3c3, 0x3c2, 0x3a3, 0xe5, 0xc5, 0x212b, 0x3b9, 0x399, 0x345, 0x1fbe, 0x3b8, 0x3d1,
         0x3f4, 0x398, 0x3c9, 0x2126, 0x3a9, 0x1e61, 0x1e9b, 0x1e60, 0x3b2, 0x3d0, 0x392, 0x3b5,
         0x3f5, 0x3ba, 0x3f0, 0x3c0, 0x3d6, 0x3c1, 0x3f1, 0x3c6, 0x3d5, 0xfb05, 0xfb06, 0x390,
         0x1fd3, 0x3b0, 0x1fe3, 0x1c80, 0x432, 0x412, 0x1c84, 0x1c85, 0x442, 0x1e9e, 0xdf,
         0x1c4, 0x1c5, 0x1c6, 0x41, 0x61, 0xe9, 0xc9]

for a in chars:
    cls = re.compile('(?i)[%s]' % chr(a))
    lit = re.compile('(?i)' + re.escape(chr(a)))
    asc = re.compile('(?ai)[%s]' % chr(a))
    r1 = [hex(b) for b in chars if cls.match(chr(b))]
    r2 = [hex(b) for b in chars if lit.match(chr(b))]
    r3 = [hex(b) for b in chars if asc.match(chr(b))]
    print(hex(a), r1, r1 == r2, r3)

# Ranges and negated classes.
for b in chars:
    print(hex(b), bool(re.match('(?i)[a-z]', chr(b))), bool(re.match('(?i)[^a-z]', chr(b))),
          bool(re.match('(?i)[\u03b1-\u03c9]', chr(b))))

# Backreferences.
print(re.match(r'(?i)(k)\1', 'k\u212a'), re.match(r'(?i)(\u017f)\1', '\u017fS'))
print(re.findall('(?i)\u03c3+', '\u03a3\u03c3\u03c2x'), re.sub('(?i)[\u212a]', '-', 'kKk'))
# A scoped ASCII group under re.I (string.Template's identifiers).
print(re.match(r'(?a:[_a-z])', '\u0130', re.I), re.match(r'(?a:[_a-z])', 'K', re.I))
print(re.match(r'(?a:k)', '\u212a', re.I), re.match(r'k', '\u212a', re.I))
