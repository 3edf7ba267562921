# Build ./micropython (the Unix port) and run its demos, tests and benchmarks.
#   make            build ./micropython
#   make run        build and run the demo (examples/)
#   make test       build and run the whole test suite
#   make sanitize   build with ASan+UBSan and run the whole test suite
#   make bench      run the benchmarks (tools/bench/) against python3

PYTHON ?= python3
comma := ,
CC ?= cc
BUILD ?= build
PROG ?= micropython
STARTUP_LIST := ports/unix/startup_functions.txt
STARTUP_LD = $(BUILD)/startup.ld
PROG_DEPS :=

SRC_C := $(wildcard py/*.c) $(wildcard extmod/*.c) $(wildcard ports/unix/*.c)
# unicodedata (extmod/modunicodedata.c) is built only with `make UNICODEDATA=1`:
# it lacks full normalisation and three properties, whose tables do not fit the
# 1 MB binary yet (see py/mpconfig.h).
UNICODEDATA ?= 0
ifeq ($(UNICODEDATA),1)
CFLAGS_EXTRA += -DMICROPY_PY_UNICODEDATA=1
else
SRC_C := $(filter-out extmod/modunicodedata.c,$(SRC_C))
endif
# Link order: the files whose code runs at start-up come first, so that the
# pages a short script touches sit together (the kernel maps file pages 64 KiB
# at a time: scattered start-up code makes the whole binary resident). On
# Linux the start-up functions themselves are gathered too (see
# "start-up functions" below). The VM's dispatch function is 64-byte aligned
# and its opcode handlers 32-byte aligned (py/vm.c, VM_DISPATCH_ALIGN; 2.6 KB
# of padding): the dispatch loop's speed
# swung by a third with the loop's offset within a 64-byte line (an unrelated
# file growing by 96 bytes did it), and an edit to a rarely used opcode moved
# the others. Measured both ways at two addresses: the same speed.
STARTUP_SRC := py/vm.c py/gc.c py/malloc.c py/map.c py/runtime.c py/qstr.c py/nlr.c py/vstr.c \
	py/lexer.c py/parse.c py/parse_stmt.c py/scope.c py/compile.c py/compile_stmt.c py/emitbc.c \
	py/objstr.c py/objfun.c py/objdict.c py/objexcept.c py/mpz.c py/objint.c py/objtype.c py/objlist.c \
	py/objmodule.c py/objtuple.c py/modbuiltins.c py/objfloat.c py/modsys.c py/unicode.c \
	ports/unix/main.c ports/unix/unix_port.c ports/unix/file.c ports/unix/unix_mphal.c ports/unix/readline.c
OBJ := $(patsubst %.c,$(BUILD)/%.o,$(STARTUP_SRC) $(filter-out $(STARTUP_SRC),$(SRC_C)))

CWARN := -Wall -Wextra -Wundef -Wno-unused-parameter -Wno-missing-field-initializers
# No C code unwinds through frames (errors travel by nlr), so the unwind
# tables would only add ~100 KiB to the binary.
CFLAGS_BASE := -std=gnu11 $(CWARN) -I. -Iports/unix -I$(BUILD) -fno-strict-aliasing -fno-asynchronous-unwind-tables
OPT ?= -O2
# Code that runs once per module or per call of a slow system service is
# optimised for size: the compiler, start-up and REPL, the os/time modules,
# errno/platform and decompression; so are the library modules whose work per
# call dwarfs the call (maths, random, json, struct, itertools, array,
# functools, re's match objects, address parsing), big-integer arithmetic (18%
# slower at -Os, still faster than CPython's), exception objects, and the int,
# float, range, str.format and slot-wrapper types (their hot paths are in the
# VM; measured with callgrind: at most 1.5% more instructions on the
# benchmarks, -20 KB), the DEFLATE compressor, weakref, signal, property,
# the process, fcntl and thread modules (system calls; the GIL hand-off is
# not a hot loop),
# the built-in functions (no change measured), the stack scan for the GC and
# the clock, sleep and stdout calls, bytearray/memoryview (+2.4%
# instructions on a loop of memoryview slicing and bytearray appends, -4 KB),
# and the MD5, SHA-1, SHA-2 and CRC-32/Adler-32 code (-1.0 KB; hashing 10 MB
# took the same time or less; SHA-3 stays at OPT: 2.2 times slower at -Os).
# So is code that the benchmarks (callgrind, tools/bench/interp) barely or
# never reach: str/bytes printing, qstr, streams, argument checks, unicode
# tables, sets, tuples, sequences, vstr, the call helpers and the small types
# (together -12 KB of text; at most +0.5% instructions, on bytes_slicing).
# Hot paths keep OPT: the VM, functions and bound methods (+1.7% on fib and
# +0.8% on method_calls at -Os), core objects, GC, threads, re matching, and
# sockets and select (+2.4% on a socketpair ping-pong at -Os). A command-line
# OPT (make sanitize) still applies to every file.
SIZE_OPT_SRC := py/lexer.c $(wildcard py/parse*.c) py/scope.c $(wildcard py/compile*.c) py/emitbc.c \
	py/showbc.c py/frozen.c py/inflate.c \
	py/modsys.c py/modmicropython.c py/builtinevalexec.c py/builtinimport.c \
	extmod/moderrno.c extmod/modunicodedata.c extmod/modplatform.c extmod/modzlib.c extmod/re_compile.c extmod/modhashlib.c \
	ports/unix/main.c ports/unix/repl.c ports/unix/readline.c ports/unix/unix_port.c ports/unix/unix_import.c \
	ports/unix/modos.c ports/unix/osdir.c ports/unix/osfile.c py/objstructseq.c ports/unix/modtime.c \
	py/objexcept.c py/objcomplex.c extmod/modrandom.c extmod/modmath.c extmod/modcmath.c \
	extmod/modjson.c extmod/objdictsub.c extmod/modstruct.c extmod/moditertools.c extmod/objdeque.c \
	extmod/socketaddr.c extmod/socketmsg.c extmod/modre.c py/mpz.c py/objtype_mro.c py/objtype_meta.c py/objgenericalias.c py/objunion.c \
	extmod/modarray.c extmod/modfunctools.c extmod/modio.c extmod/modbinascii.c extmod/modcollections.c \
	extmod/modoperator.c extmod/modheapq.c ports/unix/file.c ports/unix/osproc.c ports/unix/modfcntl.c ports/unix/modtermios.c ports/unix/modresource.c ports/unix/modthread.c \
	py/objfloat.c py/objint.c py/objstrformat.c py/objslotwrapper.c py/objrange.c \
	extmod/deflate_compress.c extmod/moddeflate.c py/objweakref.c py/objringio.c \
	py/modbuiltins.c ports/unix/modsignal.c py/objproperty.c py/objarray.c \
	py/mpprint.c py/qstr.c py/stream.c \
	py/argcheck.c py/unicode.c py/objset.c py/objtuple.c py/sequence.c py/vstr.c py/runtime_call.c \
	py/objobject.c py/objsuper.c py/objmodule.c py/objzip.c py/objbool.c py/objmap.c py/objcell.c \
	py/objenumerate.c py/objfilter.c py/objsingleton.c py/objgetitemiter.c py/objnone.c py/mperrno.c \
	py/modgc.c py/gcfinaliser.c extmod/re_class.c ports/unix/lazylibm.c \
	ports/unix/gccollect.c ports/unix/unix_mphal.c \
	extmod/hash_md5.c extmod/hash_sha1.c extmod/hash_sha256.c extmod/hash_sha512.c extmod/checksum.c \
	extmod/hash_sha3.c extmod/modselect.c extmod/fdwait.c extmod/modsocket.c
CFLAGS ?=
CFLAGS += $(CFLAGS_BASE) $(OPT) $(CFLAGS_PORT) $(CFLAGS_EXTRA)
LDFLAGS += $(LDFLAGS_EXTRA)
LIBS = $(LIBM)
LIBM := -lm

UNAME_S := $(shell uname -s)
ifeq ($(UNAME_S),Linux)
# dlopen (lazy libm) and pthreads (_thread); macOS has both in libSystem.
LIBS += -ldl -lpthread
endif

# Start-up footprint (peak RSS of `-c pass`). On glibc, libm is dlopen()ed on
# first use (ports/unix/lazylibm.c) rather than mapped into every process,
# and packed relative relocations (DT_RELR) keep the loader from reading a
# 90 KiB relocation table; each only where the toolchain supports it.
TRY_LINK = $(shell printf '$(1)\nint main(void){return 0;}\n' | $(CC) -x c - $(2) -o $(BUILD)/.probe 2>/dev/null && $(BUILD)/.probe && echo 1; rm -f $(BUILD)/.probe)
ifeq ($(UNAME_S),Linux)
$(shell mkdir -p $(BUILD))
ifndef LAZY_LIBM
LAZY_LIBM := $(call TRY_LINK,\043include <features.h>\n\043ifndef __GLIBC__\n\043error\n\043endif,)
endif
ifeq ($(LAZY_LIBM),1)
LIBM :=
CFLAGS_PORT += -DMICROPY_LAZY_LIBM=1
endif
# A position-dependent executable: an address goes into a register with a
# 5-byte mov rather than a 7-byte lea, and pointer tables need no relocation
# at load time (-16 KB of code, -4 KB of file in all; callgrind counts fell).
# The heap, stacks and libraries are still placed at random; nothing the
# interpreter does depends on where its own image lies.
ifeq ($(call TRY_LINK,,-fno-pie -no-pie),1)
CFLAGS_PORT += -fno-pie
LDFLAGS += -no-pie
endif
ifeq ($(call TRY_LINK,,-Wl$(comma)-z$(comma)pack-relative-relocs),1)
LDFLAGS += -Wl,-z,pack-relative-relocs
endif
# Start-up functions: every function gets its own section and a linker script
# gathers those listed in ports/unix/startup_functions.txt (what `-c pass`
# runs; tools/startup_order.py) into one block before the rest of the code:
# 45 KB instead of some 400 KB of resident code for a short script.
$(shell printf 'SECTIONS { .text.mp_startup : { *(.text.main) } } INSERT BEFORE .text;\n' > $(BUILD)/.probe.ld)
# With a section per function, the linker also drops the functions nothing
# calls (-12 KB). A section per data object too lets it drop the constants
# nothing reads, then the functions only those named (function objects no
# table lists): -0.6 KB of constants, -0.3 KB of code.
ifeq ($(call TRY_LINK,,-ffunction-sections -Wl$(comma)-T$(comma)$(BUILD)/.probe.ld),1)
CFLAGS_PORT += -ffunction-sections -fdata-sections
LDFLAGS += -Wl,-T,$(STARTUP_LD) -Wl,--gc-sections
PROG_DEPS += $(STARTUP_LD)
# Those constants in input order left ~0.9 KB of padding between them; sorted
# by alignment, largest first, they pack. Only .rodata: --sort-section would
# also reorder the code and move the hot functions. The sort keeps the link
# order's grouping (each start-up file on its own, then the rest of py/, then
# the others): one global sort scattered what a short script reads over the
# whole segment and made 44 KiB more of it resident. The output section keeps
# its name and its place at the start of the read-only data segment.
# Its address is the next page up from the end of the code, at the same
# offset within the page as that end (ADDR(.fini) + SIZEOF(.fini)): the
# constants then follow the code in the file with no padding to a page, as
# lld lays out segments. The page shared in the file is mapped twice, once
# executable as the code's last page, once read-only: up to 4 KiB of
# constants are executable, not the whole segment (-z noseparate-code). Code
# growth then costs its bytes, not a 4 KiB step every 4 KiB.
RODATA_SORT = SORT_BY_ALIGNMENT(.rodata*)
$(shell printf '%s\n' 'SECTIONS { .rodata . + ((ADDR(.fini) + SIZEOF(.fini)) & 0xfff) : {' $(foreach o,$(STARTUP_SRC:.c=.o),'*/$(o)($(RODATA_SORT))') \
	'*/py/*.o($(RODATA_SORT))' '*($(RODATA_SORT))' '} } INSERT BEFORE .rodata1;' > $(BUILD)/rodata.ld)
ifeq ($(call TRY_LINK,,-fdata-sections -Wl$(comma)-T$(comma)$(BUILD)/rodata.ld),1)
LDFLAGS += -Wl,-T,$(BUILD)/rodata.ld
endif
endif
# Code and constant data stay in separate segments (the linker's default
# since binutils 2.31): -z noseparate-code would map the headers and all the
# constants executable, which we do not want.
# No RELRO region: its end must fall on a page boundary, which cost up to
# 4 KiB of file padding before the data segment (3.5 KB at session 30) to
# write-protect 544 bytes (.got, .dynamic, .init_array) after start-up. In
# this non-PIE binary with lazily bound calls the .got.plt stays writable
# either way, so partial RELRO protected little.
ifeq ($(call TRY_LINK,,-Wl$(comma)-z$(comma)norelro),1)
LDFLAGS += -Wl,-z,norelro
endif
# The writable data likewise follows the constants in the file without
# padding: the linker puts the data segment at the constants' offset within
# a page when the "common page" is small (it page-aligns it when that saves
# a page of memory at 4 KiB; the data's first page is copied on write anyway).
ifeq ($(call TRY_LINK,,-Wl$(comma)-z$(comma)common-page-size=64),1)
LDFLAGS += -Wl,-z,common-page-size=64
endif
endif
# macOS's linker drops unreferenced code and data by symbol without help.
ifeq ($(UNAME_S),Darwin)
$(shell mkdir -p $(BUILD))
ifeq ($(call TRY_LINK,,-Wl$(comma)-dead_strip),1)
LDFLAGS += -Wl,-dead_strip
endif
endif


# The same rule also writes genhdr/qstrdata.generated.h (the static pool) and
# genhdr/qstrblob.bin (its names as raw bytes, for tools/makefrozen.py).
QSTR_GEN := $(BUILD)/genhdr/qstrdefs.generated.h
MODULE_GEN := $(BUILD)/genhdr/moduledefs.h
ERRTEXT_GEN := $(BUILD)/genhdr/errtext.generated.h

.PHONY: all run test sanitize bench clean parse-test

all: $(PROG)

$(PROG): $(OBJ) $(PROG_DEPS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJ) $(LIBS)

$(STARTUP_LD): $(STARTUP_LIST)
	@mkdir -p $(dir $@)
	{ echo 'SECTIONS {'; echo '  .text.mp_startup : {'; echo '    *(.text.startup .text.startup.*)'; \
	  sed -n 's/^\([A-Za-z_][A-Za-z0-9_.]*\)$$/    *(.text.\1)/p' $<; \
	  echo '  }'; echo '} INSERT BEFORE .text;'; } > $@

# Generated headers: rebuilt when any source changes (the scripts only rewrite
# the file when its content changes, so objects are not rebuilt needlessly).
$(QSTR_GEN): $(SRC_C) $(wildcard py/*.h extmod/*.h ports/unix/*.h) py/qstrdefs.h tools/makeqstrdefs.py tools/genutil.py
	@mkdir -p $(dir $@)
	$(PYTHON) tools/makeqstrdefs.py $@ py/qstrdefs.h $(SRC_C) $(wildcard py/*.h extmod/*.h ports/unix/*.h)

# The error messages and the frozen modules are compressed by
# tools/deflate_pack.c, a tool for the build machine: built with HOST_CC and
# plain -O2 (not OPT: `make sanitize` would slow it down and the binary's
# bytes must not depend on the build flavour).
HOST_CC ?= cc
DEFLATE_PACK := $(BUILD)/tools/deflate_pack

$(DEFLATE_PACK): tools/deflate_pack.c
	@mkdir -p $(dir $@)
	$(HOST_CC) -O2 -o $@ tools/deflate_pack.c -lm

# The error messages, compressed (py/errtext.c, MP_ERROR_TEXT in py/runtime.h)
# against the static qstrs' names (qstrblob.bin, written with the qstr header).
$(ERRTEXT_GEN): $(SRC_C) $(wildcard py/*.h extmod/*.h ports/unix/*.h) tools/makeerrtext.py tools/genutil.py $(QSTR_GEN) $(DEFLATE_PACK)
	@mkdir -p $(dir $@)
	$(PYTHON) tools/makeerrtext.py $@ $(BUILD)/genhdr/qstrblob.bin $(DEFLATE_PACK) $(SRC_C) $(wildcard py/*.h extmod/*.h ports/unix/*.h)

$(MODULE_GEN): $(SRC_C) Makefile tools/makemoduledefs.py tools/genutil.py
	@mkdir -p $(dir $@)
	$(PYTHON) tools/makemoduledefs.py $@ $(SRC_C)

# Frozen modules: lib/*.py embedded as source text (tools/makefrozen.py) and
# compiled on first import. The lib directory itself is a prerequisite so
# that removing a module also regenerates the table.
FROZEN_GEN := $(BUILD)/genhdr/frozen.generated.h
FROZEN_PY := $(sort $(wildcard lib/*.py lib/*/*.py lib/*/*/*.py))

