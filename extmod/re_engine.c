// The regular expression matcher: runs the code of extmod/re_prog.h
// (made by extmod/re_compile.c) on a subject.
//
// Matching runs the code with a position in the subject; every
// alternative not taken is a choice point pushed on a stack that lives on
// the GC heap, together with undo records for captures and loop registers,
// so the C stack does not grow with the subject. Only lookaround and atomic
// groups recurse in C, as deep as they nest in the pattern (bounded by the
// parser's nesting limit). A runaway stack raises RuntimeError ("maximum
// recursion depth exceeded") before it exhausts the heap, and pending
// KeyboardInterrupts are served while a long match runs.
#include "py/mpconfig.h"

#if MICROPY_PY_RE

#include "py/runtime.h"
#include "extmod/re_engine.h"
#include "extmod/re_prog.h"

// Backtracking stack entries before a match gives up.
#define RE_MAX_STACK (8 * 1024 * 1024)

/******************************************************************************/
// Matcher.

enum {
    BT_CHOICE, // resume at pc with position a
    BT_CAP, // undo: caps[pc] = a, and lastindex = b - 2 if b != 0
    BT_REG, // undo: regs[pc] = a
    BT_STAR_GREEDY, // REPEAT_CHAR may give back: next op at pc, current position a, min position b
    BT_STAR_LAZY, // REPEAT_CHAR may take more: op at pc, position a, count b
};

// 16 bytes: code addresses fit 28 bits (see emit in re_compile.c), and
// positions and counts in b fit 32 bits (subjects are limited to 2**32
// characters).
typedef struct _bt_entry_t {
    uint32_t kind : 4;
    uint32_t pc : 28;
    uint32_t b;
    size_t a;
} bt_entry_t;

typedef struct _matcher_t {
    const re_engine_prog_t *prog;
    const int32_t *code;
    const byte *s8;
    const uint32_t *s32;
    size_t end; // endpos: the subject ends here for matching
    size_t start; // where the current attempt began
    bool full; // the match must end at end
    bool reject_empty; // an empty match at start is not accepted
    mp_int_t *caps;
    size_t n_caps; // 2 * (groups + 1) + 1 (lastindex)
    size_t *regs;
    bt_entry_t *stack;
    size_t sp;
    size_t alloc;
    size_t steps;
} matcher_t;

static inline uint32_t char_at(const matcher_t *m, size_t i) {
    return m->s8 != NULL ? m->s8[i] : m->s32[i];
}

static void push(matcher_t *m, uint32_t kind, size_t pc, size_t a, uint32_t b) {
    if (m->sp == m->alloc) {
        if (m->alloc >= RE_MAX_STACK) {
            mp_raise_recursion_depth();
        }
        size_t alloc = m->alloc * 2;
        m->stack = m_renew(bt_entry_t, m->stack, m->alloc, alloc);
        m->alloc = alloc;
    }
    bt_entry_t *t = &m->stack[m->sp++];
    t->kind = kind;
    t->pc = (uint32_t)pc;
    t->b = b;
    t->a = a;
}

// Capture slot := pos; closing a group (odd slot) also makes it the
// lastindex. One undo record restores both.
static void set_cap(matcher_t *m, size_t slot, mp_int_t pos) {
    mp_int_t *last = &m->caps[m->n_caps - 1];
    push(m, BT_CAP, slot, (size_t)m->caps[slot], (slot & 1) ? (uint32_t)(*last + 2) : 0);
    m->caps[slot] = pos;
    if (slot & 1) {
        *last = (mp_int_t)(slot / 2);
    }
}

static void undo_cap(matcher_t *m, const bt_entry_t *t) {
    m->caps[t->pc] = (mp_int_t)t->a;
    if (t->b != 0) {
        m->caps[m->n_caps - 1] = (mp_int_t)t->b - 2;
    }
}

static void set_reg(matcher_t *m, size_t r, size_t v) {
    push(m, BT_REG, r, m->regs[r], 0);
    m->regs[r] = v;
}

static bool is_word_at(const matcher_t *m, size_t i, bool ascii) {
    return i < m->end && re_class_cat_word(char_at(m, i), ascii);
}

