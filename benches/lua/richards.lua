-- Richards: an operating-system task scheduler simulation (objects, method calls, linked lists, polymorphic dispatch). Usage: richards.lua [iterations]
-- smoke: 2
local iterations = tonumber(arg and arg[1]) or 1200

-- Task identities and packet kinds.
local ID_IDLE, ID_WORKER, ID_HANDLER_A, ID_HANDLER_B, ID_DEVICE_A, ID_DEVICE_B =
  1, 2, 3, 4, 5, 6
local KIND_DEVICE, KIND_WORK = 0, 1
local DATA_SIZE = 4
local COUNT = 1000 -- idle-task loop count per scheduler run

---------------------------------------------------------------------------- packets
local Packet = {}
Packet.__index = Packet

function Packet.new(link, id, kind)
  local data = {}
  for i = 1, DATA_SIZE do data[i] = 0 end
  return setmetatable({ link = link, id = id, kind = kind, a1 = 0, a2 = data }, Packet)
end

-- Appends this packet to the end of queue and returns the queue's head.
function Packet:add_to(queue)
  self.link = nil
  if queue == nil then return self end
  local p = queue
  local nxt = p.link
  while nxt ~= nil do
    p = nxt
    nxt = p.link
  end
  p.link = self
  return queue
end

---------------------------------------------------------------------------- task control blocks
-- A TCB's state is three flags: a packet is pending, the task is waiting (suspended)
-- and the task is held.
local Tcb = {}
Tcb.__index = Tcb

function Tcb.new(link, id, priority, queue, task)
  return setmetatable({
    link = link, id = id, priority = priority, queue = queue, task = task,
    pending = queue ~= nil, waiting = true, held = false,
  }, Tcb)
end

function Tcb:set_running() self.pending = false; self.waiting = false; self.held = false end
function Tcb:mark_held() self.held = true end
function Tcb:mark_not_held() self.held = false end
function Tcb:mark_suspended() self.waiting = true end
function Tcb:mark_runnable() self.pending = true end

function Tcb:is_held_or_suspended()
  return self.held or (self.waiting and not self.pending)
end

function Tcb:run()
  local packet
  if self.waiting and self.pending and not self.held then
    packet = self.queue
    self.queue = packet.link
    self.waiting = false
    self.pending = self.queue ~= nil
  end
  return self.task:run(packet)
end

-- Adds packet to this task's queue; returns the task that should run next.
function Tcb:check_priority_add(task, packet)
  if self.queue == nil then
    self.queue = packet
    self:mark_runnable()
    if self.priority > task.priority then return self end
  else
    self.queue = packet:add_to(self.queue)
  end
  return task
end

---------------------------------------------------------------------------- scheduler
local Scheduler = {}
Scheduler.__index = Scheduler

function Scheduler.new()
  return setmetatable({
    queue_count = 0, hold_count = 0, blocks = {}, list = nil,
    current = nil, current_id = nil,
  }, Scheduler)
end

function Scheduler:add_task(id, priority, queue, task)
  local tcb = Tcb.new(self.list, id, priority, queue, task)
  self.current = tcb
  self.list = tcb
  self.blocks[id] = tcb
end

function Scheduler:add_running_task(id, priority, queue, task)
  self:add_task(id, priority, queue, task)
  self.current:set_running()
end

function Scheduler:schedule()
  local tcb = self.list
  self.current = tcb
  while tcb ~= nil do
    if tcb:is_held_or_suspended() then
      tcb = tcb.link
    else
      self.current_id = tcb.id
      tcb = tcb:run()
    end
    self.current = tcb
  end
end

function Scheduler:release(id)
  local tcb = self.blocks[id]
  if tcb == nil then return tcb end
  tcb:mark_not_held()
  if tcb.priority > self.current.priority then return tcb end
  return self.current
end

function Scheduler:hold_current()
  self.hold_count = self.hold_count + 1
  local cur = self.current
  cur:mark_held()
  return cur.link
end

function Scheduler:suspend_current()
  local cur = self.current
  cur:mark_suspended()
  return cur
end

function Scheduler:queue(packet)
  local t = self.blocks[packet.id]
  if t == nil then return t end
  self.queue_count = self.queue_count + 1
  packet.link = nil
  packet.id = self.current_id
  return t:check_priority_add(self.current, packet)
end

---------------------------------------------------------------------------- tasks
-- The idle task releases the two devices alternately according to a 16-bit shift
-- register (a xor with 0xD008 is done arithmetically).
local IdleTask = {}
IdleTask.__index = IdleTask

function IdleTask.new(sched, v1, count)
  return setmetatable({ sched = sched, v1 = v1, count = count }, IdleTask)
end

