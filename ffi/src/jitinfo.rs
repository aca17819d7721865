//! The C type table as the trace compiler reads it (`lunavm_vm::ctinfo`):
//! shapes of types, member offsets, function prototypes. Installed in the VM
//! by `open`; every answer is None while the table is borrowed elsewhere.

use crate::clib::CLib;
use crate::ctype::{CTypeId, CTypes, Kind};
use crate::library::Shared;
use lunavm_vm::ctinfo::{
    CArg, CBitField, CFunc, CNew, CScalar, CTypeInfo, CtInfo, CtShape, FfiFunc,
};
use lunavm_vm::Value;

/// The type table, the `ffi` functions traces compute (by the bits of
/// their values: the library table keeps them alive), and "__new".
pub(crate) struct JitInfo {
    pub(crate) state: Shared,
    pub(crate) traced: Vec<(u64, FfiFunc)>,
    pub(crate) new_key: Value,
}

/// The scalar a type is, if the trace compiler handles it as one (enums load
/// as cdata and `long double` not at all, so they are not).
fn scalar(types: &CTypes, ty: CTypeId) -> Option<CScalar> {
    let ct = types.get(ty);
    Some(match (&ct.kind, ct.size) {
        (Kind::Bool, 1) => CScalar::Bool,
        (Kind::Int { signed: true }, 1) => CScalar::I8,
        (Kind::Int { signed: false }, 1) => CScalar::U8,
        (Kind::Int { signed: true }, 2) => CScalar::I16,
        (Kind::Int { signed: false }, 2) => CScalar::U16,
        (Kind::Int { signed: true }, 4) => CScalar::I32,
        (Kind::Int { signed: false }, 4) => CScalar::U32,
        (Kind::Int { signed: true }, 8) => CScalar::I64,
        (Kind::Int { signed: false }, 8) => CScalar::U64,
        (Kind::Float, 4) => CScalar::F32,
        (Kind::Float, 8) => CScalar::F64,
        _ => return None,
    })
}

/// Member `name` of struct or union `record` and its offset, if traces may
/// access it: members of const structs (or of const anonymous members) are
/// const only through their container, which the interpreter handles.
fn traced_member(types: &CTypes, record: u32, name: &[u8]) -> Option<(crate::ctype::Field, u64)> {
    if record as usize >= types.len() || !types.get(record).is_record() {
        return None;
    }
    let name = String::from_utf8_lossy(name);
    if types.get(record).is_const || types.field_in_const_member(record, &name) {
        return None;
    }
    types.field(record, &name)
}

fn arg(types: &CTypes, ty: CTypeId) -> CArg {
    let ct = types.get(ty);
    match ct.kind {
        Kind::Void => CArg::Void,
        Kind::Ptr(_) if ct.size == 8 => CArg::Ptr(ty),
        _ => scalar(types, ty).map_or(CArg::Other, CArg::Scalar),
    }
}

impl CTypeInfo for JitInfo {
    fn info(&self, id: u32) -> Option<CtInfo> {
        let st = self.state.try_borrow().ok()?;
        let types = &st.types;
        if id as usize >= types.len() {
            return None;
        }
        let ct = types.get(id);
        let shape = match &ct.kind {
            // Left to the interpreter: `__ptr32` pointers (4 bytes), and
            // aggregates aligned beyond 16 bytes (their payload is shifted,
            // see vm/src/cdata.rs).
            Kind::Ptr(_) if ct.size != 8 => CtShape::Other,
            Kind::Array(..) | Kind::Record { .. } if ct.align > 16 => CtShape::Other,
            Kind::Ptr(t) => CtShape::Ptr { elem: *t },
            Kind::Array(t, ..) => CtShape::Array { elem: *t },
            Kind::Record { .. } => CtShape::Record,
            Kind::Ref(t) => CtShape::Ref { target: *t },
            Kind::Func {
                ret,
                params,
                varargs,
            } => CtShape::Func(CFunc {
                ret: arg(types, *ret),
                params: params.iter().map(|&p| arg(types, p)).collect(),
                varargs: *varargs,
            }),
            _ => scalar(types, id).map_or(CtShape::Other, CtShape::Scalar),
        };
        Some(CtInfo {
            shape,
            size: ct.size,
            // Arrays of const elements and structs with const members too.
            is_const: types.is_readonly(id),
        })
    }