$(FROZEN_GEN): $(FROZEN_PY) lib $(wildcard lib/*/ lib/*/*/) tools/makefrozen.py tools/genutil.py $(QSTR_GEN) $(DEFLATE_PACK)
	@mkdir -p $(dir $@)
	$(PYTHON) tools/makefrozen.py $@ $(BUILD)/genhdr/qstrblob.bin $(DEFLATE_PACK) $(FROZEN_PY)

$(BUILD)/py/frozen.o: $(FROZEN_GEN)

# The texts are in section .mp_frozen (py/frozen.c). Linked at a distant
# address they get a segment of their own: next to .rodata the kernel's
# fault-around would map ~70 KiB of them into every process. The address
# has the same offset within its 4 KiB page as the end of .data (the last
# bytes of the file before them): the segment then follows in the file
# without padding to a page (-1.3 KB; 2 KB on average).
ifeq ($(UNAME_S),Linux)
$(shell printf 'SECTIONS { .mp_frozen 0x4000000 + ((ADDR(.data) + SIZEOF(.data) + 31) & 0xfe0) : { *(.mp_frozen) } } INSERT AFTER .bss;\n' > $(BUILD)/frozen.ld)
FROZEN_LDFLAG := -Wl,-T,$(BUILD)/frozen.ld
ifneq ($(call TRY_LINK,__attribute__((section(".mp_frozen"))) const char mp_probe[] = "x";,$(FROZEN_LDFLAG)),1)
FROZEN_LDFLAG := -Wl,--section-start=.mp_frozen=0x4000000
endif
ifeq ($(call TRY_LINK,__attribute__((section(".mp_frozen"))) const char mp_probe[] = "x";,$(FROZEN_LDFLAG)),1)
LDFLAGS += $(FROZEN_LDFLAG)
endif
endif

