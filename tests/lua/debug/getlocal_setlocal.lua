-- debug.getlocal and debug.setlocal on the active functions of the stack.
-- Named locals are listed up to the first "(*temporary)" slot; which temporaries
-- follow depends on the implementation's frame layout, so only the first one (the
-- function being called, here print) is shown.
local function locals(level)
  local out = {}
  local i = 1
  while true do
    local name, value = debug.getlocal(level + 1, i)
    if not name then break end
    if name == "(*temporary)" then
      out[#out + 1] = name .. "=" .. (value == print and "print" or type(value))
      break
    end
    out[#out + 1] = name .. "=" .. tostring(value)
    i = i + 1
  end
  return table.concat(out, " ")
end
local function f(a, b)
  local c = a + b
  do
    local inner = "in block"
    print(locals(1))
  end
  local d = "after block"
  print(locals(1))
  return c
end
f(1, 2)
-- parameters come first, in order; missing arguments are nil
local function params(x, y, z) print(locals(1)) end
params("X")
-- a local is visible only once its declaration has run
local function scoped()
  local early = 1
  print(locals(1))
  local late = 2
  print(locals(1))
end
scoped()
-- setlocal changes the variable and returns its name
local function changer()
  local target = "old"
  local name = debug.setlocal(1, 1, "new")
  return name, target
end
print(changer())
local function setcaller() local name = debug.setlocal(2, 1, 99); return name end
local function victim()
  local v = 1
  local name = setcaller()
  return name, v
end
print(victim())
-- out of range indices give nil; bad levels are an error
local function edges()
  local only = true
  return debug.getlocal(1, 2), debug.getlocal(1, 100), debug.setlocal(1, 100, 0)
end
print(edges())
print(pcall(debug.getlocal, 100, 1))
print(pcall(debug.setlocal, 100, 1, 1))
-- for loop variables (the internal control variables are named with a '(')
local function loopvars()
  for i = 10, 10 do
    local names = {}
    local k = 1
    while true do
      local n = debug.getlocal(1, k)
      if not n then break end
      if n:sub(1, 1) ~= "(" then names[#names + 1] = n end
      k = k + 1
    end
    return table.concat(names, " ")
  end
end
print(loopvars())
