//! The ffi library as a user meets it, beyond what the luajit goldens of
//! tests/lua/ffi cover: inputs on which LuaJIT itself crashes or which depend on
//! the machine must give clean Lua errors (never a signal or a panic), and
//! generated hostile declarations must all be rejected or accepted cleanly.

mod common;

use common::{lunavm, run, Run, TempDir};
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(60);

fn run_lua(source: &str) -> Run {
    let dir = TempDir::new("ffi");
    dir.write("t.lua", source);
    let mut cmd = lunavm(dir.path());
    cmd.arg("t.lua");
    run(cmd, None, LIMIT)
}

/// Runs `source` and returns its stdout; it must exit cleanly.
#[track_caller]
fn output(source: &str) -> String {
    let r = run_lua(source);
    r.assert_no_panic();
    assert_eq!(r.code(), Some(0), "{}", r.describe());
    r.stdout_text()
}

#[test]
fn null_accesses_are_lua_errors() {
    // LuaJIT dies with SIGSEGV on each of these.
    let out = output(
        r#"
        local ffi = require("ffi")
        ffi.cdef"typedef struct { int x; } s_t; size_t strlen(const char *);"
        local null = ffi.cast("int *", 0)
        for _, f in ipairs{
          function() return null[0] end,
          function() null[1] = 5 end,
          function() return ffi.cast("s_t *", 0).x end,
          function() return ffi.string(ffi.cast("const char *", 0)) end,
          function() ffi.copy(ffi.cast("void *", 8), "abc") end,
          function() ffi.fill(ffi.cast("void *", 0), 4) end,
          function() return ffi.cast("int (*)(int)", 0)(1) end,
        } do
          local ok, err = pcall(f)
          print(ok, (tostring(err):gsub("^t.lua:%d+: ", "")))
        end
        "#,
    );
    let null = "false\tattempt to dereference a NULL pointer\n";
    let want = null.repeat(6) + "false\tattempt to call a NULL function pointer\n";
    assert_eq!(out, want);
}

#[test]
fn null_references_are_lua_errors() {
    // References bound to NULL (ffi.new, ffi.cast, a zeroed reference member,
    // a C function's result): every read or write through one is an error
    // (LuaJIT dies with SIGSEGV on each), never a value made up from nothing
    // (lunavm used to give nil, false or a pointer computed from 0).
    let out = output(
        r#"
        local ffi = require("ffi")
        ffi.cdef[[
        typedef struct { int x; int y; } s_t;
        struct ref_holder { int &x; double d; };
        int &int_ref_env(const char *name) __asm__("getenv");
        size_t strlen(const char *);
        ]]
        local nr = ffi.new("int &")
        local cr = ffi.cast("int &", 0)
        local h = ffi.new("struct ref_holder")
        local sr = ffi.new("s_t &")
        local ar = ffi.new("int (&)[4]")
        local pr = ffi.new("int *&")
        local er = ffi.new("enum { A, B } &")
        local returned = ffi.C.int_ref_env("LUNAVM_SURELY_NOT_SET_1234")
        local cases = {
          function() return tonumber(nr) end,
          function() return nr + 1 end,
          function() return 1 - cr end,
          function() return -cr end,
          function() return nr == 0 end,
          function() return nr < 1 end,
          function() return bit.band(nr, 1) end,
          function() return ffi.new("double", nr) end,
          function() local a = ffi.new("int[1]"); a[0] = nr end,
          function() return ffi.new("int[2]")[nr] end,
          function() return ffi.string("abc", nr) end,
          function() return h.x end,
          function() h.x = 5 end,
          function() return sr.x end,
          function() sr.y = 1 end,
          function() return ar[1] end,
          function() ar[1] = 2 end,
          function() return pr[0] end,
          function() return pr + 1 end,
          function() return pr == nil end,
          function() return ffi.C.strlen(pr) end,
          function() return er == "A" end,
          function() return ffi.new("double &") * 2 end,
          function() return tonumber(ffi.new("bool &")) end,
          function() return ffi.new("complex &") == 0 end,
          function() return returned + 0 end,
          function() return ffi.new("s_t", sr) end,
        }
        for _, f in ipairs(cases) do
          local ok, err = pcall(f)
          print(ok, (tostring(err):gsub("^t.lua:%d+: ", "")))
        end
        print(tostring(nr), tostring(returned), h.d, ffi.sizeof(ar))
        "#,
    );
    let null = "false\tattempt to dereference a NULL pointer\n";
    let want = null.repeat(20)
        + "false\tbad argument #1 to 'strlen' (attempt to dereference a NULL pointer)\n"
        + &null.repeat(6)
        + "cdata<int &>: NULL\tcdata<int &>: NULL\t0\t16\n";
    assert_eq!(out, want);
}