# Those files are built with -Oz where the compiler has it (GCC 12, clang),
# which trades speed for size harder than -Os (push/pop for small constants,
# no inlining for speed): -7.7 KB of code. Callgrind: no interpreter
# benchmark moved by more than 0.1%; compiling source +0.9% over -Os
# (importing six library modules +0.6%), big integers +0.2%. The socket
# helpers stay at -Os (-0.35 KB at stake, too little to risk the ping-pong).
SIZE_OZ_SLOW := extmod/fdwait.c extmod/modselect.c extmod/socketaddr.c extmod/socketmsg.c
probe_flag = $(shell echo 'int x;' | $(CC) $(1) -Werror -x c -c - -o /dev/null 2>/dev/null && echo $(1))
OZ := $(shell echo 'int x;' | $(CC) -Oz -Werror -x c -c - -o /dev/null 2>/dev/null && echo -Oz || echo -Os)
# GCC's tail merging adds code at -Oz here: -0.45 KB without it (GCC 12, the
# linked binary; callgrind counts the same or lower). Turning off partial
# inlining, IPA-SRA and shrink-wrapping too saved 0.3 KB more, but cost up to
# 1.7% on bytes_slicing (int.from_bytes at -Oz). clang lacks the flag.
# Jump threading copies a block into each path that reaches it, so that the
# path skips a test whose outcome it already knows: without the threading
# passes -1.6 KB of code at -Oz, and -0.8 KB more without the dominator-based
# pass, which threads as well. Callgrind: the interpreter benchmarks the same
# or fewer instructions (once the slice bounds' small ints returned at once,
# py/sequence.c), a socketpair ping-pong -0.3%; importing ten library
# modules and a json/re/struct/format loop +0.7%. GCC's uninitialised-use
# warnings see less flow then: two variables are zeroed for them. Turning off
# loop header copying, IPA constant propagation or IPA-SRA, partial inlining,
# or PRE saved nothing; loop-invariant motion, strength reduction and
# if-conversion saved 1.3 KB together but cost up to 0.5% more instructions
# compiling, and branches where the code had conditional moves.
NO_THREADING := $(foreach f,-fno-thread-jumps -fno-tree-dominator-opts,$(call probe_flag,$(f)))
# Without caller-saves, a value live across a call stays in a callee-saved
# register (pushed once) or its stack slot rather than being saved and
# restored around each call: -1.8 KB of code at -Oz (MP_COLD too). Not in the
# integer type and the argument parser: int.from_bytes (bytes_slicing +0.16%)
# and mp_arg_parse_all (str_split_join +0.01%) ran more instructions.
# Callgrind: the benchmarks the same (within 70 instructions); importing
# asyncio +0.09%, six library modules +0.13%, a json/re/struct/format loop
# +0.11%. Not taken, measured with it: no shrink-wrapping (-0.3 KB more, but
# imports +0.6%, bytes_slicing +0.5%), no RTL loop-invariant motion and
# straight-line strength reduction (-0.3 KB, imports +0.5%).
OZ_REGS := $(call probe_flag,-fno-caller-saves)
OZ_REGS_KEEP := py/objint.c py/argcheck.c
OZ_FLAGS := $(call probe_flag,-fno-tree-tail-merge) $(NO_THREADING)
$(patsubst %.c,$(BUILD)/%.o,$(filter $(SIZE_OPT_SRC),$(SRC_C))): OPT = $(OZ) $(OZ_FLAGS)
$(patsubst %.c,$(BUILD)/%.o,$(filter-out $(OZ_REGS_KEEP),$(filter $(SIZE_OPT_SRC),$(SRC_C)))): OPT += $(OZ_REGS)
$(patsubst %.c,$(BUILD)/%.o,$(filter $(SIZE_OZ_SLOW),$(SRC_C))): OPT = -Os
# GCC on x86 aligns every array or struct of 32 bytes or more to 32 bytes
# (for vector loads that our tables never see); the psABI's 16 is enough:
# -11 KB of padding between the constant tables (types, method tables,
# strings) and the frozen texts; callgrind counts did not rise (measured
# together with the position-dependent link above). clang has no such option.
DATA_ALIGN := $(shell echo 'int x;' | $(CC) -malign-data=abi -Werror -x c -c - -o /dev/null 2>/dev/null && echo -malign-data=abi)
CFLAGS += $(DATA_ALIGN)
# Elsewhere GCC's -O2 pads each block that only a jump reaches to 16 bytes
# (the padding follows an unconditional jump and never runs): -3.9 KB of
# code without it, no change in callgrind counts or in time measured. Not in
# the VM nor in the call, attribute, generator and allocation paths: there
# (-3.7 KB more) method_calls took 2-3% longer, repeatably (the code's
# placement, not its instructions: the counts did not move). The same files
# start their functions and loops wherever the last one ended, unpadded (-2.8
# KB of code: nothing in them runs often enough for the fetch alignment to
# count; method_calls measured 2% slower, as with any change that moves the
# hot code).
JUMP_ALIGN := $(foreach f,-falign-jumps=1 -falign-functions=1 -falign-loops=1,\
	$(shell echo 'int x;' | $(CC) $(f) -Werror -x c -c - -o /dev/null 2>/dev/null && echo $(f)))
