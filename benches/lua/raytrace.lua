-- Ray tracer: spheres on a checkered plane, diffuse shading, shadows and one mirror bounce, rendered to a checksum (vector maths on small tables, method calls). Usage: raytrace.lua [size]
-- smoke: 16
local size = tonumber(arg and arg[1]) or 800

local sqrt, floor = math.sqrt, math.floor

---------------------------------------------------------------------------- vectors
local Vec = {}
Vec.__index = Vec
local function vec(x, y, z) return setmetatable({ x = x, y = y, z = z }, Vec) end
function Vec.__add(a, b) return vec(a.x + b.x, a.y + b.y, a.z + b.z) end
function Vec.__sub(a, b) return vec(a.x - b.x, a.y - b.y, a.z - b.z) end
function Vec:scale(k) return vec(self.x * k, self.y * k, self.z * k) end
function Vec:dot(b) return self.x * b.x + self.y * b.y + self.z * b.z end
function Vec:mul(b) return vec(self.x * b.x, self.y * b.y, self.z * b.z) end
function Vec:norm()
  local l = sqrt(self:dot(self))
  return vec(self.x / l, self.y / l, self.z / l)
end

---------------------------------------------------------------------------- scene
local Sphere = {}
Sphere.__index = Sphere
local function sphere(center, radius, color, mirror)
  return setmetatable({ center = center, r2 = radius * radius, color = color, mirror = mirror }, Sphere)
end

-- Distance along the (unit) ray to the nearest hit in front of the origin, or nil.
function Sphere:intersect(orig, dir)
  local oc = orig - self.center
  local b = oc:dot(dir)
  local c = oc:dot(oc) - self.r2
  local disc = b * b - c
  if disc < 0 then return nil end
  local s = sqrt(disc)
  local t = -b - s
  if t > 1e-6 then return t end
  t = -b + s
  if t > 1e-6 then return t end
  return nil
end

function Sphere:normal(p) return (p - self.center):norm() end
function Sphere:color_at(p) return self.color end

-- The plane y = 0 with a checkerboard.
local Plane = {}
Plane.__index = Plane
local plane = setmetatable({ mirror = 0.0 }, Plane)
function Plane:intersect(orig, dir)
  if dir.y > -1e-9 then return nil end
  local t = -orig.y / dir.y
  if t > 1e-6 then return t end
  return nil
end
function Plane:normal(p) return vec(0, 1, 0) end
function Plane:color_at(p)
  if (floor(p.x) + floor(p.z)) % 2 == 0 then return vec(0.9, 0.9, 0.9) end
  return vec(0.2, 0.25, 0.3)
end

local objects = {
  plane,
  sphere(vec(0, 1, 5), 1.0, vec(0.9, 0.2, 0.2), 0.3),
  sphere(vec(-2.2, 0.75, 6), 0.75, vec(0.2, 0.8, 0.3), 0.0),
  sphere(vec(2.0, 0.5, 4), 0.5, vec(0.3, 0.4, 0.95), 0.6),
  sphere(vec(0.8, 2.4, 7.5), 0.8, vec(0.9, 0.8, 0.2), 0.1),
  sphere(vec(-1.0, 0.3, 3.2), 0.3, vec(0.8, 0.3, 0.9), 0.0),
}
local light = vec(-4, 8, -2)
local ambient = 0.1
local sky = vec(0.5, 0.7, 1.0)

local function nearest(orig, dir)
  local best, hit = math.huge, nil
  for i = 1, #objects do
    local o = objects[i]
    local t = o:intersect(orig, dir)
    if t and t < best then best, hit = t, o end
  end
  return hit, best
end

local function trace(orig, dir, depth)
  local obj, t = nearest(orig, dir)
  if not obj then return sky:scale(0.5 + 0.5 * dir.y) end
  local p = orig + dir:scale(t)
  local nrm = obj:normal(p)
  local base = obj:color_at(p)
  local to_light = light - p
  local dist2 = to_light:dot(to_light)
  local l = to_light:norm()
  local diffuse = nrm:dot(l)
  if diffuse < 0 then diffuse = 0 end
  if diffuse > 0 then
    -- shadow ray: anything between p and the light?
    local blocker, bt = nearest(p, l)
    if blocker and bt * bt < dist2 then diffuse = 0 end
  end
  local col = base:scale(ambient + (1 - ambient) * diffuse)
  local m = obj.mirror
  if m > 0 and depth < 2 then
    local r = dir - nrm:scale(2 * dir:dot(nrm))
    col = col:scale(1 - m) + trace(p, r, depth + 1):scale(m)
  end
  return col
end

---------------------------------------------------------------------------- render
local function channel(v)
  local c = floor(v * 255 + 0.5)
  if c < 0 then return 0 end
  if c > 255 then return 255 end
  return c
end

local eye = vec(0, 1.5, -3)
local hash, total = 0, 0
local rows = {}
for py = 0, size - 1 do
  local row_sum = 0
  for px = 0, size - 1 do
    local dir = vec((px + 0.5) / size * 2 - 1, 1 - (py + 0.5) / size * 2 - 0.15, 1.6):norm()
    local c = trace(eye, dir, 0)
    local r, g, b = channel(c.x), channel(c.y), channel(c.z)
    hash = (hash * 31 + r * 65536 + g * 256 + b) % 1000000007
    row_sum = row_sum + r + g + b
  end
  total = total + row_sum
  rows[#rows + 1] = row_sum
end
print(string.format("%dx%d: channel sum %d, hash %d, middle row %d", size, size, total, hash,
  rows[floor(size / 2) + 1]))
