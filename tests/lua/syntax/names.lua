-- Identifiers: case sensitive, underscores, keywords as field names through strings.
local And, _and, and_, _ = 1, 2, 3, 4
print(And, _and, and_, _)
local _ENV = "just a name in 5.1"
print(_ENV)
local t = {["end"] = "e", ["nil"] = 1, ["function"] = true}
print(t["end"], t["nil"], t["function"])
local Name, name, NAME = "a", "b", "c"
print(Name, name, NAME)
local _1, a1b2, __x__ = 1, 2, 3
print(_1 + a1b2 + __x__)
self = "global self"
print(self)
local local_ = "ok"
print(local_)
