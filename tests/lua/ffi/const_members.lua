-- ref: luajit
-- Constant expressions that name struct constants through a variable, a
-- cast or a pointer (`extk.K`, `((struct s)0).K`, `((struct s *)0)->K`),
-- sizeof of expressions, and what is refused.
local ffi = require("ffi")
ffi.cdef[[
struct cm_s {
  enum { CM_A = 7, CM_B };
  static const int CM_K = 55;
  int v[4];
  struct { short x, y; } pt;
} cm_var;
struct cm_s *cm_ptr;
int cm_int;
]]
for _, t in ipairs{
  "char[CM_B]", "char[cm_var.CM_A]", "char[cm_var.CM_K]",
  "char[((struct cm_s)0).CM_K]", "char[((struct cm_s *)0)->CM_B]",
  "char[cm_ptr->CM_K + 1]", "char[sizeof(cm_var)]", "char[sizeof cm_var.v]",
  "char[sizeof(cm_var.v[0])]", "char[sizeof(cm_var.pt.y)]",
  "char[sizeof(*cm_ptr)]", "char[sizeof(&cm_int)]", "char[sizeof(\"ab\" \"c\")]",
  "char[__alignof__(cm_var.pt)]", "char[1 ? cm_var.CM_A : 2]",
  -- Errors.
  "char[CM_K]", "char[cm_var]", "char[cm_var.nosuch]", "char[cm_int.x]",
  "char[cm_var->CM_A]", "char[cm_int[1]]", "char[cm_var.v]", "char[*cm_int]",
} do
  local ok, ct = pcall(ffi.typeof, t)
  print(t, ok and ffi.sizeof(ct) or ct)
end
