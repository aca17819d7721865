-- ref: luajit
-- exit: 1
-- stderr: lunavm: custom error object
-- LuaJIT reports an uncaught error object through its __tostring (PUC 5.1 does not).
print("about to fail")
error(setmetatable({}, {__tostring = function() return "custom error object" end}))