#[test]
fn null_pointers_are_lua_errors_in_every_access() {
    // Element and member reads and writes through NULL pointers made every
    // way (LuaJIT crashes on each), interpreted and in hot loops.
    let out = output(
        r#"
        local ffi = require("ffi")
        ffi.cdef"typedef struct { int x; int y; } s_t;"
        local cases = {
          function() return ffi.cast("int *", 0)[0] end,
          function() ffi.cast("int *", 0)[0] = 1 end,
          function() return ffi.new("int *")[0] end,
          function() ffi.new("int *")[3] = 1 end,
          function() return ffi.cast("int *", nil)[0] end,
          function() return ffi.cast("s_t *", 0).x end,
          function() ffi.cast("s_t *", 0).y = 1 end,
          function() return ffi.new("s_t *")[0].x end,
          function() return ffi.new("s_t *[1]")[0].y end,
          function() return ffi.new("struct { int *p; }").p[0] end,
          function()
            local a = ffi.new("int[1]", 5)
            local p, s = ffi.cast("int *", a), 0
            for i = 1, 1000 do
              if i == 900 then p = ffi.cast("int *", 0) end
              s = s + p[0]
            end
          end,
          function()
            local a = ffi.new("s_t[1]")
            local p = ffi.cast("s_t *", a)
            for i = 1, 1000 do
              if i == 900 then p = ffi.new("s_t *") end
              p.x = i
            end
          end,
        }
        for _, f in ipairs(cases) do
          local ok, err = pcall(f)
          print(ok, (tostring(err):gsub("^t.lua:%d+: ", "")))
        end
        "#,
    );
    assert_eq!(
        out,
        "false\tattempt to dereference a NULL pointer\n".repeat(12)
    );
}

#[test]
fn ffi_is_not_a_global_but_a_module() {
    let out = output(
        r#"
        print(rawget(_G, "ffi"), type(require("ffi")), package.loaded.ffi == require("ffi"))
        print(type(1LL), getmetatable(1LL), type(require("ffi").C))
        "#,
    );
    assert_eq!(out, "nil\ttable\ttrue\ncdata\tffi\tuserdata\n");
}

#[test]
fn hostile_declarations_give_clean_errors() {
    // Truncations of a valid declaration list, unbalanced nesting, huge sizes,
    // deep nesting: each is parsed or rejected, never a crash.
    let valid = "typedef struct s { int a : 3; union { double d; char c[4]; }; \
                 struct s *next; int (*fp)(int, ...); } s_t; enum e { A = 1 << 3, B }; \
                 #pragma pack(push, 1)\nstruct p { char c; int i; };\n#pragma pack(pop)\n";
    let mut cases: Vec<String> = (0..valid.len()).map(|n| valid[..n].to_string()).collect();
    cases.extend([
        "int a[9223372036854775807];".to_string(),
        "int a[4294967296][4294967296];".to_string(),
        "struct big { char c[1099511627776]; char d[1099511627776]; };".to_string(),
        format!("int {}x{};", "(".repeat(2000), ")".repeat(2000)),
        format!("int {}p;", "*".repeat(5000)),
        "struct { int a : 99; };".to_string(),
        "enum { X = 1 / 0 };".to_string(),
        "int a[] ; struct f { int x[]; int y; };".to_string(),
        "#pragma pack(3)".to_string(),
        "__attribute__((aligned(3))) int x;".to_string(),
        "typedef int T; T T;".to_string(),
        "\u{0}\u{1}\u{ff}".to_string(),
    ]);
    let mut script = String::from("local ffi = require('ffi')\nlocal ok_count = 0\n");
    for c in &cases {
        script.push_str(&format!(
            "do local ok = pcall(ffi.cdef, {c:?}) if ok then ok_count = ok_count + 1 end end\n"
        ));
    }
    script.push_str("print(ok_count > 0)\n");
    let out = output(&script);
    assert_eq!(out, "true\n");
}