    fn field(&self, record: u32, name: &[u8]) -> Option<(u32, u64)> {
        let st = self.state.try_borrow().ok()?;
        let (f, off) = traced_member(&st.types, record, name)?;
        f.bits.is_none().then_some((f.ty, off))
    }

    fn ref_to(&self, id: u32) -> Option<u32> {
        let mut st = self.state.try_borrow_mut().ok()?;
        if id as usize >= st.types.len() {
            return None;
        }
        Some(st.types.ref_to(id))
    }

    fn read_byte(&self, addr: u64) -> Option<u8> {
        crate::mem::read_int(addr, 1, false).ok().map(|b| b as u8)
    }

    fn clib_function(&self, lib: Value, name: &[u8]) -> Option<(u32, u64)> {
        let st = self.state.try_borrow().ok()?;
        let types = &st.types;
        let name = String::from_utf8_lossy(name);
        if types.constants.contains_key(name.as_ref()) {
            return None;
        }
        let (ty, sym) = types.externs.get(name.as_ref())?;
        if !types.get(*ty).is_func() {
            return None;
        }
        let lib = lib.as_userdata()?;
        let addr = lib
            .body()
            .payload
            .as_ref()?
            .downcast_ref::<CLib>()?
            .symbol(sym)?;
        Some((*ty, addr))
    }

    fn pointer_to(&self, elem: u32) -> Option<u32> {
        let mut st = self.state.try_borrow_mut().ok()?;
        if elem as usize >= st.types.len() {
            return None;
        }
        Some(st.types.pointer_to(elem))
    }

    fn has_metatype(&self, id: u32) -> bool {
        let empty = match self.state.try_borrow() {
            Ok(st) => st.metatyped.is_empty(),
            Err(_) => return true,
        };
        !empty && self.metatable(id).is_some()
    }

    fn metatable(&self, id: u32) -> Option<Value> {
        let mut st = self.state.try_borrow_mut().ok()?;
        if st.metatyped.is_empty() || id as usize >= st.types.len() {
            return None;
        }
        // As the interpreter finds a metatype (metatype.rs, record_of).
        let types = &mut st.types;
        let mut ty = id;
        if let Kind::Ref(t) | Kind::Ptr(t) = types.get(ty).kind {
            ty = t;
        }
        if !types.get(ty).is_record() {
            return None;
        }
        let rec = types.unqualified(ty);
        st.metatyped.get(&rec).copied()
    }

    fn metatype_index(&self, id: u32, name: &[u8]) -> Option<Value> {
        let mt = self.metatable(id)?;
        let st = self.state.try_borrow().ok()?;
        let types = &st.types;
        let record = match types.get(id).kind {
            Kind::Ref(t) | Kind::Ptr(t) => t,
            _ => id,
        };
        let name = String::from_utf8_lossy(name);
        types.field(record, &name).is_none().then_some(mt)
    }
    fn converts_to_pointer(&self, from: u32, to: u32) -> bool {
        let Ok(st) = self.state.try_borrow() else {
            return false;
        };
        let types = &st.types;
        if from as usize >= types.len() || to as usize >= types.len() {
            return false;
        }
        let Some(target) = types.target(to) else {
            return false;
        };
        // As conv.rs's to_pointer converts without a cast.
        let ct = types.get(from);
        let pointee = match ct.kind {
            Kind::Ptr(t) if ct.size == 8 => t,
            Kind::Array(e, ..) => e,
            Kind::Record { .. } | Kind::Func { .. } => from,
            _ => return false,
        };
        crate::conv::compatible_pointee(types, pointee, target)
    }

    fn string_converts_to(&self, to: u32) -> bool {
        let Ok(st) = self.state.try_borrow() else {
            return false;
        };
        let types = &st.types;
        if to as usize >= types.len() {
            return false;
        }
        let Some(target) = types.target(to) else {
            return false;
        };
        let t = types.get(target);
        t.kind == Kind::Void || t.size == 1
    }