JUMP_ALIGN_HOT := py/vm.c py/objtype.c py/objinstance.c py/objfun.c py/runtime.c py/map.c py/objgenerator.c \
	py/objboundmeth.c py/obj.c py/gc.c py/nlr.c py/malloc.c
$(patsubst %.c,$(BUILD)/%.o,$(filter-out $(SIZE_OPT_SRC) $(JUMP_ALIGN_HOT),$(SRC_C))): CFLAGS += $(JUMP_ALIGN)
# Since the VM's dispatch function got an alignment of its own (py/vm.c),
# the hot files other than the VM can drop the padding after jumps too
# (-2.0 KB of code); their functions and loops stay aligned. Callgrind: the
# same counts; time of 15 to 30 runs of each benchmark, alternated with the
# padded build: the same within the noise (method_calls +0.2% at the
# minimum; dropping the function and loop alignment as well cost +1.7%).
$(patsubst %.c,$(BUILD)/%.o,$(filter-out py/vm.c,$(JUMP_ALIGN_HOT))): CFLAGS += $(filter -falign-jumps=%,$(JUMP_ALIGN))

# In these -O2 files the compiler inlines only the small functions, those
# called once and those marked inline (LEAN_INLINE_SRC); in the first list it
# also keeps a function's rarely taken blocks in place rather than in a
# separate .cold part (the jumps there and back cost bytes), inlines no part
# of a function and merges no tails: -2.1 KB of code in all. The helpers
# whose inlining the benchmarks need are marked inline, or written out only
# at the hot call (type_of in obj.c, mark_drain_inline in gc.c, raise_fixed in
# objdict.c); callgrind: every benchmark the same or fewer instructions
# (dict_ops -0.9%). Not the VM (without its .cold
# parts dict_ops ran 0.16% more instructions; without inlining it grew);
# str, lists, instances, generators, sockets and re
# matching take only the first (the others cost instructions there, +0.15%
# on sort_ints, or saved nothing). Types, generators and sockets: -1.3 KB more
# (a generator's iternext resumes it directly: gen_pipeline -2.0%; the
# socket ping-pong kept its count with mp_socket_get_bufsize inline).
LEAN_INLINE := $(call probe_flag,-fno-inline-functions)
LEAN_MORE := $(foreach f,-fno-reorder-blocks-and-partition -fno-partial-inlining -fno-tree-tail-merge,\
	$(call probe_flag,$(f)))
