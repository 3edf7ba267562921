# sys.float_info, int_info, hash_info, flags; gettrace exists.
import sys
print(sys.float_info)
print(sys.int_info)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag)
print(sys.flags.optimize, sys.flags.dev_mode, sys.flags.int_max_str_digits, sys.flags.debug, len(sys.flags))
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info[0], sys.float_info.dig, tuple(sys.int_info))
print(1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
print(sys.float_info.max * 2, sys.float_info.min / 2 > 0, sys.float_info.max_exp, sys.float_info.radix)
print(sys.gettrace())