    fn errno_slots(&self) -> Option<(usize, usize)> {
        let st = self.state.try_borrow().ok()?;
        Some((crate::mem::errno_location(), st.errno.as_ptr() as usize))
    }

    fn ffi_function(&self, f: Value) -> Option<FfiFunc> {
        self.traced
            .iter()
            .find(|(bits, _)| *bits == f.to_bits())
            .map(|&(_, which)| which)
    }

    fn type_arg(&self, v: Value) -> Option<u32> {
        let mut st = self.state.try_borrow_mut().ok()?;
        let types = &mut st.types;
        if let Some(s) = v.as_str() {
            let src = String::from_utf8_lossy(s.as_bytes());
            return crate::cparse::type_name(types, &src).ok();
        }
        let cd = v.as_cdata()?;
        (cd.ctype() == crate::ctype::id::CTYPE).then(|| crate::library::ctype_of(cd))
    }

    fn size_of(&self, id: u32) -> Option<u64> {
        let st = self.state.try_borrow().ok()?;
        let types = &st.types;
        if id as usize >= types.len() {
            return None;
        }
        crate::library::fixed_size(types, id)
    }

    fn offset_of(&self, record: u32, name: &[u8]) -> Option<u64> {
        let st = self.state.try_borrow().ok()?;
        let types = &st.types;
        if record as usize >= types.len() {
            return None;
        }
        let record = match types.get(record).kind {
            Kind::Ref(t) => t,
            _ => record,
        };
        if !types.get(record).is_record() {
            return None;
        }
        let (f, off) = types.field(record, &String::from_utf8_lossy(name))?;
        f.bits.is_none().then_some(off)
    }

    fn new_layout(&self, id: u32) -> Option<CNew> {
        let st = self.state.try_borrow().ok()?;
        let types = &st.types;
        if id as usize >= types.len() {
            return None;
        }
        let ct = types.get(id);
        if ct.has_vla || ct.align > 16 || ct.size == 0 {
            return None;
        }
        let (slots, fill) = match &ct.kind {
            Kind::Record { is_union } => {
                let mut fields = Vec::new();
                crate::conv::flat_fields(types, id, 0, &mut fields);
                if *is_union {
                    fields.truncate(1);
                }
                let slots = fields
                    .iter()
                    .map(|f| match f.bits {
                        None => Some((scalar(types, f.ty)?, f.offset)),
                        Some(_) => None,
                    })
                    .collect::<Option<Vec<_>>>()?;
                (slots, false)
            }
            Kind::Array(e, Some(n), false) if *n <= 64 => {
                let k = scalar(types, *e)?;
                let esize = types.get(*e).size;
                ((0..*n).map(|i| (k, i * esize)).collect(), true)
            }
            Kind::Int { .. } | Kind::Float | Kind::Bool => (vec![(scalar(types, id)?, 0)], false),
            _ => return None,
        };
        Some(CNew {
            size: ct.size,
            slots,
            fill,
        })
    }

    fn bit_field(&self, record: u32, name: &[u8]) -> Option<CBitField> {
        let st = self.state.try_borrow().ok()?;
        let types = &st.types;
        let (f, offset) = traced_member(types, record, name)?;
        let (pos, width) = f.bits?;
        // The bytes mem::read_bits reads, loaded as one 1, 2 or 4-byte unit
        // that stays inside the struct.
        let (unit, size) = match (pos + width).div_ceil(8) {
            1 => (CScalar::U8, 1),
            2 => (CScalar::U16, 2),
            3 | 4 => (CScalar::I32, 4),
            _ => return None,
        };
        if width >= 32 || offset + size > types.get(record).size {
            return None;
        }
        let ft = types.get(f.ty);
        Some(CBitField {
            offset,
            unit,
            pos,
            width,
            signed: ft.is_signed(),
            is_bool: ft.kind == Kind::Bool,
            is_const: ft.is_const,
        })
    }

    fn new_key(&self) -> Option<Value> {
        Some(self.new_key)
    }
}
