-- exit: 1
-- stderr: lunavm: uncaught_number.lua:5: 42
-- A number error value is converted to a string with position information.
print("numbers")
error(42)
