-- Functions with many locals, upvalues and constants compile and run; exceeding the
-- limit of 200 active locals is a compile error (only its presence is printed: the
-- wording differs between implementations).
local function gen_locals(n)
  local src = {}
  for i = 1, n do src[#src + 1] = "local v" .. i .. " = " .. i end
  local sum = {}
  for i = 1, n do sum[#sum + 1] = "v" .. i end
  src[#src + 1] = "return " .. table.concat(sum, " + ")
  return table.concat(src, "\n")
end
print(assert(loadstring(gen_locals(150)))())
print(assert(loadstring(gen_locals(199)))())
local f, e = loadstring(gen_locals(201))
print(f, type(e))
-- locals in sibling blocks do not accumulate
local src = {}
for b = 1, 5 do
  src[#src + 1] = "do"
  for i = 1, 100 do src[#src + 1] = "local x" .. i .. " = " .. b end
  src[#src + 1] = "acc = (acc or 0) + x100 end"
end
src[#src + 1] = "return acc"
print(assert(loadstring(table.concat(src, "\n")))())
-- 50 upvalues in one closure
src = {}
for i = 1, 50 do src[#src + 1] = "local u" .. i .. " = " .. i end
local body = {}
for i = 1, 50 do body[#body + 1] = "u" .. i end
src[#src + 1] = "return function() return " .. table.concat(body, " + ") .. " end"
print(assert(loadstring(table.concat(src, "\n")))()())
-- many string and number constants in one function
src = {"local t = {}"}
for i = 1, 600 do src[#src + 1] = ("t[%d] = %q .. %d.5"):format(i, "s" .. i, i) end
src[#src + 1] = "return #t, t[1], t[600]"
print(assert(loadstring(table.concat(src, "\n")))())
-- a long expression with many operands
local terms = {}
for i = 1, 200 do terms[i] = tostring(i) end
print(assert(loadstring("return " .. table.concat(terms, " + ")))())
-- deeply nested parentheses and tables
print(assert(loadstring("return " .. ("("):rep(100) .. "42" .. (")"):rep(100)))())
local nested = assert(loadstring("return " .. ("{"):rep(50) .. "'deep'" .. ("}"):rep(50)))()
for i = 1, 49 do nested = nested[1] end
print(nested[1])
