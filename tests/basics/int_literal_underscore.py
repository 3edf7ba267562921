# underscores in numeric literals
print(1_000_000)
print(0x_ff_ff, 0xff_ff)
print(0o_7_7, 0b_1010_1010)
print(1_2_3_4_5_6_7_8_9_0_1_2_3_4_5_6_7_8_9_0)
print(1_0.5_0, 1e1_0, 1_0e-2)
print(int("1_000"), int("0x_1f", 16), int("0b_11", 0))
print(float("1_0.2_5"))
