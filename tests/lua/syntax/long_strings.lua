-- Long brackets: levels, a leading newline is dropped, no escapes inside.
local a = [[hello]]
print(a, #a)
local b = [[
first line
second line]]
print(b, #b)
local c = [==[
contains ]] and ]=] but ends here]==]
print(c)
local d = [[\n is not an escape \t]]
print(d, #d)
local e = [[

two newlines at start, one dropped]]
print(#e, string.byte(e, 1))
print([=[[[nested]]]=])
print([[]] == "", #[[
]])
local f = [[a
b
c]]
local n = 0
for _ in string.gmatch(f, "\n") do n = n + 1 end
print(n)
print([[ends with newline
]] .. "|")
