-- String operations in traces: concatenation of strings and numbers (two,
-- three and more pieces), string.sub/byte/char/len as functions and as
-- methods, tostring/tonumber, #s, getmetatable; exits when a result would
-- differ from what the trace expects (byte out of range, tonumber of a
-- non-number, char out of range raising the error).

local parts = {}
for i = 1, 300 do
  parts[#parts + 1] = "k" .. i .. "=" .. (i * 0.5) .. ";" .. i % 7
end
print("cat", parts[1], parts[2], parts[299], #parts)

local s = "hello, world: the quick brown fox"
local acc = {}
for i = 1, 400 do
  local j = i % #s + 1
  acc[#acc + 1] = s:sub(j, j + 2) .. string.sub(s, -j) .. s:sub(j)
end
print("sub", acc[1], acc[17], acc[400])

local sum, bytes = 0, 0
for i = 1, 500 do
  local b = s:byte(i % 40 + 1)
  if b then sum = sum + b; bytes = bytes + 1 end
  sum = sum + string.byte(s) + s:byte(-1)
end
print("byte", sum, bytes)

local chars = {}
for i = 1, 300 do chars[#chars + 1] = string.char(65 + i % 26) end
print("char", table.concat(chars, "", 1, 30), #chars)

local lens = 0
for i = 1, 300 do
  local t = parts[i]
  lens = lens + #t + string.len(t) + t:len()
end
print("len", lens)

local conv, back = {}, 0
for i = 1, 300 do
  local str = tostring(i / 4)
  conv[#conv + 1] = str
  back = back + tonumber(str) + tonumber(i) + (tonumber("0x" .. (i % 16)) or 0)
  if tostring(str) ~= str then back = -1 end
end
print("tostring", conv[1], conv[2], conv[300], back)

local bad = 0
local inputs = { "12", "0x1F", " 7 ", "1e2", "abc", "", "5" }
for i = 1, 350 do
  local v = tonumber(inputs[i % #inputs + 1])
  if v then bad = bad + v else bad = bad - 1 end
end
print("tonumber", bad)

local mts = 0
local T = setmetatable({}, { __metatable = "hidden" })
local U = setmetatable({}, {})
for i = 1, 300 do
  if getmetatable(T) == "hidden" then mts = mts + 1 end
  if getmetatable(U) ~= nil then mts = mts + 2 end
  if getmetatable({}) == nil then mts = mts + 4 end
end
print("getmetatable", mts)

local ok, err = pcall(function()
  local out = {}
  for i = 1, 400 do out[i] = string.char(i) end
end)
print("char range", ok, err)

-- A string method replaced mid-loop, and a concatenation that meets a table
-- with __concat.
local n = 0
for i = 1, 300 do
  if i == 200 then string.len = function() return 1000 end end
  n = n + ("abc"):len()
end
string.len = nil
local C = setmetatable({}, { __concat = function(a, b) return "C" end })
local cc = {}
for i = 1, 300 do cc[#cc + 1] = (i < 250 and "x" or C) .. i end
print("replaced", n, cc[1], cc[249], cc[250], cc[300])

-- tostring of nil and booleans (constant strings).
local bools = {}
for i = 1, 300 do
  local v = (i % 3 == 0) and true or ((i % 3 == 1) and false or nil)
  bools[#bools + 1] = tostring(v) .. tostring(i > 150)
end
print("pri", bools[1], bools[2], bools[3], bools[300], #bools)
