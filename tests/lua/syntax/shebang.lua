#!/usr/bin/env lua -- the first line of a script file is skipped when it starts with #
-- The interpreter ignores a first line starting with '#', but still counts it.
print("after shebang")
local ok, e = pcall(function() error("on line four") end)
print(e)