LEAN_SRC := py/obj.c py/objstrmethods.c py/objdict.c py/map.c py/gc.c py/runtime.c py/objfun.c \
	py/objslice.c py/objtype.c
LEAN_INLINE_SRC := $(LEAN_SRC) py/objstr.c py/objlist.c py/objinstance.c extmod/re_engine.c \
	py/objgenerator.c extmod/objsocket.c
$(patsubst %.c,$(BUILD)/%.o,$(filter $(LEAN_INLINE_SRC),$(SRC_C))): CFLAGS += $(LEAN_INLINE)
$(patsubst %.c,$(BUILD)/%.o,$(filter $(LEAN_SRC),$(SRC_C))): CFLAGS += $(LEAN_MORE)
# Partial redundancy elimination slows the list sort's loops (sort_ints -2.2%
# instructions without it) and makes these two files larger.
NO_PRE := $(call probe_flag,-fno-tree-pre)
$(BUILD)/py/objlist.o $(BUILD)/py/objinstance.o: CFLAGS += $(NO_PRE)
# The str methods without jump threading (see OZ_FLAGS): -0.45 KB of code,
# and split's and join's loops run fewer instructions (str_split_join -1.3%;
# a loop over twenty other str and bytes methods -0.9%). Lists and re
# matching lost more than they saved (sort_ints +0.04%, a regex loop +1.1%).
$(BUILD)/py/objstrmethods.o: CFLAGS += $(NO_THREADING)

