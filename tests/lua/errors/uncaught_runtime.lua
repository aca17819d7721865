-- exit: 1
-- stderr: lunavm: uncaught_runtime.lua:6: attempt to index local 't' (a nil value)
-- A runtime error in the main chunk; output printed before it is kept.
print("start")
local t = nil
print(t.field)
