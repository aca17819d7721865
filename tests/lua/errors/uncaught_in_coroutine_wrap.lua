-- exit: 1
-- stderr: lunavm: uncaught_in_coroutine_wrap.lua:7: uncaught_in_coroutine_wrap.lua:5: from the coroutine
-- A string error from inside coroutine.wrap is re-raised with the position of the call.
local gen = coroutine.wrap(function()
  error("from the coroutine")
end)
gen()
