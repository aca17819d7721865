-- exit: 3
-- os.exit ends the script at once with the given status.
print("before exit")
os.exit(3)
print("never printed")
