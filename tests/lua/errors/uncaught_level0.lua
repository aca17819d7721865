-- exit: 1
-- stderr: lunavm: plain message
-- error with level 0 adds no position.
error("plain message", 0)
