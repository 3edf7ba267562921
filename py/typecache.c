// The table and epoch of py/typecache.h.
#include <string.h>

#include "py/typecache.h"

mp_type_cache_entry_t mp_type_cache[MP_TYPE_CACHE_SIZE];
// (Entries start at epoch 0, never a live one.)
uint32_t mp_type_cache_epoch = 1;

void mp_type_cache_invalidate(void) {
    if (++mp_type_cache_epoch == 0) {
        // After 2^32 changes an old entry's epoch would come back.
        memset(mp_type_cache, 0, sizeof(mp_type_cache));
        mp_type_cache_epoch = 1;
    }
}
