-- Long if/elseif chains, written out and generated, take exactly one branch.
local function classify(n)
  if n < 0 then return "negative"
  elseif n == 0 then return "zero"
  elseif n == 1 then return "one"
  elseif n == 2 then return "two"
  elseif n < 10 then return "small"
  elseif n < 100 then return "medium"
  elseif n < 1000 then return "large"
  else return "huge" end
end
for _, n in ipairs({-5, 0, 1, 2, 7, 42, 999, 1000}) do io.write(classify(n), " ") end
print()
-- a chain of 150 branches built as source text
local parts = {"local n = ...\n"}
for i = 1, 150 do
  parts[#parts + 1] = (i == 1 and "if" or "elseif") .. " n == " .. i .. " then return " .. (i * i) .. "\n"
end
parts[#parts + 1] = "else return -1 end"
local chain = assert(loadstring(table.concat(parts)))
print(chain(1), chain(75), chain(150), chain(151), chain(0))
-- conditions with side effects are evaluated in order, up to the first true one
local log = {}
local function test(name, v) log[#log + 1] = name; return v end
if test("a", false) then print("a")
elseif test("b", nil) then print("b")
elseif test("c", 0) then print("c taken")
elseif test("d", true) then print("d")
end
print(table.concat(log, " "))
-- nested chains with no else
local function grade(x, y)
  local r = "none"
  if x > 0 then
    if y > 0 then r = "++" elseif y < 0 then r = "+-" end
  elseif x < 0 then
    if y > 0 then r = "-+" elseif y < 0 then r = "--" end
  end
  return r
end
print(grade(1, 1), grade(1, -1), grade(-1, 1), grade(-1, -1), grade(0, 5), grade(3, 0))
-- only nil and false are false
for _, v in ipairs({0, "", false, {}}) do
  if v then io.write("T") elseif v == false then io.write("F") else io.write("?") end
end
if nil then io.write("nil true") else io.write("N") end
print()
