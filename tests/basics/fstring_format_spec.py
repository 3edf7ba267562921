# format specs in f-strings
x = 3.14159
n = 255
s = "ab"
print(f"{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:e}")
print(f"{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:08b}")
print(f"{n:,}|{1234567:_}|{n:+d}|{-n: d}")
print(f"{s:>5}|{s:<5}|{s:^6}|{s:*^6}")
print(f"{0.5:%}|{0.125:.1%}")
print(f"{n:5d}|{n:<5d}|{n:^7d}|{n:05d}")