# A switch compiled to a jump table costs 8 bytes of constants per case in a
# position-dependent executable (absolute addresses); a tree of compares is
# a little more code: without tables, -5.7 KB (+3.1 KB of code, -8.8 KB of
# constants; callgrind: the benchmarks the same or less, compiling source
# +0.9%). Not in the hot files (-1.7 KB more, but +17% instructions on
# int_add_loop, +4% on fib) nor in re matching and sockets (-84 bytes).
NO_JUMP_TABLES := $(shell echo 'int x;' | $(CC) -fno-jump-tables -Werror -x c -c - -o /dev/null 2>/dev/null && echo -fno-jump-tables)
$(patsubst %.c,$(BUILD)/%.o,$(filter-out $(JUMP_ALIGN_HOT) extmod/objsocket.c extmod/re_engine.c,$(SRC_C))): CFLAGS += $(NO_JUMP_TABLES)

$(BUILD)/%.o: %.c | $(QSTR_GEN) $(MODULE_GEN) $(ERRTEXT_GEN)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

-include $(OBJ:.o=.d)

run: $(PROG)
	$(PYTHON) examples/run_demo.py

test: $(PROG)
	$(PYTHON) tests/run-tests.py

SANITIZE_MAKE = $(MAKE) BUILD=build-sanitize PROG=micropython-sanitize OPT="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined $(ASAN_STACK_FLAG)" LDFLAGS_EXTRA="-fsanitize=address,undefined"

