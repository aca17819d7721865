-- Generic for with stateless iterators, closures, and explicit state/control values.
local function range(n)
  local i = 0
  return function() i = i + 1; if i <= n then return i end end
end
local s = 0
for v in range(5) do s = s + v end
print(s)
-- stateless: iterator(state, control)
local function iter(state, ctl)
  ctl = ctl + state.step
  if ctl <= state.max then return ctl, ctl * ctl end
end
local out = {}
for i, sq in iter, {step = 2, max = 9}, 0 do out[#out + 1] = i .. ":" .. sq end
print(table.concat(out, " "))
-- the iterator receives exactly (state, control)
local log = {}
local function spy(st, c, extra)
  log[#log + 1] = tostring(st) .. "," .. tostring(c) .. "," .. tostring(extra)
  if c < 2 then return c + 1 end
end
for v in spy, "S", 0 do end
print(table.concat(log, " | "))
-- extra values returned by the iterator beyond the variables are dropped;
-- missing ones are nil
for a, b, c in function(_, x) if not x then return 1, 2 end end do print(a, b, c) end
-- the loop ends when the first value is nil, even if others are not
local calls = 0
for a, b in function() calls = calls + 1; if calls == 1 then return 1, 1 end return nil, "ignored" end do end
print(calls)
-- false as first value does not end the loop
local k = 0
local got = {}
for v in function(_, c) k = k + 1; if k == 1 then return false end if k == 2 then return "x" end end do got[#got + 1] = tostring(v) end
print(table.concat(got, " "))
print(k)
-- loop variables are fresh locals; assigning them has no effect on iteration
local res = {}
for i, v in ipairs({"a", "b", "c"}) do i = i + 10; res[#res + 1] = i .. v end
print(table.concat(res, " "))
-- an explicit expression list with more than three values
local n = 0
for x in next, {7}, nil, "extra" do n = n + x end
print(n)