static bool check_assert(const matcher_t *m, int kind, size_t pos) {
    switch (kind) {
        case RE_AS_BOS:
            return pos == 0;
        case RE_AS_BOL:
            return pos == 0 || char_at(m, pos - 1) == '\n';
        case RE_AS_EOS:
            return pos == m->end;
        case RE_AS_EOL:
            return pos == m->end || (pos + 1 == m->end && char_at(m, pos) == '\n');
        case RE_AS_MEOL:
            return pos == m->end || char_at(m, pos) == '\n';
        default: {
            bool ascii = m->prog->ascii || kind >= RE_AS_WORDB_ASCII;
            bool before = pos > 0 && is_word_at(m, pos - 1, ascii);
            bool after = is_word_at(m, pos, ascii);
            // \b needs a word character on one side only; an empty
            // subject has no boundaries at all, as in CPython.
            bool boundary = before != after;
            if (kind == RE_AS_WORDB || kind == RE_AS_WORDB_ASCII) {
                return boundary;
            }
            return m->end > 0 && !boundary;
        }
    }
}

// Whether the single-character op at pc matches character c.
static bool single_match(const matcher_t *m, size_t pc, uint32_t c) {
    const int32_t *code = m->code;
    switch (code[pc]) {
        case RE_OP_CHAR:
            return c == (uint32_t)code[pc + 1];
        case RE_OP_CHAR_I:
            return re_class_fold_lower(c, m->prog->ascii) == (uint32_t)code[pc + 1];
        case RE_OP_ANY:
            return c != '\n';
        case RE_OP_ANY_ALL:
            return true;
        default:
            return re_class_match(&m->prog->classes[code[pc + 1]], c, m->prog->ascii);
    }
}

static size_t single_len(const int32_t *code, size_t pc) {
    return (code[pc] == RE_OP_ANY || code[pc] == RE_OP_ANY_ALL) ? 1 : 2;
}

// Drop the choice points above base but keep the undo records, so a later
// backtrack past this point still restores captures and registers.
static void cut_choices(matcher_t *m, size_t base) {
    size_t dst = base;
    for (size_t i = base; i < m->sp; i++) {
        if (m->stack[i].kind == BT_CAP || m->stack[i].kind == BT_REG) {
            m->stack[dst++] = m->stack[i];
        }
    }
    m->sp = dst;
}

// Undo everything above base.
static void unwind(matcher_t *m, size_t base) {
    while (m->sp > base) {
        bt_entry_t *t = &m->stack[--m->sp];
        if (t->kind == BT_CAP) {
            undo_cap(m, t);
        } else if (t->kind == BT_REG) {
            m->regs[t->pc] = t->a;
        }
    }
}