sanitize:
	$(SANITIZE_MAKE)
	ulimit -S -s 16384 2>/dev/null || true; \
	ASAN_OPTIONS=detect_stack_use_after_return=0:detect_leaks=0:exitcode=86 UBSAN_OPTIONS=halt_on_error=1:exitcode=87 \
	MallocNanoZone=0 MICROPY_MICROPYTHON=$(CURDIR)/micropython-sanitize $(PYTHON) tests/run-tests.py

# ASan frames are several times larger, so the suite runs with a 16 MiB stack
# (the interpreter sizes its recursion budget from RLIMIT_STACK); only the
# soft limit, so that sys.setrecursionlimit may still raise it. Sanitizer
# reports exit with 86/87, never with a status a test could expect.
# The conservative GC scans the C stack: ASan's fake stacks would hide
# locals from it, so use-after-return detection must stay off.
# MallocNanoZone=0: macOS's malloc otherwise warns on stderr at the start of
# every ASan process ("nano zone abandoned"), which cmdline/ tests compare.
# LeakSanitizer does not exist for Apple clang; detect_leaks=0 is still fine.
ASAN_STACK_FLAG := $(shell $(CC) --version 2>/dev/null | grep -q clang && echo -fsanitize-address-use-after-return=never || echo --param=asan-use-after-return=0)

# The parser's unit test (tests/unit/run_parse_test.sh): the front end's
# trees and errors against CPython's ast module, limits and a fuzz run, linked
# with the sanitized interpreter's objects.
parse-test:
	$(SANITIZE_MAKE) build-sanitize/parse_test
	sh tests/unit/run_parse_test.sh build-sanitize/parse_test

$(BUILD)/parse_test: tests/unit/parse_test.c $(filter-out $(BUILD)/ports/unix/main.o,$(OBJ))
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LIBS)

bench: $(PROG)
	$(PYTHON) tools/bench/run.py

clean:
	rm -rf build build-sanitize build-clang micropython micropython-sanitize micropython-clang
