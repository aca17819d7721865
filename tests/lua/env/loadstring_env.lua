-- Chunks from loadstring get the global environment of the thread, not the caller's.
local f = function()
  return loadstring("return where")()
end
where = "global"
setfenv(f, {loadstring = loadstring, where = "function env"})
print(f())
-- a function defined inside a loaded chunk inherits the chunk's environment
local chunk = loadstring("function defined_inside() return tag end return defined_inside")
local env = {tag = "chunk env"}
setfenv(chunk, env)
local fn = chunk()
print(fn(), env.defined_inside == fn, rawget(_G, "defined_inside"))
