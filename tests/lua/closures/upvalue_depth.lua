-- Upvalues reached through several levels of nesting, read and written at each level.
local function level1()
  local a = 1
  return function()
    local b = 2
    return function()
      local c = 3
      return function()
        local d = 4
        return function(delta)
          a = a + delta; b = b + delta; c = c + delta; d = d + delta
          return a, b, c, d
        end
      end
    end
  end
end
local deepest = level1()()()()
print(deepest(1))
print(deepest(10))
-- two closures at different depths share the outer variable
local function pair()
  local shared = 0
  local function inc() shared = shared + 1 end
  local function nested()
    return function() inc(); return shared end
  end
  return inc, nested()
end
local inc, read = pair()
inc(); inc()
print(read(), read())
-- an intermediate function that does not use the variable still passes it on
local function outer()
  local secret = "secret"
  local function middle()
    local function inner() return secret end
    return inner
  end
  return middle()
end
print(outer()())
-- many upvalues in one closure
local function many()
  local v1, v2, v3, v4, v5, v6, v7, v8, v9, v10 = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
  local v11, v12, v13, v14, v15, v16, v17, v18, v19, v20 = 11, 12, 13, 14, 15, 16, 17, 18, 19, 20
  return function()
    return v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9 + v10 +
      v11 + v12 + v13 + v14 + v15 + v16 + v17 + v18 + v19 + v20
  end
end
print(many()())
-- recursion through an upvalue at depth
local function fact_maker()
  local fact
  fact = function(n) if n <= 1 then return 1 end return n * fact(n - 1) end
  return function(n) return (function() return fact(n) end)() end
end
print(fact_maker()(10))
