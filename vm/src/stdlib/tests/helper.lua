-- Helpers for the library test scripts (loaded before each script, by the Rust
-- harness and by bless.lua alike).
--
--   eq({n, v1, ..., vn}, EXPR)  checks that EXPR gives exactly n values equal to
--                               v1..vn (NaN equals NaN, -0 differs from 0, and
--                               TYPE"t" matches any value of type t).
--
-- The expectations are written by bless.lua from a reference interpreter.

-- Computed at run time: a literal 0 could share a constant slot with -0.
NEGZERO = -1 / math.huge

-- lunavm's jit library names it in its version string.
local jit = rawget(_G, "jit")
IS_LUNAVM = jit ~= nil and tostring(jit.version):find("^lunavm") ~= nil

local type_mt = {}
function TYPE(name)
  return setmetatable({ name = name }, type_mt)
end

local function same(want, got)
  if getmetatable(want) == type_mt then
    return type(got) == want.name
  end
  if type(want) == "number" and type(got) == "number" then
    if want ~= want then return got ~= got end
    if want == 0 and got == 0 then return 1 / want == 1 / got end
  end
  return want == got
end

local function show(v)
  if getmetatable(v) == type_mt then return "TYPE\"" .. v.name .. "\"" end
  if type(v) == "string" then return string.format("%q", v) end
  return tostring(v)
end

CHECKS = 0

function eq(want, ...)
  local n = select("#", ...)
  local got = { ... }
  local ok = type(want) == "table" and want[1] == n
  if ok then
    for i = 1, n do
      if not same(want[i + 1], got[i]) then ok = false end
    end
  end
  if not ok then
    local w, g = {}, {}
    if type(want) == "table" then
      for i = 2, (want[1] or 0) + 1 do w[#w + 1] = show(want[i]) end
    end
    for i = 1, n do g[#g + 1] = show(got[i]) end
    error(string.format("expected (%s), got (%s)", table.concat(w, ", "), table.concat(g, ", ")), 2)
  end
  CHECKS = CHECKS + 1
end

-- The values with every occurrence of `name` in strings replaced by "NAME"
-- (for messages that quote a temporary file's name).
function strip(name, ...)
  local r = { n = select("#", ...), ... }
  for i = 1, r.n do
    if type(r[i]) == "string" then
      local s, at = r[i], 1
      while true do
        local a, b = s:find(name, at, true)
        if not a then break end
        s = s:sub(1, a - 1) .. "NAME" .. s:sub(b + 1)
        at = a + 4
      end
      r[i] = s
    end
  end
  return unpack(r, 1, r.n)
end
