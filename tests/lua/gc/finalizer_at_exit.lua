-- Finalizers of objects still alive when the script ends run when the state closes.
local p = newproxy(true)
getmetatable(p).__gc = function() print("finalizer ran at exit") end
keep_alive = p
print("end of script")
