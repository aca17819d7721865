-- Writes the expectations of eq(...) lines from a reference interpreter:
--   cd vm/src/stdlib/tests && lua5.1 bless.lua string_basic.lua
-- (luajit for the scripts that say "-- reference: luajit"). Every executed line
-- of the form `eq(<anything>, EXPR)` gets its first argument replaced by the
-- values EXPR gave. A line must hold at most one eq call.
local script = assert(arg[1], "usage: bless.lua script.lua")
dofile("helper.lua")

local function lit(v)
  local t = type(v)
  if t == "nil" or t == "boolean" then return tostring(v) end
  if t == "number" then
    if v ~= v then return "0/0" end
    if v == 1 / 0 then return "1/0" end
    if v == -1 / 0 then return "-1/0" end
    if v == 0 and 1 / v < 0 then return "NEGZERO" end
    if v == math.floor(v) and math.abs(v) < 2 ^ 53 then return string.format("%d", v) end
    return string.format("%.17g", v)
  end
  if t == "string" then
    return '"' .. v:gsub('[%c"\\\128-\255]', function(c) return string.format("\\%03d", c:byte()) end) .. '"'
  end
  return 'TYPE"' .. t .. '"'
end

local recorded = {}
function eq(_, ...)
  local line = debug.getinfo(2, "l").currentline
  local parts = { tostring(select("#", ...)) }
  for i = 1, select("#", ...) do parts[#parts + 1] = lit((select(i, ...))) end
  local text = "{" .. table.concat(parts, ", ") .. "}"
  if recorded[line] and recorded[line] ~= text then
    text = "CONFLICT"
  end
  recorded[line] = text
end

local f = assert(loadfile(script))
local ok, e = pcall(f)
if not ok then io.stderr:write("script error: ", tostring(e), "\n") end

-- The first top-level comma after "eq(" at byte `start` (skipping strings).
local function first_arg_end(s, start)
  local depth, i = 0, start
  while i <= #s do
    local c = s:sub(i, i)
    if c == '"' or c == "'" then
      i = i + 1
      while i <= #s and s:sub(i, i) ~= c do
        if s:sub(i, i) == "\\" then i = i + 1 end
        i = i + 1
      end
    elseif c == "[" and s:match("^%[=*%[", i) then
      local open = s:match("^%[=*%[", i)
      local close = "]" .. string.rep("=", #open - 2) .. "]"
      local _, e2 = s:find(close, i, true)
      i = e2 or #s
    elseif c == "(" or c == "{" or c == "[" then
      depth = depth + 1
    elseif c == ")" or c == "}" or c == "]" then
      depth = depth - 1
    elseif c == "," and depth == 0 then
      return i
    end
    i = i + 1
  end
end

local lines, n = {}, 0
for l in io.lines(script) do
  n = n + 1
  local text = recorded[n]
  local s = l:find("eq(", 1, true)
  if text and s then
    if text == "CONFLICT" then
      io.stderr:write(script, ":", n, ": values differ between runs; not blessed\n")
    else
      local comma = first_arg_end(l, s + 3)
      if comma then l = l:sub(1, s + 2) .. text .. l:sub(comma) end
    end
  end
  lines[#lines + 1] = l
end
local out = assert(io.open(script, "w"))
out:write(table.concat(lines, "\n"), "\n")
out:close()