#[test]
fn new_with_absurd_sizes_is_an_error() {
    let out = output(
        r#"
        local ffi = require("ffi")
        print(pcall(ffi.new, "char[?]", -1))
        print(pcall(ffi.new, "char[?]", 2^60))
        print(pcall(ffi.new, "struct { int n; double d[?]; }", 2^62))
        print(pcall(ffi.string, ffi.new("char[4]"), -1))
        "#,
    );
    for line in out.lines() {
        assert!(line.starts_with("false\t"), "{out}");
    }
    assert_eq!(out.lines().count(), 4);
}

#[test]
fn callbacks_survive_collections_and_errors() {
    // Many callbacks, a collection inside each, and an error in the middle of
    // a qsort: the sort finishes, the error surfaces, later calls work.
    let out = output(
        r#"
        local ffi = require("ffi")
        ffi.cdef"void qsort(void *, size_t, size_t, int (*)(const void *, const void *));"
        local a = ffi.new("int[64]")
        for i = 0, 63 do a[i] = (i * 37) % 64 end
        local n = 0
        ffi.C.qsort(a, 64, 4, function(x, y)
          n = n + 1
          if n % 16 == 0 then collectgarbage() end
          x, y = ffi.cast("int *", x)[0], ffi.cast("int *", y)[0]
          return x - y
        end)
        local sorted = true
        for i = 1, 63 do sorted = sorted and a[i - 1] <= a[i] end
        print(sorted)
        local ok, err = pcall(ffi.C.qsort, a, 64, 4, function() error("stop") end)
        print(ok, (tostring(err):gsub("^t.lua:%d+: ", "")))
        ffi.C.qsort(a, 64, 4, function(x, y) return ffi.cast("int *", y)[0] - ffi.cast("int *", x)[0] end)
        print(a[0], a[63])
        "#,
    );
    assert_eq!(out, "true\nfalse\tstop\n63\t0\n");
}

#[test]
fn freed_callbacks_raise_instead_of_running_freed_code() {
    // LuaJIT leaves this undefined (it returned 0 when tried); here it is an error.
    let out = output(
        r#"
        local ffi = require("ffi")
        local cb = ffi.cast("int (*)(int)", function(x) return x + 1 end)
        print(cb(1))
        cb:free()
        print(pcall(cb, 1))
        print(pcall(cb.set, ffi.new("int"), print))
        "#,
    );
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("2"));
    assert_eq!(lines.next(), Some("false\tbad callback"));
    assert!(lines.next().unwrap().starts_with("false\t"), "{out}");
}

#[test]
fn callbacks_are_released() {
    // 100000 callbacks made and freed, and 100000 C calls each given a fresh
    // Lua function (an implicit callback): the process's resident memory
    // (read from /proc/self/statm) stays within a few megabytes, where keeping
    // every closure grew it by tens of megabytes.
    let out = output(
        r#"
        local ffi = require("ffi")
        local function rss_kb()
          local f = assert(io.open("/proc/self/statm"))
          local pages = f:read("*l"):match("^%d+ (%d+)")
          f:close()
          return tonumber(pages) * 4
        end
        ffi.cdef"void qsort(void *, size_t, size_t, int (*)(const void *, const void *));"
        local a = ffi.new("int[2]", 2, 1)
        for i = 1, 100 do ffi.cast("int (*)(int)", function(x) return x end):free() end
        collectgarbage()
        local before = rss_kb()
        local sum = 0
        for i = 1, 100000 do
          local cb = ffi.cast("int (*)(int)", function(x) return x + i end)
          sum = sum + cb(0)
          cb:free()
        end
        for i = 1, 100000 do
          ffi.C.qsort(a, 2, 4, function(x, y) return ffi.cast("int *", y)[0] - ffi.cast("int *", x)[0] + i * 0 end)
        end
        collectgarbage()
        local grown = rss_kb() - before
        print(sum, a[0], a[1], grown < 8192 or grown)
        "#,
    );
    assert_eq!(out, "5000050000\t2\t1\ttrue\n");
}

