-- N-body simulation: floating-point arithmetic on table fields. Usage: nbody.lua [steps]
-- smoke: 100
local steps = tonumber(arg and arg[1]) or 2500000
local sqrt = math.sqrt

-- A made-up planetary system: a heavy central star and four planets on roughly
-- circular orbits (units chosen so that G = 1). Velocities are given directly.
local bodies = {
  { x = 0.0,  y = 0.0,   z = 0.0,  vx = 0.0,    vy = 0.0,    vz = 0.0,   mass = 40.0 },
  { x = 5.0,  y = 0.0,   z = 0.25, vx = 0.0,    vy = 2.75,   vz = 0.0,   mass = 0.04 },
  { x = 0.0,  y = 9.0,   z = -0.5, vx = -2.0,   vy = 0.125,  vz = 0.0625, mass = 0.015 },
  { x = -14.0, y = -1.0, z = 0.0,  vx = 0.0625, vy = -1.625, vz = 0.0,   mass = 0.0025 },
  { x = 3.0,  y = -19.5, z = 1.0,  vx = 1.375,  vy = 0.25,   vz = -0.03125, mass = 0.003 },
}
local nb = #bodies

-- Move to the centre-of-momentum frame.
local px, py, pz, mt = 0.0, 0.0, 0.0, 0.0
for i = 1, nb do
  local b = bodies[i]
  px = px + b.vx * b.mass
  py = py + b.vy * b.mass
  pz = pz + b.vz * b.mass
  mt = mt + b.mass
end
for i = 1, nb do
  local b = bodies[i]
  b.vx = b.vx - px / mt
  b.vy = b.vy - py / mt
  b.vz = b.vz - pz / mt
end

local function energy()
  local e = 0.0
  for i = 1, nb do
    local a = bodies[i]
    e = e + 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz)
    for j = i + 1, nb do
      local b = bodies[j]
      local dx, dy, dz = a.x - b.x, a.y - b.y, a.z - b.z
      e = e - a.mass * b.mass / sqrt(dx * dx + dy * dy + dz * dz)
    end
  end
  return e
end

local function advance(dt)
  for i = 1, nb do
    local a = bodies[i]
    local ax, ay, az, am = a.x, a.y, a.z, a.mass
    local avx, avy, avz = a.vx, a.vy, a.vz
    for j = i + 1, nb do
      local b = bodies[j]
      local dx, dy, dz = ax - b.x, ay - b.y, az - b.z
      local d2 = dx * dx + dy * dy + dz * dz
      local mag = dt / (d2 * sqrt(d2))
      local bm = b.mass * mag
      avx = avx - dx * bm
      avy = avy - dy * bm
      avz = avz - dz * bm
      local amag = am * mag
      b.vx = b.vx + dx * amag
      b.vy = b.vy + dy * amag
      b.vz = b.vz + dz * amag
    end
    a.vx, a.vy, a.vz = avx, avy, avz
  end
  for i = 1, nb do
    local b = bodies[i]
    b.x = b.x + dt * b.vx
    b.y = b.y + dt * b.vy
    b.z = b.z + dt * b.vz
  end
end

print(string.format("energy before: %.9f", energy()))
for _ = 1, steps do advance(0.001) end
print(string.format("energy after:  %.9f", energy()))
local b = bodies[2]
print(string.format("planet 1 at: %.9f %.9f %.9f", b.x, b.y, b.z))
