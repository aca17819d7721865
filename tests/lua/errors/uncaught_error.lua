-- exit: 1
-- stderr: lunavm: uncaught_error.lua:6: something went wrong
-- An uncaught error prints the message on stderr and exits with status 1.
print("before")
local function fail()
  error("something went wrong")
end
fail()
print("never printed")
