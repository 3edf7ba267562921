# Struct sequence types answer n_fields, n_sequence_fields, n_unnamed_fields
# and __match_args__ on the class and on instances.
import os, sys, time

kinds = [time.struct_time, os.stat_result, os.terminal_size, type(sys.float_info),
         type(sys.int_info), type(sys.hash_info), type(os.times()), type(os.uname())]
for t in kinds:
    print(t.__name__, t.n_fields, t.n_sequence_fields, t.n_unnamed_fields)
    print(t.__match_args__)

st = os.stat(".")
print(st.n_fields, st.n_sequence_fields, st.n_unnamed_fields, st.__match_args__[:3])
tm = time.gmtime(0)
print(tm.__match_args__ == time.struct_time.__match_args__)

match tm:
    case time.struct_time(y, m, d):
        print("matched", y, m, d)

FloatInfo = type(sys.float_info)
match sys.float_info:
    case FloatInfo(mx, max_exp=e):
        print("float_info", mx == sys.float_info.max, e == sys.float_info.max_exp)
