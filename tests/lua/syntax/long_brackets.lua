-- Long brackets of different levels, with closing brackets of other levels inside.
print([[simple]], [==[level 2]==], [=[]]]=], [==[]=]]==])
print([[a]b]c]], [=[x]]y]=], #[[]])
local s = [==[
first line
]] and ]=] are text here
last]==]
print(s)
print(#[[

]])
-- long comments of any level, also in the middle of an expression
local v = 1 --[[ comment ]] + --[==[ ]] ]=] ]==] 2
print(v)
--[=[ a long comment
spanning lines ]] ]=]
print("after long comment")
--[ this is a line comment, not a long one
print("after line comment")
---[[ a line comment that only looks like a long one
print("not commented out")
--]]
-- nested opening brackets inside are plain text
print([==[ [[ [=[ ]==])
-- an unfinished long string is a syntax error
print(loadstring("return [[abc") == nil, loadstring("return [==[abc]=]") == nil)
print(loadstring("x = 1 --[[ unfinished") == nil)