function IdleTask:run(packet)
  self.count = self.count - 1
  if self.count == 0 then return self.sched:hold_current() end
  local v = self.v1
  if v % 2 == 0 then
    self.v1 = (v - v % 2) / 2
    return self.sched:release(ID_DEVICE_A)
  end
  v = (v - 1) / 2 -- below 0x8000, so bit 15 is clear
  v = v + 0x8000
  if math.floor(v / 0x4000) % 2 == 1 then v = v - 0x4000 else v = v + 0x4000 end
  if math.floor(v / 0x1000) % 2 == 1 then v = v - 0x1000 else v = v + 0x1000 end
  if math.floor(v / 0x0008) % 2 == 1 then v = v - 0x0008 else v = v + 0x0008 end
  self.v1 = v
  return self.sched:release(ID_DEVICE_B)
end

local DeviceTask = {}
DeviceTask.__index = DeviceTask

function DeviceTask.new(sched)
  return setmetatable({ sched = sched, v1 = nil }, DeviceTask)
end

function DeviceTask:run(packet)
  if packet == nil then
    local v = self.v1
    if v == nil then return self.sched:suspend_current() end
    self.v1 = nil
    return self.sched:queue(v)
  end
  self.v1 = packet
  return self.sched:hold_current()
end

local WorkerTask = {}
WorkerTask.__index = WorkerTask

function WorkerTask.new(sched, v1, v2)
  return setmetatable({ sched = sched, v1 = v1, v2 = v2 }, WorkerTask)
end

function WorkerTask:run(packet)
  if packet == nil then return self.sched:suspend_current() end
  if self.v1 == ID_HANDLER_A then self.v1 = ID_HANDLER_B else self.v1 = ID_HANDLER_A end
  packet.id = self.v1
  packet.a1 = 0
  local v2 = self.v2
  local data = packet.a2
  for i = 1, DATA_SIZE do
    v2 = v2 + 1
    if v2 > 26 then v2 = 1 end
    data[i] = v2
  end
  self.v2 = v2
  return self.sched:queue(packet)
end

local HandlerTask = {}
HandlerTask.__index = HandlerTask

function HandlerTask.new(sched)
  return setmetatable({ sched = sched, v1 = nil, v2 = nil }, HandlerTask)
end

function HandlerTask:run(packet)
  if packet ~= nil then
    if packet.kind == KIND_WORK then
      self.v1 = packet:add_to(self.v1)
    else
      self.v2 = packet:add_to(self.v2)
    end
  end
  local work = self.v1
  if work ~= nil then
    local count = work.a1
    if count < DATA_SIZE then
      local dev = self.v2
      if dev ~= nil then
        self.v2 = dev.link
        dev.a1 = work.a2[count + 1]
        work.a1 = count + 1
        return self.sched:queue(dev)
      end
    else
      self.v1 = work.link
      return self.sched:queue(work)
    end
  end
  return self.sched:suspend_current()
end

---------------------------------------------------------------------------- driver
local function run_once()
  local s = Scheduler.new()
  s:add_running_task(ID_IDLE, 0, nil, IdleTask.new(s, 1, COUNT))

  local q = Packet.new(nil, ID_WORKER, KIND_WORK)
  q = Packet.new(q, ID_WORKER, KIND_WORK)
  s:add_task(ID_WORKER, 1000, q, WorkerTask.new(s, ID_HANDLER_A, 0))

  q = Packet.new(nil, ID_DEVICE_A, KIND_DEVICE)
  q = Packet.new(q, ID_DEVICE_A, KIND_DEVICE)
  q = Packet.new(q, ID_DEVICE_A, KIND_DEVICE)
  s:add_task(ID_HANDLER_A, 2000, q, HandlerTask.new(s))

  q = Packet.new(nil, ID_DEVICE_B, KIND_DEVICE)
  q = Packet.new(q, ID_DEVICE_B, KIND_DEVICE)
  q = Packet.new(q, ID_DEVICE_B, KIND_DEVICE)
  s:add_task(ID_HANDLER_B, 3000, q, HandlerTask.new(s))

  s:add_task(ID_DEVICE_A, 4000, nil, DeviceTask.new(s))
  s:add_task(ID_DEVICE_B, 5000, nil, DeviceTask.new(s))

  s:schedule()
  return s.queue_count, s.hold_count
end

local qtotal, htotal = 0, 0
for _ = 1, iterations do
  local qc, hc = run_once()
  if qc ~= 2322 or hc ~= 928 then
    error(string.format("wrong result: queue count %d, hold count %d", qc, hc))
  end
  qtotal, htotal = qtotal + qc, htotal + hc
end
print(string.format("%d runs: queue count %d, hold count %d", iterations, qtotal, htotal))
