-- Runaway recursion raises a catchable "stack overflow" error.
local function inf(n) return 1 + inf(n + 1) end
local ok, err = pcall(inf, 1)
print(ok, (string.find(err, "stack overflow", 1, true)) ~= nil)
-- the state is usable afterwards
local function fine(n) if n == 0 then return "fine" end return fine(n - 1) end
print(fine(100))
-- overflow inside a coroutine is reported by resume
local co = coroutine.create(function() return inf(1) end)
ok, err = coroutine.resume(co)
print(ok, (string.find(err, "stack overflow", 1, true)) ~= nil, coroutine.status(co))
