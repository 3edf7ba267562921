// Formatted output to any print target: mp_printf and the padding helpers
// under str(), repr() and error messages.
#include "py/mpconfig.h"

#include <stdio.h>
#include <string.h>

#include "py/mpprint.h"
#include "py/obj.h"
#include "py/qstr.h"
#include "py/runtime.h"

static void vstr_print_strn(void *data, const char *str, size_t len) {
    vstr_add_strn((vstr_t *)data, str, len);
}

void mp_print_init_vstr(mp_print_t *print, vstr_t *vstr) {
    print->data = vstr;
    print->print_strn = vstr_print_strn;
}

int mp_print_str(const mp_print_t *print, const char *str) {
    size_t len = strlen(str);
    if (len) {
        print->print_strn(print->data, str, len);
    }
    return (int)len;
}

static void print_fill(const mp_print_t *print, char fill, int n) {
    char buf[16];
    memset(buf, fill, sizeof(buf));
    while (n > 0) {
        int chunk = n < (int)sizeof(buf) ? n : (int)sizeof(buf);
        print->print_strn(print->data, buf, (size_t)chunk);
        n -= chunk;
    }
}

int mp_print_strn(const mp_print_t *print, const char *str, size_t len, int flags, char fill, int width) {
    int pad = width - (int)len;
    if (pad <= 0) {
        if (len) {
            print->print_strn(print->data, str, len);
        }
        return (int)len;
    }
    int left = 0, right = 0;
    if (flags & PF_FLAG_CENTER_ADJUST) {
        left = pad / 2;
        right = pad - left;
    } else if (flags & PF_FLAG_LEFT_ADJUST) {
        right = pad;
    } else {
        left = pad;
    }
    print_fill(print, fill, left);
    if (len) {
        print->print_strn(print->data, str, len);
    }
    print_fill(print, fill, right);
    return width;
}

int mp_print_int(const mp_print_t *print, mp_uint_t x, bool is_signed, int base, int base_char, int flags, char fill, int width) {
    char buf[sizeof(mp_uint_t) * 8 + 4];
    char *end = buf + sizeof(buf);
    char *p = end;
    bool neg = false;
    if (is_signed && (mp_int_t)x < 0) {
        neg = true;
        x = -x;
    }
    do {
        int d = (int)(x % (mp_uint_t)base);
        *--p = (char)(d < 10 ? '0' + d : base_char + d - 10);
        x /= (mp_uint_t)base;
    } while (x);
    char sign = 0;
    if (neg) {
        sign = '-';
    } else if (flags & PF_FLAG_SHOW_SIGN) {
        sign = '+';
    } else if (flags & PF_FLAG_SPACE_SIGN) {
        sign = ' ';
    }
    int len = (int)(end - p);
    int total = 0;
    if (sign && (fill == '0' || (flags & PF_FLAG_PAD_AFTER_SIGN))) {
        print->print_strn(print->data, &sign, 1);
        total = 1 + mp_print_strn(print, p, (size_t)len, flags, fill, width - 1);
    } else {
        if (sign) {
            *--p = sign;
            len++;
        }
        total = mp_print_strn(print, p, (size_t)len, flags, fill, width);
    }
    return total;
}

int mp_printf(const mp_print_t *print, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int ret = mp_vprintf(print, fmt, ap);
    va_end(ap);
    return ret;
}

