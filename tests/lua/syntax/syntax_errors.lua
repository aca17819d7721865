-- Syntax errors are reported by loadstring as nil plus a message.
local cases = {
  "x = ",
  "x = = 1",
  "local 1 = 2",
  "if x then",
  "for i = 1 do end",
  "for a, b = 1, 2 do end",
  "f(",
  "return return",
  "x = }",
  "local t = {1, 2",
  "print('a' 'b')",
  "x = 1 + ",
  "end",
  "function f(a,) end",
  "function (a) end",
  "local function end",
  "x.y:z = 1",
  "a, b",
  "(a) = 1",
  "x = 3 4",
  "local x = ...  local function f() return ... end",
  "while true do",
  "repeat x = 1",
  "return 1 x = 2",
  "f = function() return end end",
  "x = 1e",
  "x = 0x",
  "x = 3..4",
  "x = @",
  "a.b.c",
  "local a <const> = 1",
}
for i, src in ipairs(cases) do
  local f, err = loadstring(src)
  print(i, f, err)
end
