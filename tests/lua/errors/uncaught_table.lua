-- exit: 1
-- stderr: lunavm: (error object is not a string)
-- An uncaught error whose value is a table.
print("about to fail")
error({code = 1})