// Runs code from pc at pos until MATCH/SUCCEED; returns the end position,
// or -1 when every alternative above stack entry `base` has failed.
static mp_int_t run(matcher_t *m, size_t pc, size_t pos, size_t base) {
    const int32_t *code = m->code;
    for (;;) {
        if ((++m->steps & 0xfff) == 0) {
            mp_handle_pending_fast();
        }
        switch (code[pc]) {
            case RE_OP_CHAR:
                if (pos < m->end && char_at(m, pos) == (uint32_t)code[pc + 1]) {
                    pos++;
                    pc += 2;
                    continue;
                }
                goto fail;
            case RE_OP_CHAR_I:
            case RE_OP_ANY:
            case RE_OP_ANY_ALL:
            case RE_OP_CLASS:
                if (pos < m->end && single_match(m, pc, char_at(m, pos))) {
                    pos++;
                    pc += single_len(code, pc);
                    continue;
                }
                goto fail;
            case RE_OP_ASSERT:
                if (check_assert(m, code[pc + 1], pos)) {
                    pc += 2;
                    continue;
                }
                goto fail;
            case RE_OP_SAVE: {
                set_cap(m, code[pc + 1], (mp_int_t)pos);
                pc += 2;
                continue;
            }
            case RE_OP_SPLIT:
                push(m, BT_CHOICE, code[pc + 2], pos, 0);
                pc = code[pc + 1];
                continue;
            case RE_OP_JMP:
                pc = code[pc + 1];
                continue;
            case RE_OP_BACKREF: {
                size_t g = code[pc + 1];
                mp_int_t s = m->caps[2 * g], e = m->caps[2 * g + 1];
                if (s < 0 || e < 0) {
                    goto fail;
                }
                size_t n = e - s;
                if (pos + n > m->end) {
                    goto fail;
                }
                bool icase = code[pc + 2];
                for (size_t k = 0; k < n; k++) {
                    uint32_t a = char_at(m, s + k), b = char_at(m, pos + k);
                    if (a != b && !(icase && re_class_lower(a, m->prog->ascii) ==
                                                 re_class_lower(b, m->prog->ascii))) {
                        goto fail;
                    }
                }
                pos += n;
                pc += 3;
                continue;
            }
            case RE_OP_REPEAT_CHAR: {
                size_t min = code[pc + 1];
                mp_int_t max = code[pc + 2];
                bool greedy = code[pc + 3];
                size_t op = pc + 4;
                size_t next = op + single_len(code, op);
                size_t limit = m->end - pos;
                if (max != RE_INF && (size_t)max < limit) {
                    limit = max;
                }
                if (min > limit) {
                    goto fail;
                }
                if (greedy) {
                    size_t n = 0;
                    while (n < limit && single_match(m, op, char_at(m, pos + n))) {
                        n++;
                    }
                    if (n < min) {
                        goto fail;
                    }
                    if (n > min) {
                        push(m, BT_STAR_GREEDY, next, pos + n, pos + min);
                    }
                    pos += n;
                } else {
                    for (size_t k = 0; k < min; k++) {
                        if (!single_match(m, op, char_at(m, pos + k))) {
                            goto fail;
                        }
                    }
                    pos += min;
                    if (max == RE_INF || min < (size_t)max) {
                        push(m, BT_STAR_LAZY, pc, pos, min);
                    }
                }
                pc = next;
                continue;
            }
            case RE_OP_MARK:
                set_reg(m, code[pc + 1], pos);
                pc += 2;
                continue;
            case RE_OP_PROGRESS:
                if (m->regs[code[pc + 1]] == pos) {
                    pc = code[pc + 2];
                } else {
                    pc += 3;
                }
                continue;
            case RE_OP_CINIT:
                set_reg(m, code[pc + 1], 0);
                pc += 2;
                continue;
            case RE_OP_CLOOP: {
                size_t count = m->regs[code[pc + 1]];
                size_t min = code[pc + 2];
                mp_int_t max = code[pc + 3];
                bool greedy = code[pc + 4];
                size_t exit = code[pc + 5];
                size_t body = pc + 6;
                if (count < min) {
                    pc = body;
                } else if (max != RE_INF && count >= (size_t)max) {
                    pc = exit;
                } else if (greedy) {
                    push(m, BT_CHOICE, exit, pos, 0);
                    pc = body;
                } else {
                    push(m, BT_CHOICE, body, pos, 0);
                    pc = exit;
                }
                continue;
            }
            case RE_OP_CINC: {
                size_t r = code[pc + 1];
                mp_int_t mark = code[pc + 2];
                size_t min = code[pc + 3];
                // An optional iteration that matched nothing would loop
                // for ever: it ends the loop instead.
                if (mark >= 0 && m->regs[r] >= min && m->regs[mark] == pos) {
                    pc = code[pc + 4];
                    continue;
                }
                set_reg(m, r, m->regs[r] + 1);
                pc += 5;
                continue;
            }
            case RE_OP_LOOK: {
                int flags = code[pc + 1];
                size_t width = code[pc + 2];
                size_t len = code[pc + 3];
                size_t sub = pc + 4;
                size_t after = sub + len;
                bool found;
                size_t sub_base = m->sp;
                if (flags & RE_LOOK_BEHIND) {
                    found = pos >= width && run(m, sub, pos - width, sub_base) >= 0;
                } else {
                    found = run(m, sub, pos, sub_base) >= 0;
                }
                if (flags & RE_LOOK_NEGATIVE) {
                    unwind(m, sub_base);
                    if (found) {
                        goto fail;
                    }
                } else {
                    if (!found) {
                        goto fail;
                    }
                    cut_choices(m, sub_base);
                }
                pc = after;
                continue;
            }
            case RE_OP_ATOMIC: {
                size_t len = code[pc + 1];
                size_t sub = pc + 2;
                size_t sub_base = m->sp;
                mp_int_t r = run(m, sub, pos, sub_base);
                if (r < 0) {
                    goto fail;
                }
                cut_choices(m, sub_base);
                pos = r;
                pc = sub + len;
                continue;
            }
            case RE_OP_COND: {
                // A group re-entered by a repeat starts past its old end
                // until it closes again: it counts as unset (as in sre).
                size_t g = code[pc + 1];
                mp_int_t s = m->caps[2 * g];
                if (s >= 0 && m->caps[2 * g + 1] >= s) {
                    pc += 3;
                } else {
                    pc = code[pc + 2];
                }
                continue;
            }
            case RE_OP_SUCCEED:
                return (mp_int_t)pos;
            case RE_OP_MATCH:
                if ((m->full && pos != m->end) || (m->reject_empty && pos == m->start)) {
                    goto fail;
                }
                return (mp_int_t)pos;
            default:
                goto fail;
        }
    fail:
        for (;;) {
            if (m->sp <= base) {
                return -1;
            }
            bt_entry_t *t = &m->stack[m->sp - 1];
            switch (t->kind) {
                case BT_CHOICE:
                    m->sp--;
                    pc = t->pc;
                    pos = t->a;
                    goto resume;
                case BT_CAP:
                    m->sp--;
                    undo_cap(m, t);
                    continue;
                case BT_REG:
                    m->sp--;
                    m->regs[t->pc] = t->a;
                    continue;
                case BT_STAR_GREEDY:
                    // Give back one more character.
                    t->a--;
                    pc = t->pc;
                    pos = t->a;
                    if (t->a == t->b) {
                        m->sp--;
                    }
                    goto resume;
                default: {
                    // BT_STAR_LAZY: take one more character.
                    size_t rpc = t->pc;
                    mp_int_t max = code[rpc + 2];
                    size_t op = rpc + 4;
                    size_t at = t->a;
                    if (at < m->end && single_match(m, op, char_at(m, at))) {
                        t->a = at + 1;
                        t->b++;
                        if (max != RE_INF && t->b >= (size_t)max) {
                            m->sp--;
                        }
                        pc = op + single_len(code, op);
                        pos = at + 1;
                        goto resume;
                    }
                    m->sp--;
                    continue;
                }
            }
        }
    resume:;
    }
}

