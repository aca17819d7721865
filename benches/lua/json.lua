-- JSON round trip: a small JSON encoder and recursive-descent decoder (string scanning, string.byte/sub, buffers, table construction). Usage: json.lua [reps]
-- smoke: 1
local reps = tonumber(arg and arg[1]) or 200

local byte, char, sub, find, format = string.byte, string.char, string.sub, string.find, string.format
local concat, sort, floor = table.concat, table.sort, math.floor

---------------------------------------------------------------------------- encoder
-- Arrays are tables with a proper sequence (or the marker below for the empty
-- array); other tables are objects, written with their keys sorted.
local EMPTY_ARRAY = setmetatable({}, { __tostring = function() return "[]" end })
local NULL = setmetatable({}, { __tostring = function() return "null" end })

local escapes = { ['"'] = '\\"', ["\\"] = "\\\\", ["\b"] = "\\b", ["\f"] = "\\f",
                  ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t" }
local function escape_char(c)
  return escapes[c] or format("\\u%04x", byte(c))
end

local function encode_string(s, buf)
  buf[#buf + 1] = '"'
  buf[#buf + 1] = (s:gsub('[%c"\\]', escape_char))
  buf[#buf + 1] = '"'
end

local encode_value

local function encode_number(x, buf)
  if x == floor(x) and x > -1e15 and x < 1e15 then
    buf[#buf + 1] = format("%d", x)
  else
    buf[#buf + 1] = format("%.17g", x)
  end
end

function encode_value(v, buf)
  local t = type(v)
  if t == "string" then
    encode_string(v, buf)
  elseif t == "number" then
    encode_number(v, buf)
  elseif t == "boolean" then
    buf[#buf + 1] = v and "true" or "false"
  elseif v == NULL then
    buf[#buf + 1] = "null"
  elseif v == EMPTY_ARRAY then
    buf[#buf + 1] = "[]"
  elseif t == "table" then
    if v[1] ~= nil then
      buf[#buf + 1] = "["
      for i = 1, #v do
        if i > 1 then buf[#buf + 1] = "," end
        encode_value(v[i], buf)
      end
      buf[#buf + 1] = "]"
    else
      local keys = {}
      for k in pairs(v) do keys[#keys + 1] = k end
      sort(keys)
      buf[#buf + 1] = "{"
      for i = 1, #keys do
        if i > 1 then buf[#buf + 1] = "," end
        encode_string(keys[i], buf)
        buf[#buf + 1] = ":"
        encode_value(v[keys[i]], buf)
      end
      buf[#buf + 1] = "}"
    end
  else
    error("cannot encode a " .. t)
  end
end

local function encode(v)
  local buf = {}
  encode_value(v, buf)
  return concat(buf)
end

---------------------------------------------------------------------------- decoder
local decode_value

local function skip_ws(s, pos)
  local _, e = find(s, "^[ \t\r\n]*", pos)
  return e + 1
end

local function decode_error(s, pos, what)
  error(format("JSON error at %d: %s near %q", pos, what, sub(s, pos, pos + 10)))
end

local function utf8_char(cp)
  if cp < 0x80 then return char(cp) end
  if cp < 0x800 then return char(0xC0 + floor(cp / 64), 0x80 + cp % 64) end
  return char(0xE0 + floor(cp / 4096), 0x80 + floor(cp / 64) % 64, 0x80 + cp % 64)
end

local unescape = { [34] = '"', [92] = "\\", [47] = "/", [98] = "\b", [102] = "\f",
                   [110] = "\n", [114] = "\r", [116] = "\t" }

local function decode_string(s, pos)
  -- pos is just after the opening quote
  local parts, n = {}, 0
  while true do
    local stop = find(s, '["\\]', pos)
    if not stop then decode_error(s, pos, "unterminated string") end
    if stop > pos then n = n + 1; parts[n] = sub(s, pos, stop - 1) end
    if byte(s, stop) == 34 then
      return concat(parts), stop + 1
    end
    local e = byte(s, stop + 1)
    if e == 117 then -- \uXXXX
      local hex = sub(s, stop + 2, stop + 5)
      local cp = tonumber(hex, 16)
      if not cp or #hex < 4 then decode_error(s, stop, "bad \\u escape") end
      n = n + 1; parts[n] = utf8_char(cp)
      pos = stop + 6
    else
      local c = unescape[e]
      if not c then decode_error(s, stop, "bad escape") end
      n = n + 1; parts[n] = c
      pos = stop + 2
    end
  end
end

local function decode_number(s, pos)
  local _, e = find(s, "^-?%d+%.?%d*[eE]?[-+]?%d*", pos)
  if not e then decode_error(s, pos, "bad number") end
  local x = tonumber(sub(s, pos, e))
  if not x then decode_error(s, pos, "bad number") end
  return x, e + 1
end

function decode_value(s, pos)
  pos = skip_ws(s, pos)
  local c = byte(s, pos)
  if c == 123 then -- {
    local obj = {}
    pos = skip_ws(s, pos + 1)
    if byte(s, pos) == 125 then return obj, pos + 1 end
    while true do
      if byte(s, pos) ~= 34 then decode_error(s, pos, "expected a key") end
      local key
      key, pos = decode_string(s, pos + 1)
      pos = skip_ws(s, pos)
      if byte(s, pos) ~= 58 then decode_error(s, pos, "expected ':'") end
      obj[key], pos = decode_value(s, pos + 1)
      pos = skip_ws(s, pos)
      local d = byte(s, pos)
      if d == 125 then return obj, pos + 1 end
      if d ~= 44 then decode_error(s, pos, "expected ',' or '}'") end
      pos = skip_ws(s, pos + 1)
    end
  elseif c == 91 then -- [
    local arr, n = {}, 0
    pos = skip_ws(s, pos + 1)
    if byte(s, pos) == 93 then return EMPTY_ARRAY, pos + 1 end
    while true do
      n = n + 1
      arr[n], pos = decode_value(s, pos)
      pos = skip_ws(s, pos)
      local d = byte(s, pos)
      if d == 93 then return arr, pos + 1 end
      if d ~= 44 then decode_error(s, pos, "expected ',' or ']'") end
      pos = pos + 1
    end
  elseif c == 34 then
    return decode_string(s, pos + 1)
  elseif c == 116 and sub(s, pos, pos + 3) == "true" then
    return true, pos + 4
  elseif c == 102 and sub(s, pos, pos + 4) == "false" then
    return false, pos + 5
  elseif c == 110 and sub(s, pos, pos + 3) == "null" then
    return NULL, pos + 4
  elseif c == 45 or (c and c >= 48 and c <= 57) then
    return decode_number(s, pos)
  end
  decode_error(s, pos, "unexpected character")
end

local function decode(s)
  local v, pos = decode_value(s, 1)
  pos = skip_ws(s, pos)
  if pos <= #s then decode_error(s, pos, "trailing garbage") end
  return v
end

---------------------------------------------------------------------------- data
-- A deterministic document: a catalogue of records with nested arrays and objects,
-- strings needing escapes, integers, binary fractions, booleans and nulls.
local seed = 12345
local function rand(m) -- 1..m
  seed = (seed * 16807) % 2147483647
  return seed % m + 1
end

local words = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
                "iota", "kappa", "lambda", "mu", 'quote"d', "back\\slash", "tab\there",
                "new\nline", "ctl\1char", "caf\195\169" }

local function make_record(i)
  local tags = {}
  for k = 1, rand(5) - 1 do tags[k] = words[rand(#words)] end
  if #tags == 0 then tags = EMPTY_ARRAY end
  local scores = {}
  for k = 1, 8 do scores[k] = (rand(20001) - 10001) / 16 end
  return {
    id = i,
    name = words[rand(#words)] .. " " .. words[rand(#words)] .. " #" .. i,
    active = rand(2) == 1,
    parent = (i % 7 == 0) and NULL or i - 1,
    tags = tags,
    scores = scores,
    position = { x = rand(1000000) - 500000, y = rand(1000) / 8, z = -rand(64) / 4 },
    big = rand(1000000) * 1000000 + rand(1000000),
    note = (i % 5 == 0) and "" or words[rand(#words)],
  }
end

local doc = { title = "lunavm \"json\" benchmark", version = 3, items = {} }
for i = 1, 100 do doc.items[i] = make_record(i) end

---------------------------------------------------------------------------- run
-- Deep comparison of two decoded documents.
local function same(a, b)
  if a == b then return true end
  if type(a) ~= "table" or type(b) ~= "table" then return false end
  for k, v in pairs(a) do
    if not same(v, b[k]) then return false end
  end
  for k in pairs(b) do
    if a[k] == nil then return false end
  end
  return true
end

local function hash(s)
  local h = 0
  for i = 1, #s, 7 do h = (h * 257 + byte(s, i)) % 1000000007 end
  return h
end

local text = encode(doc)
local total, nums = 0, 0
for _ = 1, reps do
  local d = decode(text)
  local again = encode(d)
  if again ~= text then error("round trip changed the text") end
  if not same(d, doc) then error("round trip changed the data") end
  local items = d.items
  for i = 1, #items do
    local sc = items[i].scores
    for k = 1, #sc do nums = nums + sc[k] * 16 end
  end
  total = total + #again
end
print(string.format("%d round trips of %d bytes: %d bytes, hash %d, score sum %d",
  reps, #text, total, hash(text), nums))
print(text:sub(1, 160))
