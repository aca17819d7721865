-- Word frequency count: string-keyed hash table updates over a generated text (gmatch, lower, table inserts), then a sorted top list. Usage: word_count.lua [words]
-- smoke: 2000
local nwords = tonumber(arg and arg[1]) or 1200000

local format, concat = string.format, table.concat

-- The text: words built from syllables, with a skewed (Zipf-like) choice so that
-- some words are very frequent; mixed case and punctuation, in lines of 12 words.
local seed = 2024
local function rand(m) -- 0..m-1
  seed = (seed * 16807) % 2147483647
  return seed % m
end

local syllables = { "ka", "lo", "mi", "ne", "ru", "ta", "shi", "vo", "en", "dar", "pel",
                    "qui", "sto", "ba", "gri", "on" }
local vocab = {}
for i = 1, 3000 do
  local parts = {}
  local k = i
  repeat
    parts[#parts + 1] = syllables[k % #syllables + 1]
    k = (k - k % #syllables) / #syllables
  until k == 0
  local w = concat(parts)
  if i % 5 == 0 then w = w:sub(1, 1):upper() .. w:sub(2) end
  vocab[i] = w
end
local punct = { " ", " ", " ", ", ", ". ", "; ", " - ", "! ", "? " }

local text_lines = {}
local line = {}
for i = 1, nwords do
  -- pick word index with a skew towards small indices
  local a, b = rand(3000) + 1, rand(3000) + 1
  local w = vocab[a < b and a or b]
  if rand(7) == 0 then w = vocab[rand(40) + 1] end
  line[#line + 1] = w
  line[#line + 1] = punct[rand(#punct) + 1]
  if i % 12 == 0 then
    text_lines[#text_lines + 1] = concat(line)
    line = {}
  end
end
text_lines[#text_lines + 1] = concat(line)
local text = concat(text_lines, "\n")

-- Count.
local counts = {}
local total, distinct = 0, 0
for w in text:gmatch("%a+") do
  w = w:lower()
  local c = counts[w]
  if c then
    counts[w] = c + 1
  else
    counts[w] = 1
    distinct = distinct + 1
  end
  total = total + 1
end

-- Sort by count descending, then alphabetically.
local words = {}
for w in pairs(counts) do words[#words + 1] = w end
table.sort(words, function(x, y)
  local cx, cy = counts[x], counts[y]
  if cx ~= cy then return cx > cy end
  return x < y
end)

local h = 0
for i = 1, #words do
  local w = words[i]
  h = (h * 131 + counts[w] * 7 + #w + w:byte(1)) % 1000000007
end
print(format("%d bytes, %d words, %d distinct, order hash %d", #text, total, distinct, h))
for i = 1, 5 do
  print(format("%8d %s", counts[words[i]], words[i]))
end