bool re_engine_exec(const re_engine_prog_t *prog, const re_engine_subject_t *subj, size_t pos,
    size_t endpos, re_engine_mode_t mode, bool must_advance, mp_int_t *caps) {
    matcher_t m;
    m.prog = prog;
    m.code = prog->code;
    m.s8 = subj->s8;
    m.s32 = subj->s32;
    m.end = endpos < subj->len ? endpos : subj->len;
    if ((uint64_t)m.end >= 0xffffffffu) {
        mp_raise_OverflowError(MP_ERROR_TEXT("regular expression subject too long"));
    }
    m.full = mode == RE_ENGINE_FULLMATCH;
    m.n_caps = 2 * (prog->n_groups + 1) + 1;
    m.caps = caps;
    m.regs = prog->n_regs ? m_new_atomic(size_t, prog->n_regs) : NULL;
    m.alloc = 64;
    m.stack = m_new_atomic(bt_entry_t, m.alloc); // positions only: not scanned
    m.steps = 0;
    if (pos > m.end) {
        return false;
    }
    for (size_t start = pos; start <= m.end; start++) {
        if (m.end - start < (size_t)prog->min_width) {
            return false;
        }
        if (mode == RE_ENGINE_SEARCH) {
            if (prog->anchored && start > 0) {
                return false;
            }
            if (prog->first_char >= 0) {
                // Skip to the next place the first character occurs.
                while (start < m.end && char_at(&m, start) != (uint32_t)prog->first_char) {
                    start++;
                }
                if (start >= m.end) {
                    return false;
                }
            }
        }
        for (size_t k = 0; k < m.n_caps; k++) {
            caps[k] = -1;
        }
        m.sp = 0;
        m.start = start;
        m.reject_empty = must_advance && start == pos;
        mp_int_t end = run(&m, 0, start, 0);
        if (end >= 0) {
            caps[0] = (mp_int_t)start;
            caps[1] = end;
            return true;
        }
        if (mode != RE_ENGINE_SEARCH) {
            return false;
        }
    }
    return false;
}

#endif // MICROPY_PY_RE
