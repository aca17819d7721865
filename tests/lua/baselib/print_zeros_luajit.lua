-- ref: luajit
-- print writes strings with embedded zero bytes in full (PUC 5.1 stops at the zero).
print("embedded\0zero", #"embedded\0zero")
print("x\0", "\0y")
print("\0")
print(setmetatable({}, {__tostring = function() return "meta\0zero" end}))
