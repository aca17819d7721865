-- How load drives its reader: pieces of any size, nil or "" ends the chunk, numbers
-- are accepted as text, and reading stops at a syntax error.
local function reader(list)
  local i = 0
  local r = {}
  r.calls = 0
  r.fn = function()
    r.calls = r.calls + 1
    i = i + 1
    return list[i]
  end
  return r
end
-- whole tokens split across pieces
local r = reader({"ret", "urn 1", "0", " +", " 3", "2"})
local f = load(r.fn)
print(f(), r.calls)
-- nil as the first result: an empty chunk that returns nothing
r = reader({})
f = load(r.fn)
print(type(f), select("#", f()), r.calls > 0)
-- an empty string ends the chunk; later pieces are never read
r = reader({"return 'before'", "", "error('never read')"})
f = load(r.fn)
print(f(), r.calls)
-- numbers are converted to strings
r = reader({"return ", 12, ".5 + ", 1})
f = load(r.fn)
print(f())
-- a syntax error stops the reading: pieces after the error are not requested
r = reader({"return 1 +", " +", " 2", " 3", " 4"})
f, e = load(r.fn, "=pieces")
print(f, e, r.calls)
r = reader({"x = = 1", " y = 2", " z = 3"})
f, e = load(r.fn, "=early")
print(f, e, r.calls)
-- an unfinished chunk reads everything and fails at the end
r = reader({"if true then", " x = 1"})
f, e = load(r.fn, "=unfinished")
print(f, e, r.calls)
-- a reader that raises an error
local n = 0
print(pcall(load, function() n = n + 1; if n == 2 then error("reader exploded") end; return "return 1" end))
-- a reader returning a table fails without calling it again
local calls = 0
f, e = load(function() calls = calls + 1; return {} end)
print(f, calls)
-- the chunk name defaults to "=(load)"
f, e = load(reader({"error('in chunk')"}).fn)
print(pcall(f))
f, e = load(reader({"?"}).fn)
print(f, e)
