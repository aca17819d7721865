-- N-queens: counting all solutions by backtracking (recursion, small arrays, branches). Usage: queens.lua [n]
-- smoke: 6
local n = tonumber(arg and arg[1]) or 12

-- Solves every board size from 1 to n twice: once marking attacked columns and
-- diagonals in boolean arrays, once checking each new queen against all placed
-- queens. Both must find the same solutions. Also sums the column of the first-row
-- queen over all solutions and counts the placements tried.

local function solve_marks(size)
  local cols, diag1, diag2, pos = {}, {}, {}, {}
  for i = 1, 2 * size do cols[i] = false; diag1[i] = false; diag2[i] = false end
  local solutions, first_sum, tries = 0, 0, 0
  local function place(r)
    if r > size then
      solutions = solutions + 1
      first_sum = first_sum + pos[1]
      return
    end
    for c = 1, size do
      tries = tries + 1
      local d1, d2 = r + c, r - c + size
      if not cols[c] and not diag1[d1] and not diag2[d2] then
        cols[c], diag1[d1], diag2[d2] = true, true, true
        pos[r] = c
        place(r + 1)
        cols[c], diag1[d1], diag2[d2] = false, false, false
      end
    end
  end
  place(1)
  return solutions, first_sum, tries
end

local function solve_scan(size)
  local pos = {}
  local solutions, first_sum, tries = 0, 0, 0
  local function safe(r, c)
    for q = 1, r - 1 do
      local pc = pos[q]
      if pc == c or pc - c == r - q or c - pc == r - q then return false end
    end
    return true
  end
  local function place(r)
    if r > size then
      solutions = solutions + 1
      first_sum = first_sum + pos[1]
      return
    end
    for c = 1, size do
      tries = tries + 1
      if safe(r, c) then
        pos[r] = c
        place(r + 1)
      end
    end
  end
  place(1)
  return solutions, first_sum, tries
end

local total_solutions, total_first, total_tries = 0, 0, 0
for size = 1, n do
  local s1, f1, t1 = solve_marks(size)
  local s2, f2, t2 = solve_scan(size)
  if s1 ~= s2 or f1 ~= f2 or t1 ~= t2 then error("the two solvers disagree at size " .. size) end
  total_solutions = total_solutions + s1
  total_first = total_first + f1
  total_tries = total_tries + t1 + t2
  if size == n then
    print(string.format("%d queens: %d solutions, first-row column sum %d", n, s1, f1))
  end
end
print(string.format("boards 1..%d: %d solutions, first-row column sum %d, %d placements tried",
  n, total_solutions, total_first, total_tries))
