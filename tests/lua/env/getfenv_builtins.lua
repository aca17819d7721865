-- C functions share the global environment; their environment cannot be changed.
print(getfenv(print) == _G, getfenv(string.format) == _G)
print(pcall(setfenv, print, {}))
print(pcall(setfenv, 1.5))
print(pcall(setfenv, {}, {}))
print(pcall(getfenv, "x"))
print(pcall(setfenv, function() end, nil))
-- the main chunk's environment
print(getfenv(1) == _G)
