-- cdata values in traces: 64-bit integers and pointers as results (loads,
-- arithmetic, C calls), pointer arithmetic, comparisons of cdata, C calls
-- with pointer arguments, errno; with exits in the middle of such loops;
-- such values boxed where they escape (tables, upvalues, side traces, the
-- trace's end).
local ffi = require("ffi")

ffi.cdef[[
typedef struct node { int v; struct node *next; } node_t;
typedef struct { int64_t id; uint64_t mask; double w; } item_t;
typedef struct { int v; int64_t big; } cell_t;
typedef struct { int a; double b; char c[3]; int64_t d; } fs_t;
size_t strlen(const char *);
int strcmp(const char *, const char *);
void *memset(void *, int, size_t);
char *strchr(const char *, int);
int64_t llabs(int64_t);
long strtol(const char *, char **, int);
int abs(int);
double sqrt(double);
]]
local C = ffi.C

local function show(name, ...)
  local t = { name }
  for i = 1, select("#", ...) do t[#t + 1] = tostring((select(i, ...))) end
  print(table.concat(t, " "))
end

-- int64_t and uint64_t loads, sums kept as boxed cdata, mixed with numbers.
do
  local n = 300
  local a = ffi.new("int64_t[?]", n)
  local u = ffi.new("uint64_t[?]", n)
  for i = 0, n - 1 do a[i] = (i - 150) * 123456789012; u[i] = i * 0x10000000000 - 7 end
  local s, us, m = 0LL, 0ULL, 1LL
  for i = 0, n - 1 do
    s = s + a[i]
    us = us + u[i]
    m = m * 3 + a[i] - i
  end
  show("int64 sums", s, us, m)
  local f = 0
  for i = 0, n - 1 do f = f + tonumber(a[i]) + tonumber(u[i]) end
  show("tonumber", f)
  local neg = 0LL
  for i = 0, n - 1 do neg = neg - (-a[i]) end
  show("negation", neg)
  local k, j = 0, 0
  for i = 0, n - 1 do
    if a[i] < 0 then k = k + 1 end
    if u[i] >= 0x8000000000ULL then j = j + 1 end
    if a[i] == 0 then k = k + 100 end
  end
  show("compares", k, j)
  local big = 0ULL
  for i = 1, 200 do big = big + 0xfffffffffffffff0ULL end
  show("wrapping", big, tonumber(big))
  -- Stores of 64-bit values: numbers, cdata.
  local b = ffi.new("int64_t[?]", n)
  for i = 0, n - 1 do b[i] = a[i] * 2 + 1 end
  for i = 0, n - 1 do u[i] = i * -3 end
  show("stored", b[0], b[n - 1], u[1], u[n - 1])
end

-- Structs with 64-bit members.
do
  local items = ffi.new("item_t[?]", 200)
  for i = 0, 199 do
    items[i].id = i * 1000000000000LL
    items[i].mask = 0xff00ff00ff00ULL + i
    items[i].w = i / 4
  end
  local s, m = 0LL, 0ULL
  for i = 0, 199 do
    local it = items[i]
    s = s + it.id
    m = m + it.mask * 2
  end
  show("struct members", s, m)
end

-- A linked list walked with p = p.next (a NULL ends it).
do
  local n = 250
  local nodes = ffi.new("node_t[?]", n)
  for i = 0, n - 1 do
    nodes[i].v = i * 3
    nodes[i].next = i + 1 < n and nodes + i + 1 or nil
  end
  local p, s, c = nodes + 0, 0, 0
  while p ~= nil do s = s + p.v; c = c + 1; p = p.next end
  show("list", s, c)
  -- A list whose links skip around; a NULL met by a trace compiled
  -- without it.
  for i = 0, n - 1 do nodes[i].next = nodes + (i * 7 + 3) % n end
  nodes[200].next = nil
  p, s, c = nodes + 0, 0, 0
  repeat s = s + p.v; c = c + 1; p = p.next until p == nil
  show("shuffled list", s, c)
end

-- Pointer arithmetic and comparisons.
do
  local n = 400
  local buf = ffi.new("int32_t[?]", n)
  for i = 0, n - 1 do buf[i] = i * 2 - 100 end
  local p, e = ffi.cast("int32_t *", buf), buf + n
  local s = 0
  while p < e do s = s + p[0]; p = p + 1 end
  show("walk", s, p == e, e - p, p - buf)
  local q = buf + n - 1
  s = 0
  while q >= buf do s = s + q[0] * (q - buf); q = q - 1 end
  show("walk back", s, q + 1 == buf)
  s = 0
  for i = 0, n - 1 do
    local r = buf + i
    local r2 = 3 + r
    s = s + (r2 - buf) + r[1 - 1] + (r - 2)[2]
    if r2 > e - 4 then s = s + 1000 end
  end
  show("arith", s)
  s = 0
  for i = 0, n - 1, 3 do
    local r = buf + (i * 0.5)
    s = s + (r - buf) + r[0.75]
  end
  show("fractional", s)
  local w = ffi.new("int64_t[8]")
  local pw = w + 0
  local steps = 0
  for i = 1, 300 do pw = pw + 1LL; if pw == w + 8 then pw = w + 0; steps = steps + 1 end end
  show("int64 steps", steps, pw - w)
  local d = ffi.new("double[10]")
  local pd, eq, ne = d + 0, 0, 0
  for i = 1, 200 do
    local x = d + i % 10
    if x == pd then eq = eq + 1 end
    if x ~= nil then ne = ne + 1 end
  end
  show("pointer equality", eq, ne)
end

-- C calls with pointer arguments and results, errno after them.
do
  local s = 0
  local strs = { "alpha", "be", "", "gamma delta", "x" }
  for i = 1, 300 do s = s + tonumber(C.strlen(strs[i % 5 + 1])) end
  show("strlen", s)
  local buf = ffi.new("char[64]", "hello, world")
  local c = 0
  for i = 1, 200 do
    if C.strcmp(buf, i % 2 == 0 and "hello, world" or "hello") == 0 then c = c + 1 end
  end
  show("strcmp", c)
  local found = 0
  for i = 1, 200 do
    local p = C.strchr(buf, 100 + i % 30)
    if p ~= nil then found = found + (p - buf) end
  end
  show("strchr", found)
  local area = ffi.new("uint8_t[256]")
  for i = 1, 200 do C.memset(area + i % 50, i, 10) end
  s = 0
  for i = 0, 255 do s = s + area[i] end
  show("memset", s)
  s = 0LL
  for i = -150, 149 do s = s + C.llabs(i * 10000000000LL) end
  show("llabs", s)
  local endp = ffi.new("char *[1]")
  local strs2 = { "12345", "99999999999999999999", "-77x" }
  local errs, ends = 0, 0
  s = 0LL
  for i = 1, 200 do
    ffi.errno(0)
    local v = C.strtol(strs2[i % 3 + 1], endp, 10)
    if ffi.errno() ~= 0 then errs = errs + 1 else s = s + v end
    ends = ends + (endp[0] - ffi.cast("char *", strs2[i % 3 + 1]))
  end
  show("strtol errno", s, errs, ends)
  local fp = ffi.cast("int (*)(int)", C.abs)
  s = 0
  for i = -100, 100 do s = s + fp(i) end
  show("function pointer", s)
end

-- Type changes and exits: int64 and double cdata, numbers, pointers.
do
  local vals = {}
  for i = 1, 300 do
    vals[i] = i < 150 and ffi.new("int64_t", i) or (i < 220 and i * 1.0 or ffi.new("uint64_t", i))
  end
  local s = 0LL
  for i = 1, 300 do s = s + vals[i] end
  show("mixed", s)
  local ok, err = pcall(function()
    local t = 0LL
    for i = 1, 300 do t = t + (i == 250 and {} or vals[i]) end
    return t
  end)
  show("bad operand", ok, (tostring(err):gsub("^.-:%d+: ", "")))
  local ints = ffi.new("int64_t[20]")
  local ptrs = ffi.new("int32_t *[20]")
  local x = ffi.new("int32_t[4]", 7, 8, 9, 10)
  for i = 0, 19 do ints[i] = i; ptrs[i] = i % 5 ~= 4 and x + i % 4 or nil end
  local n = 0
  for i = 0, 199 do
    local p = ptrs[i % 20]
    if p ~= nil then n = n + p[0] else n = n - 1 end
  end
  show("sometimes null", n)
end

-- Unboxed cdata escaping: boxed where they are stored, passed or returned.
do
  local n = 300
  local a = ffi.new("int64_t[?]", n)
  for i = 0, n - 1 do a[i] = (i - 100) * 5000000000 end
  local t, u = {}, {}
  for i = 0, n - 1 do
    t[i + 1] = a[i] + 1
    u["k" .. i % 7] = a[i] * 3
  end
  show("stored", t[1], t[150], t[n], u.k0, u.k6, type(t[7]))
  local last, count = nil, 0
  local function keep(i) last = a[i] - 7; count = count + 1 end
  for i = 0, n - 1 do keep(i) end
  show("upvalue", last, count)
  local c = 0
  for i = 0, n - 1 do if type(a[i] * 2) == "cdata" then c = c + 1 end end
  show("type", c)
  -- The same box in two slots stays one object.
  local same = 0
  for i = 0, n - 1 do
    local x = a[i] + 0
    local y = x
    t[1] = x; t[2] = y
    if rawequal(t[1], t[2]) then same = same + 1 end
  end
  show("identity", same)
  -- Exits holding an unboxed sum grow side traces that update it.
  local s, m = 0LL, 1ULL
  for i = 0, n - 1 do
    s = s + a[i]
    if i % 3 == 0 then s = s + 1; m = m * 3 end
    if i % 5 == 0 then m = m + 1 end
  end
  show("side sums", s, m)
  -- Pointers and references stored into tables.
  local cells = ffi.new("cell_t[?]", 20)
  for i = 0, 19 do cells[i].v = i; cells[i].big = i * 1000000000000LL end
  local refs, ptrs = {}, {}
  for i = 1, 200 do
    refs[i] = cells[i % 20]
    ptrs[i] = cells + i % 20
  end
  local sv, sb = 0, 0LL
  for i = 1, 200 do sv = sv + refs[i].v + ptrs[i].v; sb = sb + refs[i].big end
  show("refs and pointers", sv, sb, ptrs[5] - cells)
  -- Concatenating an int64 is an error (inside a trace too).
  local ok, err = pcall(function()
    local z = ""
    for i = 0, n - 1 do z = (i < 250 and "x" or a[i] + 1) .. "" end
    return z
  end)
  show("concat", ok, (tostring(err):gsub("^.-:%d+: ", "")))
  -- A loop whose trace ends holding one (the slot's type changes: no LOOP).
  local v = 1
  for i = 0, n - 1 do
    if i % 2 == 0 then v = a[i] + i else v = 1 end
  end
  show("changing type", v)
  -- Under a collection due at each box (GC stress runs this too).
  local keepall = {}
  for i = 1, 2000 do keepall[i] = a[i % n] - i end
  local total = 0LL
  for i = 1, 2000 do total = total + keepall[i] end
  show("many boxes", total, #keepall)
end

-- 64-bit integer division, remainder and powers: zero divisors give
-- 0x8000000000000000 (a side trace specialises on them), x / -1 wraps.
do
  local n = 300
  local a = ffi.new("int64_t[?]", n)
  local u = ffi.new("uint64_t[?]", n)
  for i = 0, n - 1 do a[i] = (i - 150) * 987654321987; u[i] = i * 0x123456789ULL + 0xf000000000000000ULL end
  local q, r, uq, ur = 0LL, 0LL, 0ULL, 0ULL
  for i = 0, n - 1 do
    local d = (i % 13) - 6
    if d == 0 then d = 7 end
    q = q + a[i] / d
    r = r + a[i] % d
    uq = uq + u[i] / (i + 1)
    ur = ur + u[i] % (i % 7 + 1)
  end
  show("div mod", q, r, uq, ur)
  -- constant divisors, number operands
  local c1, c2 = 0LL, 0LL
  for i = 0, n - 1 do c1 = c1 + a[i] / 10 + 1000 / (a[i] + 1) ; c2 = c2 + a[i] % 7LL end
  show("constant", c1, c2)
  -- zero divisors (0x8000000000000000) and x / -1 overflow, mid-loop
  local z = ffi.new("int64_t[?]", n)
  for i = 0, n - 1 do z[i] = (i % 50 == 7) and 0 or ((i % 3) - 2) end
  local mn = -9223372036854775807LL - 1
  local s1, s2, c = 0LL, 0LL, 0
  for i = 0, n - 1 do
    local x = (i % 11 == 0) and mn or a[i]
    local y = z[i]
    local v, w = x / y, x % y
    if v == mn then c = c + 1 end
    s1 = s1 + v
    s2 = s2 + w
  end
  show("zero and overflow", s1, s2, c)
  local zs = 0ULL
  for i = 0, n - 1 do zs = zs + u[i] / 0ULL + u[i] % 0 end
  show("all zero", zs)
  -- powers
  local p1, p2 = 0LL, 0ULL
  for i = 0, n - 1 do p1 = p1 + (a[i] % 5) ^ (i % 9) + 2LL ^ -(i % 3); p2 = p2 + u[i] ^ 3 end
  show("pow", p1, p2)
end

-- ffi.sizeof/offsetof of constant types, ffi.cast to pointers and 64-bit
-- integers, ffi.errno, in loops.
do
  local S = ffi.typeof("fs_t")
  local n, o = 0, 0
  for i = 1, 300 do
    n = n + ffi.sizeof("fs_t") + ffi.sizeof(S) + ffi.sizeof("int32_t[4]")
    o = o + ffi.offsetof(S, "d") + ffi.offsetof("fs_t", "c")
  end
  show("sizeof offsetof", n, o)
  local buf = ffi.new("int32_t[16]")
  for i = 0, 15 do buf[i] = i * i end
  local s, u = 0, 0ULL
  for i = 1, 300 do
    local p = ffi.cast("int32_t *", buf) + i % 16
    local q = ffi.cast("uint8_t *", p)
    s = s + p[0] + q[0]
    u = u + ffi.cast("uint64_t", i) + ffi.cast("int64_t", -i)
    local addr = ffi.cast("uintptr_t", p)
    if ffi.cast("int32_t *", addr) ~= p then s = s + 1000000 end
  end
  show("cast", s, u)
  local e = 0
  for i = 1, 300 do
    ffi.errno(i % 5)
    e = e + ffi.errno()
    local v = ffi.C.strtol(i % 2 == 0 and "123" or "99999999999999999999999", nil, 10)
    e = e + ffi.errno()
  end
  show("errno", e)
end
