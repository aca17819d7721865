-- Dev-time generator for patterns.txt: run with PUC Lua 5.1 (`lua5.1 gen_patterns.lua
-- [count] [seed] > patterns.txt`). Lines (strings in hex):
--   F subject pattern init result   string.find in pattern mode; result is "nil",
--                                   "E" message-hex, or "start end" then captures as
--                                   "s<hex>" (string) or "p<n>" (position)
--   G subject pattern repl max result count strict   string.gsub (result "E" hex on
--                                   error); strict: the error with a function
--                                   replacement, or "ok"
--   M subject pattern result         string.gmatch: iterations joined by ";", each
--                                   the captures joined by ","
local count = tonumber(arg[1]) or 1000
local state = tonumber(arg[2]) or 3
local function rnd(n)
  state = (state * 1103515245 + 12345) % 2147483648
  return math.floor(state / 2147483648 * n)
end
local function pick(t) return t[rnd(#t) + 1] end
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end

-- string.find, forced into pattern mode (5.1 searches plainly when the text before
-- the first NUL has no special characters; then a pattern match is a literal match
-- of that text unless it reaches an error).
local function pattern_find(s, p, init)
  local cut = p:match("^[^%z]*")
  if cut:find("[%^%$%*%+%?%.%(%[%%%-]") then return pcall(string.find, s, p, init) end
  local ok, err = pcall(string.match, s, p, init)
  if not ok then return false, err end
  return true, string.find(s, cut, init, true)
end
local function caps(...)
  local t = {}
  for i = 1, select("#", ...) do
    local v = select(i, ...)
    if v == nil then break end
    t[i] = type(v) == "number" and ("p" .. v) or ("s" .. hex(v))
  end
  return t
end
local function find_line(s, p, init)
  local r = {pattern_find(s, p, init)}
  local out
  if not r[1] then out = "E" .. hex(r[2])
  elseif r[2] == nil then out = "nil"
  else
    out = r[2] .. " " .. r[3]
    local c = caps(unpack(r, 4))
    if #c > 0 then out = out .. " " .. table.concat(c, " ") end
  end
  io.write("F\t", hex(s), "\t", hex(p), "\t", init, "\t", out, "\n")
end
local function gsub_line(s, p, repl, max)
  local ok, res, n = pcall(string.gsub, s, p, repl, max)
  -- With a function replacement every capture is used: lunavm reports an unfinished
  -- capture as soon as a match ends with one, which 5.1 does only when it is used.
  local fok, ferr = pcall(string.gsub, s, p, function() end, max)
  io.write("G\t", hex(s), "\t", hex(p), "\t", hex(repl), "\t", max or "-", "\t",
    ok and hex(res) or ("E" .. hex(res)), "\t", ok and n or "-", "\t",
    fok and "ok" or hex(ferr), "\n")
end
local function gmatch_line(s, p)
  local ok, res = pcall(function()
    local its = {}
    for a, b, c, d in string.gmatch(s, p) do
      its[#its + 1] = table.concat(caps(a, b, c, d), ",")
      if #its > 50 then break end
    end
    return table.concat(its, ";")
  end)
  if not ok then res = res:gsub("^[^:]*:%d+: ", "") end -- position of the for loop
  io.write("M\t", hex(s), "\t", hex(p), "\t", ok and res or ("E" .. hex(res)), "\n")
end

local curated = {
  {"hello world", "o w"}, {"hello world", "^h"}, {"hello world", "^w"}, {"hello", "l+"},
  {"hello", "l*"}, {"hello", "l-o"}, {"hello", "l?l?l?o"}, {"", ""}, {"", "a*"}, {"", "^$"},
  {"abc", "$"}, {"abc", "^"}, {"a$b", "$b"}, {"a$", "a$"}, {"a$b", "a$b"}, {"a^b", "a^b"},
  {"THE (quick) fox", "%((%a+)%)"}, {"THE (quick) fox", "%f[%a]%a+"}, {"THE (quick) fox", "%f[%A]"},
  {"hello", "%f[%l]"}, {"hello", "%f[%z]"}, {"hello", "%f[^%z]"}, {"", "%f[%z]"}, {"a", "%f[a]"},
  {"x(a(b)c)y", "%b()"}, {"x(a(b)c", "%b()"}, {"))((", "%b)("}, {"[[x]]", "%b[]"}, {"aaa", "%baa"},
  {"abcabc", "(abc)%1"}, {"abab", "(a)(b)%1%2"}, {"aa", "(a)%1"}, {"ab", "(a)%1"},
  {"xyz", "()y()"}, {"xyz", "()"}, {"abc", "(()a)"}, {"abc", "((a)(b))"}, {"abc", "(a)(b)(c)"},
  {"a]b", "[]]"}, {"a]b", "[^]]+"}, {"a-b", "[a-]+"}, {"a-b", "[-a]+"}, {"a%b", "[%%]"},
  {"a%]b", "[%]]"}, {"abc123", "[%a]+"}, {"abc123", "[%d%a]+"}, {"ABCdef", "[A-Z]+"},
  {"ABCdef", "[^A-Z]+"}, {"a.b", "%."}, {"a.b", "."}, {"a+b", "a+b"}, {"a+b", "a%+b"},
  {"  trim  ", "^%s*(.-)%s*$"}, {"key = value", "(%w+)%s*=%s*(%w+)"}, {"a,b,,c", "([^,]*)"},
  {"\0a\0", "%z"}, {"\0a\0", "[%z]"}, {"\0a\0", "%Z+"}, {"a\0b", "a\0c"}, {"a\0b", "\0b"},
  {"a\0*b", "\0*"}, {"abc", "%"}, {"abc", "[a"}, {"abc", "[]"}, {"abc", "[^]"}, {"abc", "%f"},
  {"abc", "%fa"}, {"abc", "(a"}, {"abc", "a)"}, {"abc", "%1"}, {"abc", "(a)%2"}, {"abc", "(a%1)"},
  {"abc", "%b"}, {"abc", "%ba"}, {"abc", "[a-"}, {"abc", "[%"}, {"abc", "%0"}, {"abc", "(()"},
  {"abc", "x["}, {"abc", "c["}, {"abc", "c%"}, {"x", "[%a-z]"}, {"-", "[%a-z]"}, {"b", "[a-]"},
  {"-", "[a-]"}, {"aaa", "a-$"}, {"aaab", "a-b"}, {"aaab", "^a-b"}, {"ab", "a*?b"},
  {"a?b", "a?%?b"}, {"aXb", "a%ub"}, {"a\tb\nc", "%c"}, {"a!b", "%p"}, {"0x1F", "%x+"},
  {"abc", "()()()"}, {"abc", "(a)()"}, {"hello", "(h)(e)(l)(l)(o)"}, {"aaa", "(a*(.))%2"},
  {"date: 2024-01-31", "(%d+)-(%d+)-(%d+)"}, {"abc", "[b-a]"}, {"b", "[b-a]"}, {"abc", "[c-c]"},
  {"abc", ".-b"}, {"abc", ".-$"}, {"abc", "()a*()"}, {"\255\128", "[\128-\255]+"},
  {"\255", "%A"}, {"\200", "%w"}, {"abc", "((((((((((a))))))))))"}, {"ab", "(a)(b)%2%1"},
}
for _, c in ipairs(curated) do
  for _, init in ipairs{1, 2, #c[1] + 1, #c[1] + 5} do find_line(c[1], c[2], init) end
end
-- Random patterns over a small alphabet, with subjects over the same alphabet.
local atoms = {"a", "b", "a", "b", ".", "%a", "%d", "%s", "%w", "%p", "%x", "%u", "%l", "%c",
  "%Z", "%z", "[ab]", "[^a]", "[a-c]", "[%d%s]", "[]a]", "[^]b]", "%.", "%%", "%(", "%)", "1",
  " ", "(", ")", "()", "%b()", "%bab", "%f[%w]", "%f[%W]", "%f[a]", "%f[^b]", "%1", "%2", "x",
  "[%a-]", "]", "-"}
local quants = {"", "", "", "", "*", "+", "-", "?"}
local bad = {"[a", "%", "(", ")", "%f", "%b", "%fx", "[%", "%3"}
local alphabet = {"a", "b", "a", "b", "1", " ", "(", ")", "x", ".", "%", "]", "-", "A", "\0", "\n"}
local function random_pattern()
  local t = {}
  if rnd(6) == 0 then t[1] = "^" end
  for _ = 1, rnd(6) + 1 do
    local a = pick(atoms)
    if #a <= 2 or a:sub(1, 1) == "[" then a = a .. pick(quants) end
    t[#t + 1] = a
  end
  if rnd(30) == 0 then table.insert(t, rnd(#t) + 1, pick(bad)) end
  if rnd(6) == 0 then t[#t + 1] = "$" end
  return table.concat(t)
end
local function random_subject()
  local t = {}
  for i = 1, rnd(12) do t[i] = pick(alphabet) end
  return table.concat(t)
end
for _ = 1, count do
  local s, p = random_subject(), random_pattern()
  find_line(s, p, rnd(#s + 3) + 1)
end
-- gsub and gmatch.
local repls = {"", "x", "%0", "%1", "<%1>", "%2%1", "%%", "%", "%a", "a%0b%0", "%9", "%1%1"}
local gcurated = {
  {"hello world", "o", "0"}, {"hello world", "^h", "H"}, {"hello", "", "-"}, {"abc", "b*", "-"},
  {"abc", "^", ">"}, {"abc", "$", "<"}, {"abc", "^$", "x"}, {"", "", "x"}, {"", "^", "x"},
  {"hello world", "(%w+)", "<%1>"}, {"hello world", "%w+", "%0 %0"}, {"abc", "%w", "%1"},
  {"abc", "%w", "%2"}, {"abc", "()b", "%1"}, {"abc", "(a", "x"}, {"abc", "(a", "%1"},
  {"abc", "a", "%"}, {"abc", "a", "x%"}, {"abc", "a", "%x%%"}, {"abc", "(a)(b)", "%0%2%1"},
  {"a.b.c", "%.", "%%"}, {"aaa", "a", "b"}, {"  x  ", "^%s+", ""}, {"x = 1, y = 2", "(%w+) = (%w+)", "%2 = %1"},
}
for _, c in ipairs(gcurated) do
  gsub_line(c[1], c[2], c[3])
  gsub_line(c[1], c[2], c[3], 1)
  gsub_line(c[1], c[2], c[3], 0)
end
for _, s in ipairs{"hello world from lua", "a,b,,c", "", "aaa", "(a)(b)", "k1=v1;k2=v2"} do
  for _, p in ipairs{"%a+", "[^,]*", "a*", "", "^a", "()", "(%w+)=(%w+)", "%b()", "(.)", ".-", "$",
    "%f[%w]%w+", "a-", "(a", "[", "^", "x*"} do gmatch_line(s, p) end
end
for _ = 1, math.floor(count / 3) do
  local s, p = random_subject(), random_pattern()
  gsub_line(s, p, pick(repls), rnd(4) == 0 and rnd(3) or nil)
  gmatch_line(s, p)
end