#[test]
fn implicit_callbacks_end_with_their_call() {
    // A Lua function passed to a C function becomes a callback for that call
    // only: a pointer to it kept by C raises "bad callback" when called later
    // (labs declared to take a function pointer hands the pointer back); the
    // next implicit callback of that prototype reuses the closure.
    let out = output(
        r#"
        local ffi = require("ffi")
        ffi.cdef"intptr_t labs(int (*f)(int));"
        local kept = ffi.C.labs(function(x) return x * 2 end)
        local f = ffi.cast("int (*)(int)", kept)
        print(pcall(f, 3))
        print(ffi.C.labs(function(x) return x * 3 end) == kept, pcall(f, 3))
        local g = ffi.cast("int (*)(int)", function(x) return x * 4 end)
        print(g(3), ffi.cast("intptr_t", g) == kept, f(3))
        g:free()
        print(pcall(f, 3))
        "#,
    );
    assert_eq!(
        out,
        "false\tbad callback\ntrue\tfalse\tbad callback\n12\ttrue\t12\nfalse\tbad callback\n"
    );
}

#[test]
fn every_operation_on_every_kind_of_value_is_clean() {
    // Each library function and operator applied to pairs of cdata of every
    // kind (and plain values): results or Lua errors, never a crash.
    let out = output(
        r#"
local ffi = require("ffi")
ffi.cdef"struct S { int a; }; typedef void (*vf)(void);"
local vals = { ffi.new("int", 1), ffi.new("int[3]"), ffi.typeof("int"), ffi.new("struct S"), ffi.new("void *"),
  1LL, 2ULL, ffi.new("double", 1.5), ffi.cast("vf", 0), ffi.new("bool"), ffi.new("struct S[2]")[0], ffi.C, 1, "s", {}, nil, true }
local ops = {
  function(a, b) return a + b end, function(a, b) return a - b end, function(a, b) return a * b end,
  function(a, b) return a / b end, function(a, b) return a % b end, function(a, b) return a ^ b end,
  function(a, b) return a == b end, function(a, b) return a < b end, function(a, b) return a <= b end,
  function(a, b) return a .. b end, function(a) return -a end, function(a) return #a end,
  function(a, b) return a[b] end, function(a, b) a[b] = b end, function(a, b) return a(b) end,
  function(a) return tostring(a) end, function(a) return tonumber(a) end,
  function(a, b) return ffi.cast("int *", a) end, function(a, b) return ffi.sizeof(a) end,
  function(a, b) return ffi.new(a, b) end, function(a, b) return ffi.istype(a, b) end,
  function(a, b) return ffi.string(a, b) end, function(a, b) return ffi.copy(a, b, 1) end,
  function(a, b) return ffi.fill(a, 1, b) end, function(a, b) return ffi.typeof(a, b) end,
  function(a, b) return ffi.offsetof(a, b) end, function(a, b) return ffi.metatype(a, b) end,
  function(a, b) return ffi.gc(a, b) end, function(a) return ffi.alignof(a) end,
}
local n, errs = 0, 0
for _, op in ipairs(ops) do
  for i = 1, #vals + 1 do
    for j = 1, #vals + 1 do
      local ok = pcall(op, vals[i], vals[j])
      n = n + 1
      if not ok then errs = errs + 1 end
    end
  end
end
print(n, errs > 0)
        "#,
    );
    assert_eq!(out, "9396\ttrue\n");
}

