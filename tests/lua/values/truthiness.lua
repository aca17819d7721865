-- Only nil and false are false.
local vals = {{"nil", nil}, {"false", false}, {"true", true}, {"0", 0}, {"empty string", ""},
  {"zero string", "0"}, {"table", {}}, {"nan", 0/0}, {"function", print}}
for i = 1, #vals do
  local name, v = vals[i][1], vals[i][2]
  if v then print(name, "is true") else print(name, "is false") end
end
print(not nil, not false, not 0, not "", not not {})
print(nil and 1, false and 1, 0 and 1, "" and 1)
print(nil or "d", false or "d", 0 or "d", "" or "d")
local x = nil
print(x == false, x == nil, false == false)
while nil do print("never") end
repeat local done = 0 until done
print("done")
