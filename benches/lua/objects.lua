-- Object simulation: classes and inheritance via metatables and __index chains, method calls dominating (a small bank and a herd of moving shapes). Usage: objects.lua [steps]
-- smoke: 20
local steps = tonumber(arg and arg[1]) or 30000

local function class(parent)
  local c = {}
  c.__index = c
  if parent then setmetatable(c, { __index = parent }) end
  return c
end

---------------------------------------------------------------------------- accounts
local Account = class()
function Account.new(id, balance)
  return setmetatable({ id = id, balance = balance, ops = 0 }, Account)
end
function Account:deposit(x) self.balance = self.balance + x; self.ops = self.ops + 1 end
function Account:can_withdraw(x) return self.balance >= x end
function Account:withdraw(x)
  if self:can_withdraw(x) then
    self.balance = self.balance - x
    self.ops = self.ops + 1
    return true
  end
  return false
end
function Account:month_end() end

local Savings = class(Account)
function Savings.new(id, balance, rate_permille)
  local a = Account.new(id, balance)
  a.rate = rate_permille
  return setmetatable(a, Savings)
end
function Savings:month_end()
  self:deposit((self.balance * self.rate - (self.balance * self.rate) % 1000) / 1000)
end

local Checking = class(Account)
function Checking.new(id, balance, overdraft)
  local a = Account.new(id, balance)
  a.overdraft = overdraft
  return setmetatable(a, Checking)
end
function Checking:can_withdraw(x) return self.balance + self.overdraft >= x end
function Checking:month_end()
  if self.balance < 0 then self:withdraw(5) end
end

local Bank = class()
function Bank.new() return setmetatable({ accounts = {}, refused = 0 }, Bank) end
function Bank:open(acct) self.accounts[#self.accounts + 1] = acct end
function Bank:transfer(from, to, x)
  local a, b = self.accounts[from], self.accounts[to]
  if a:withdraw(x) then b:deposit(x) else self.refused = self.refused + 1 end
end
function Bank:month_end()
  local accts = self.accounts
  for i = 1, #accts do accts[i]:month_end() end
end
function Bank:total()
  local s, accts = 0, self.accounts
  for i = 1, #accts do s = s + accts[i].balance end
  return s
end

---------------------------------------------------------------------------- shapes
-- Integer coordinates on a 1000 x 1000 torus; shapes bounce their velocities.
local Shape = class()
function Shape.init(self, x, y, vx, vy)
  self.x, self.y, self.vx, self.vy = x, y, vx, vy
  self.moves = 0
  return self
end
function Shape:move()
  self.x = (self.x + self.vx) % 1000
  self.y = (self.y + self.vy) % 1000
  self.moves = self.moves + 1
end
function Shape:area() return 0 end
function Shape:perimeter() return 0 end
function Shape:weight() return self:area() + self:perimeter() end
function Shape:kind() return "shape" end
function Shape:grow() end

local Rect = class(Shape)
function Rect.new(x, y, vx, vy, w, h)
  local r = Shape.init(setmetatable({}, Rect), x, y, vx, vy)
  r.w, r.h = w, h
  return r
end
function Rect:area() return self.w * self.h end
function Rect:perimeter() return 2 * (self.w + self.h) end
function Rect:kind() return "rect" end
function Rect:grow() self.w, self.h = self.h, self.w % 20 + 1 end

local Square = class(Rect)
function Square.new(x, y, vx, vy, s)
  local q = Rect.new(x, y, vx, vy, s, s)
  return setmetatable(q, Square)
end
function Square:kind() return "square" end
function Square:grow() local s = self.w % 15 + 1; self.w, self.h = s, s end

local Tri = class(Shape)
function Tri.new(x, y, vx, vy, a, b, c)
  local t = Shape.init(setmetatable({}, Tri), x, y, vx, vy)
  t.a, t.b, t.c = a, b, c
  return t
end
-- twice the area of a right triangle with legs a and b (kept integral)
function Tri:area() return self.a * self.b end
function Tri:perimeter() return self.a + self.b + self.c end
function Tri:kind() return "tri" end
function Tri:grow() self.a, self.b, self.c = self.b, self.a, self.c % 13 + 1 end

---------------------------------------------------------------------------- run
local seed = 99
local function rand(m) -- 0..m-1
  seed = (seed * 16807) % 2147483647
  return seed % m
end

local bank = Bank.new()
for i = 1, 200 do
  local k = i % 3
  if k == 0 then bank:open(Account.new(i, 1000 + rand(1000)))
  elseif k == 1 then bank:open(Savings.new(i, 2000 + rand(1000), 1 + rand(5)))
  else bank:open(Checking.new(i, 500 + rand(500), 200)) end
end

local shapes = {}
for i = 1, 300 do
  local x, y, vx, vy = rand(1000), rand(1000), rand(21) - 10, rand(21) - 10
  local k = i % 3
  if k == 0 then shapes[i] = Rect.new(x, y, vx, vy, 1 + rand(20), 1 + rand(20))
  elseif k == 1 then shapes[i] = Square.new(x, y, vx, vy, 1 + rand(15))
  else shapes[i] = Tri.new(x, y, vx, vy, 3 * (1 + rand(5)), 4 * (1 + rand(5)), 5 + rand(9)) end
end

local collisions, weight_sum = 0, 0
local kinds = { rect = 0, square = 0, tri = 0 }
for step = 1, steps do
  for t = 1, 50 do
    bank:transfer(rand(200) + 1, rand(200) + 1, 1 + rand(300))
  end
  if step % 30 == 0 then bank:month_end() end
  for i = 1, #shapes do
    local s = shapes[i]
    s:move()
    if s.x < 100 and s.y < 100 then
      collisions = collisions + 1
      local k = s:kind()
      kinds[k] = kinds[k] + 1
      s.vx, s.vy = s.vy, -s.vx
      s:grow()
    end
    weight_sum = (weight_sum + s:weight()) % 1000000007
  end
end

local ops = 0
for i = 1, #bank.accounts do ops = ops + bank.accounts[i].ops end
print(string.format("bank: total %d, %d operations, %d refused", bank:total(), ops, bank.refused))
print(string.format("shapes: %d corner events (rect %d, square %d, tri %d), weight sum %d",
  collisions, kinds.rect, kinds.square, kinds.tri, weight_sum))