#[test]
fn long_double_values_are_refused_cleanly() {
    // Layout only: reading, writing or passing one is a Lua error (LuaJIT's
    // messages; tests/lua/ffi/long_double.lua compares the rest with luajit).
    let out = output(
        r#"
        local ffi = require("ffi")
        local s = ffi.new("struct { long double x; }")
        for _, f in ipairs{
          function() return s.x end,
          function() s.x = 1 end,
          function() return ffi.new("long double", 1) end,
        } do
          local ok, err = pcall(f)
          print(ok, (tostring(err):gsub("^t.lua:%d+: ", "")))
        end
        "#,
    );
    assert_eq!(
        out,
        "false\tcannot convert 'long double' to 'double'\n\
         false\tcannot convert 'number' to 'long double'\n\
         false\tcannot convert 'number' to 'long double'\n"
    );
}

#[test]
fn closed_io_files_are_errors_not_file_pointers() {
    // LuaJIT passes a closed file as a NULL `FILE *` (and C crashes on it);
    // lunavm refuses it, whether or not the file had been handed to C.
    let out = output(
        r#"
        local ffi = require("ffi")
        ffi.cdef"typedef struct FILE FILE; int fileno(FILE *f); int fputs(const char *s, FILE *f);"
        local f = io.tmpfile()
        print(ffi.C.fileno(f) > 2)
        f:close()
        print(pcall(function() return ffi.C.fileno(f) end))
        print(pcall(function() return ffi.new("FILE *", f) end))
        local g = io.tmpfile()
        g:close()
        print(pcall(function() return ffi.C.fputs("x", g) end))
        local s = ffi.new("struct { FILE *f; }")
        print(pcall(function() s.f = g end))
        print(io.type(f), ffi.C.fileno(io.stdout))
        "#,
    );
    let msg = "attempt to use a closed file";
    assert_eq!(
        out,
        format!(
            "true\nfalse\tt.lua:7: bad argument #1 to 'fileno' ({msg})\n\
             false\tt.lua:8: {msg}\n\
             false\tt.lua:11: bad argument #2 to 'fputs' ({msg})\n\
             false\tt.lua:13: {msg}\n\
             closed file\t1\n"
        )
    );
}

#[test]
fn standard_input_is_shared_with_c() {
    // io.stdin converts to C's stdin; what Lua has read ahead is handed to
    // it, and Lua reads through it from then on (luajit prints the same).
    let dir = TempDir::new("ffi");
    dir.write(
        "t.lua",
        r#"
        local ffi = require("ffi")
        ffi.cdef[[typedef struct FILE FILE; char *fgets(char *buf, int n, FILE *f);
        int fscanf(FILE *f, const char *fmt, ...);]]
        local buf = ffi.new("char[32]")
        print(io.read("*l"))
        print(ffi.string(ffi.C.fgets(buf, 32, io.stdin)))
        local n = ffi.new("int[1]")
        print(io.read("*n"), ffi.C.fscanf(io.stdin, "%d", n), n[0])
        for l in io.lines() do io.write("[", l, "]") end
        print()
        "#,
    );
    let mut cmd = lunavm(dir.path());
    cmd.arg("t.lua");
    let r = run(cmd, Some(b"one\ntwo\n 3 4 five\nsix\n"), LIMIT);
    r.assert_no_panic();
    assert_eq!(r.code(), Some(0), "{}", r.describe());
    assert_eq!(r.stdout_text(), "one\ntwo\n\n3\t1\t4\n[ five][six]\n");
}

#[test]
fn strings_into_unsized_arrays_stop_at_the_object_end() {
    // LuaJIT copies the whole string into a `[?]`/`[0]` member, past the end
    // of the object when it is longer; lunavm stops where the cdata ends.
    let out = output(
        r#"
        local ffi = require("ffi")
        local long = string.rep("x", 1000000)
        local objs = {}
        for i = 1, 50 do
          local s = ffi.new("struct { int n; char c[?]; }", i % 5, i)
          s.c = long
          local u = ffi.new("union { char z[0]; int pad; }")
          u.z = long
          local t = ffi.new("struct { int n; char c[?]; }", 3, i, long)
          objs[i] = { s, u, t }
        end
        collectgarbage()
        local s, u, t = objs[4][1], objs[4][2], objs[4][3]
        print(s.n, ffi.string(s.c, 4), ffi.sizeof(s), u.pad == 0x78787878, ffi.string(t.c, 3))
        "#,
    );
    assert_eq!(out, "4\txxxx\t8\ttrue\txxx\n");
}
