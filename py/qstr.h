// Interned strings (qstrs): identifiers, attribute and module names and short
// literals are stored once and compared as integers.
#ifndef MICROPY_INCLUDED_PY_QSTR_H
#define MICROPY_INCLUDED_PY_QSTR_H

#include "py/mpconfig.h"
#include "py/misc.h"

// A qstr is an index into the interned-string pool. The first MP_QSTR_number_of
// entries are static: tools/makeqstrdefs.py scans every source for MP_QSTR_<name>
// and generates build/genhdr/qstrdefs.generated.h, so MP_QSTR_x is a compile-time
// constant. Names that are not C identifiers (e.g. "<module>") are listed in
// py/qstrdefs.h as Q(MP_QSTR_<cname>, "<text>"). Qstrs made at run time
// (qstr_from_strn) are appended to the pool and live for the whole process.
typedef size_t qstr;

enum {
#define QDEF(id, str) id,
#include "genhdr/qstrdefs.generated.h"
#undef QDEF
    MP_QSTRnumber_of,
};
// MP_QSTRnull (index 0) means "no qstr"; MP_QSTR_ (index 1) is "".

// The one string hash used by qstrs, str and bytes objects (equal text must
// hash equal whichever form it is in). Never returns 0.
size_t qstr_compute_hash(const byte *data, size_t len);

void qstr_init(void);
qstr qstr_find_strn(const char *str, size_t str_len); // MP_QSTRnull if not interned
qstr qstr_from_str(const char *str);
qstr qstr_from_strn(const char *str, size_t len);
size_t qstr_hash(qstr q);
size_t qstr_len(qstr q);
const char *qstr_str(qstr q);                 // NUL-terminated
const byte *qstr_data(qstr q, size_t *len);
void qstr_pool_info(size_t *n_pool, size_t *n_qstr, size_t *n_str_data_bytes, size_t *n_total_bytes);

// The names of the static pool as one NUL-separated text (py/qstr.c).
const char *mp_qstr_static_blob(size_t *len);

#endif // MICROPY_INCLUDED_PY_QSTR_H
