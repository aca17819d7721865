-- if / elseif / else chains.
local function classify(n)
  if n < 0 then return "negative"
  elseif n == 0 then return "zero"
  elseif n < 10 then return "small"
  else return "large" end
end
print(classify(-5), classify(0), classify(3), classify(100))
local function truthy(v) if v then return "yes" else return "no" end end
print(truthy(nil), truthy(false), truthy(0), truthy(""))
if false then print("no") elseif nil then print("no") end
if true then if false then print("no") else print("nested else") end end
local x = 5
if x > 1 and x < 10 then print("in range") end
if not (x == 5) then print("no") else print("is five") end
