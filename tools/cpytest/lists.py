# Named lists of CPython test modules for tools/cpytest/run.py (--list NAME).
# A module missing from the local CPython test package is reported, not fatal.

LANG = '''
test_grammar test_class test_exceptions test_scope test_with test_generators
test_syntax test_augassign test_binop test_compare test_opcodes test_property
test_super test_descr test_named_expressions test_patma test_exception_group
test_except_star test_raise test_baseexception test_coroutines test_genexps
test_listcomps test_setcomps test_int_literal test_string_literals test_fstring
test_unpack test_unpack_ex test_keywordonlyarg test_positional_only_arg
test_dictcomps test_global test_contains test_dynamicclassattribute
test_funcattrs test_decorators test_extcall test_richcmp
test_isinstance test_bool test_pep646_syntax test_unary test_yield_from
test_keyword test_eof test_exception_hierarchy test_frame test_subclassinit
test_genericclass test_memoryview test_print test_builtin
test_module test_index test_hash test_raise test_future_stmt.test_future
test_exception_variations test_generator_stop test_metaclass test_descrtut
test_dynamic test_longexp test_type_annotations test_unicode_identifiers
test_utf8source test_iterlen test_call
'''.split()

TYPES = '''
test_dict test_list test_set test_int test_float test_string test_unicode
test_format test_bytes test_range test_slice test_tuple test_enumerate
test_iter test_long test_pow test_sort test_dictviews test_userdict
test_userlist test_userstring test_complex test_strtod test_bigmem
test_ordered_dict test_defaultdict test_deque test_weakref test_weakset
test_types test_abc test_operator test_bisect test_heapq test_copy
test_memoryio test_bytes test_structseq test_math test_cmath
test_float test_int test_long test_userlist
'''.split()

LIB = '''
test_contextlib test_itertools test_functools test_collections test_json
test_re test_struct test_dataclasses test_enum test_typing test_datetime
test_statistics test_fractions test_decimal test_textwrap test_pickle
test_argparse test_shlex test_base64 test_binascii test_hashlib test_hmac
test_random test_array test_queue test_threading test_calendar test_csv
test_configparser test_fnmatch test_glob test_pathlib test_posixpath
test_tempfile test_uuid test_ipaddress test_urlparse test_html test_logging
test_gzip test_zlib test_unittest test_inspect test_string test_bisect
test_copy test_copyreg test_keyword test_reprlib test_pprint test_timeit
test_getopt test_secrets test_stat test_shutil test_traceback
test_linecache test_contextlib_async test_asyncgen test_typechecks
test_numeric_tower test_genericalias test_types test_warnings
test_abstract_numbers test_urllib test_http_cookies test_socketserver
test_selectors test_subprocess test_os test_time test_errno test_io
test_fileio test_file test_codecs test_locale test_platform test_sys
test_atexit test_weakref test_zipfile test_getpass
test_strftime test_textwrap test_colorsys test_difflib test_string
test_htmlparser test_strptime test_context test_graphlib test_thread
test_signal test_termios test_resource test_timeout test_eintr test_popen
test_openpty test_pkg test_finalization
'''.split()

# sockets, select and what is built on them, all on loopback
# (test_asyncio is a package: its submodules are named test_asyncio.X)
NET = '''
test_socket test_select test_selectors test_poll test_socketserver
test_asyncio.test_locks test_asyncio.test_queues test_asyncio.test_waitfor
test_asyncio.test_timeouts test_asyncio.test_streams test_asyncio.test_futures
test_asyncio.test_futures2 test_asyncio.test_tasks test_asyncio.test_events
test_asyncio.test_base_events test_asyncio.test_selector_events
test_asyncio.test_sock_lowlevel test_asyncio.test_server
test_asyncio.test_protocols test_asyncio.test_transports
test_asyncio.test_context test_asyncio.test_pep492 test_asyncio.test_runners
test_asyncio.test_taskgroups test_asyncio.test_buffered_proto
test_asyncio.test_threads test_asyncio.test_sendfile
test_asyncio.test_unix_events
test_httplib test_urllib2_localnet test_wsgiref test_telnetlib test_ftplib
test_smtplib
'''.split()

# test classes (or Class.method) skipped, with the reason: they hang
SKIP = {
    # sets the private _loop of a Lock/Condition and expects a RuntimeError;
    # ours does not check it, so the task waits for a lock it holds itself
    'test_asyncio.test_locks': ['ConditionTests.test_ambiguous_loops'],
    # Ctrl-C simulated by _thread.interrupt_main(): ours raises
    # KeyboardInterrupt at once instead of calling the Python-level SIGINT
    # handler that Runner installs (a real SIGINT does reach it), so the
    # KeyboardInterrupt ends the whole test process
    'test_asyncio.test_runners': ['RunTests.test_asyncio_run_without_uncancel',
                                  'RunnerTests.test_interrupt_call_soon',
                                  'RunnerTests.test_interrupt_wait',
                                  'RunnerTests.test_interrupt_cancelled_task'],
    # makefile() returns the socket itself (spec/socket.md): no .closed,
    # no text modes, so every clientTearDown (in a helper thread) raises and
    # the main thread waits for it forever
    'test_socket': ['FileObjectClassTestCase'],
    # tests of _decimal (the C module) only, which run against our one pure
    # Python decimal here; test_bignum (10**35 ** 1100 at prec 10**6) takes
    # far longer than the timeout, as CPython notes for its _pydecimal
    'test_decimal': ['CWhitebox'],
    # no sys._current_frames/_current_exceptions (CPython internals): the
    # AttributeError leaves the helper thread waiting for an event forever,
    # so the process never exits
    'test_sys': ['SysModuleTest.test_current_frames',
                 'SysModuleTest.test_current_exceptions'],
}


def _uniq(names):
    seen = set()
    out = []
    for n in names:
        if n not in seen:
            seen.add(n)
            out.append(n)
    return out


LISTS = {
    'lang': _uniq(LANG),
    'types': _uniq(TYPES),
    'lib': _uniq(LIB),
    'net': _uniq(NET),
}
LISTS['all'] = _uniq(LISTS['lang'] + LISTS['types'] + LISTS['lib'])