int mp_vprintf(const mp_print_t *print, const char *fmt, va_list args) {
    int chrs = 0;
    for (;;) {
        const char *f = fmt;
        while (*f != '\0' && *f != '%') {
            f++;
        }
        if (f > fmt) {
            print->print_strn(print->data, fmt, (size_t)(f - fmt));
            chrs += (int)(f - fmt);
            fmt = f;
        }
        if (*fmt == '\0') {
            break;
        }
        fmt++; // skip '%'
        int flags = 0;
        char fill = ' ';
        for (;; fmt++) {
            if (*fmt == '-') {
                flags |= PF_FLAG_LEFT_ADJUST;
            } else if (*fmt == '+') {
                flags |= PF_FLAG_SHOW_SIGN;
            } else if (*fmt == ' ') {
                flags |= PF_FLAG_SPACE_SIGN;
            } else if (*fmt == '#') {
                flags |= PF_FLAG_SHOW_PREFIX;
            } else if (*fmt == '0') {
                fill = '0';
                flags |= PF_FLAG_PAD_AFTER_SIGN;
            } else {
                break;
            }
        }
        int width = 0;
        if (*fmt == '*') {
            width = va_arg(args, int);
            fmt++;
        } else {
            while (*fmt >= '0' && *fmt <= '9') {
                width = width * 10 + (*fmt++ - '0');
            }
        }
        int prec = -1;
        if (*fmt == '.') {
            fmt++;
            prec = 0;
            if (*fmt == '*') {
                prec = va_arg(args, int);
                fmt++;
            } else {
                while (*fmt >= '0' && *fmt <= '9') {
                    prec = prec * 10 + (*fmt++ - '0');
                }
            }
        }
        // Length modifiers: l, ll, z (all treated as word size or long long).
        int size_mod = 0; // 0 int, 1 long/size_t, 2 long long
        if (*fmt == 'l') {
            fmt++;
            size_mod = 1;
            if (*fmt == 'l') {
                fmt++;
                size_mod = 2;
            }
        } else if (*fmt == 'z') {
            fmt++;
            size_mod = 1;
        }
        char conv = *fmt;
        if (conv == '\0') {
            break;
        }
        fmt++;
        switch (conv) {
            case '%':
                print->print_strn(print->data, "%", 1);
                chrs++;
                break;
            case 'c': {
                char c = (char)va_arg(args, int);
                chrs += mp_print_strn(print, &c, 1, flags, fill, width);
                break;
            }
            case 'q': {
                qstr q = va_arg(args, qstr);
                size_t len;
                const char *s = (const char *)qstr_data(q, &len);
                if (prec >= 0 && (size_t)prec < len) {
                    len = (size_t)prec;
                }
                chrs += mp_print_strn(print, s, len, flags, fill, width);
                break;
            }
            case 'r':
                // The repr of an mp_obj_t, printed straight to the target (no
                // str made: error messages stay formattable under heap_lock).
                mp_obj_print_helper(print, va_arg(args, mp_obj_t), PRINT_REPR);
                break;
            case 's': {
                const char *s = va_arg(args, const char *);
                if (s == NULL) {
                    s = "(null)";
                }
                size_t len = prec >= 0 ? strnlen(s, (size_t)prec) : strlen(s);
                chrs += mp_print_strn(print, s, len, flags, fill, width);
                break;
            }
            case 'd':
            case 'i': {
                mp_int_t v;
                if (size_mod == 2) {
                    v = (mp_int_t)va_arg(args, long long);
                } else if (size_mod == 1) {
                    v = (mp_int_t)va_arg(args, long);
                } else {
                    v = va_arg(args, int);
                }
                chrs += mp_print_int(print, (mp_uint_t)v, true, 10, 'a', flags, fill, width);
                break;
            }
            case 'u':
            case 'x':
            case 'X': {
                mp_uint_t v;
                if (size_mod == 2) {
                    v = (mp_uint_t)va_arg(args, unsigned long long);
                } else if (size_mod == 1) {
                    v = (mp_uint_t)va_arg(args, unsigned long);
                } else {
                    v = va_arg(args, unsigned int);
                }
                int base = conv == 'u' ? 10 : 16;
                chrs += mp_print_int(print, v, false, base, conv == 'X' ? 'A' : 'a', flags, fill, width);
                break;
            }
            case 'p': {
                mp_uint_t v = (mp_uint_t)va_arg(args, void *);
                print->print_strn(print->data, "0x", 2);
                chrs += 2 + mp_print_int(print, v, false, 16, 'a', flags, fill, width);
                break;
            }
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G': {
                double d = va_arg(args, double);
                char buf[64];
                char spec[16];
                char *sp = spec;
                *sp++ = '%';
                if (flags & PF_FLAG_SHOW_SIGN) {
                    *sp++ = '+';
                }
                if (prec >= 0) {
                    *sp++ = '.';
                    *sp++ = '*';
                }
                *sp++ = conv;
                *sp = '\0';
                int n = prec >= 0 ? snprintf(buf, sizeof(buf), spec, prec > 40 ? 40 : prec, d) : snprintf(buf, sizeof(buf), spec, d);
                if (n < 0) {
                    n = 0;
                } else if (n >= (int)sizeof(buf)) {
                    n = sizeof(buf) - 1;
                }
                chrs += mp_print_strn(print, buf, (size_t)n, flags, fill, width);
                break;
            }
            default:
                // Unknown conversion: print it literally so the mistake is visible.
                print->print_strn(print->data, fmt - 1, 1);
                chrs++;
                break;
        }
    }
    return chrs;
}
