-- Text processing: string.format, gsub (pattern, string, function and table replacements), find/match/gmatch, upper/lower/reverse. Usage: text_process.lua [reps]
-- smoke: 1
local reps = tonumber(arg and arg[1]) or 110

local format, byte = string.format, string.byte
local concat = table.concat

-- Deterministic source material: log-like lines built with string.format. (Floats
-- are never exact binary halfway cases at the printed precision: luajit and C
-- printf round those differently.)
local seed = 42
local function rand(m)
  seed = (seed * 16807) % 2147483647
  return seed % m
end

local users = { "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi" }
local actions = { "login", "logout", "upload", "download", "delete", "rename", "share" }
local lines = {}
for i = 1, 500 do
  local h, m, s = rand(24), rand(60), rand(60)
  lines[i] = format("%02d:%02d:%02d [%-5s] user=%s action=%s size=%d path=/home/%s/file_%04d.txt ratio=%.3f",
    h, m, s, (rand(4) == 0) and "WARN" or "INFO", users[rand(#users) + 1],
    actions[rand(#actions) + 1], rand(100000), users[rand(#users) + 1], rand(10000),
    rand(100000) / 1000)
end

local abbrev = { login = "LI", logout = "LO", upload = "UP", download = "DN",
                 delete = "RM", rename = "MV", share = "SH" }

local function hash(s, h)
  for i = 1, #s, 3 do h = (h * 31 + byte(s, i)) % 1000000007 end
  return h
end

local function process(line)
  -- parse with match and captures
  local h, m, s, level, user, action, size, path, ratio =
    line:match("^(%d+):(%d+):(%d+) %[(%a+)%s*%] user=(%a+) action=(%a+) size=(%d+) path=(%S+) ratio=([%d%.]+)$")
  if not h then error("no match: " .. line) end
  local secs = tonumber(h) * 3600 + tonumber(m) * 60 + tonumber(s)
  -- rewrite with gsub: table replacement, function replacement, string replacement
  local out = line:gsub("action=(%a+)", function(a) return "act=" .. abbrev[a] end)
  out = out:gsub("(%a+)=", { user = "u:", size = "sz:", path = "p:" })
  out = out:gsub("/home/(%a+)/", "~%1/")
  out = out:gsub("%d%d%d%d", function(d) return format("%x", tonumber(d)) end)
  local n
  out, n = out:gsub("%s+", " ")
  -- find with plain and pattern searches
  local warn = line:find("[WARN", 1, true) and 1 or 0
  local dot = path:find("%.[^.]*$")
  local ext = path:sub(dot + 1):upper()
  local words = 0
  for w in line:gmatch("%a+") do words = words + #w end
  local record = format("%5d|%-8s|%8s|%3s|%09.4f|%s|%d|%d", secs, user:upper(), size,
    ext, tonumber(ratio), out:sub(1, 24):reverse(), n + warn, words)
  return record, tonumber(size), level
end

local total_size, h, counts = 0, 0, {}
local last
for r = 1, reps do
  local out = {}
  for i = 1, #lines do
    local rec, size, level = process(lines[i])
    out[i] = rec
    total_size = total_size + size
    counts[level] = (counts[level] or 0) + 1
  end
  local report = concat(out, "\n")
  report = report:lower():gsub("|", ";")
  h = hash(report, h + r)
  last = out[#out]
end
print(format("%d reps: size total %d, INFO %d, WARN %d, hash %d", reps, total_size,
  counts.INFO or 0, counts.WARN or 0, h))
print(last)
