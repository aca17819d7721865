-- Each argument list counts as a syntax level, so deep nesting of calls hits
-- Lua 5.1's "syntax levels" limit (LuaJIT runs out of slots first and says
-- "function or expression too complex"; the 5.1 test suite checks for the
-- former). 90 nested calls in one expression still compile.
local function nest(n)
  return "return " .. string.rep("f(", n) .. "1" .. string.rep(")", n)
end
print(loadstring(nest(90)) ~= nil)
local f, err = loadstring(nest(250), "=deep")
print(f, err)
