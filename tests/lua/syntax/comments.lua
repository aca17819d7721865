-- Line comments, block comments with levels, comments that look like code.
print("a") -- trailing comment
--[[ a block
comment print("not printed")
]] print("b")
--[==[ level two
]] still inside ]=] still inside
]==] print("c")
---[[ this is a line comment, so the next line runs
print("d")
--]]
--[[]] print("e")
-- [[ not a block comment
print("f")
local x = 1 --[[ inline ]] + 2
print(x)
--[=[
print("hidden")
--]=]
print("end")
