//! Function prototypes, closures (Lua and native) and upvalues.
//!
//! A `Function` is one allocation: the fixed part, then its upvalues inline
//! (pointers to `UpVal`s for Lua closures, plain values for native ones). Every
//! function has an environment table (Lua 5.1's fenv) used by GGET/GSET.
//!
//! An `UpVal` is open while the variable it captures still lives in a stack slot:
//! `v` points at that slot and the upvalue sits on its thread's open list (sorted
//! by slot, highest first). Closing copies the value into `closed` and points `v`
//! there. Stack reallocation re-points open upvalues (see `thread.rs`).

use crate::bytecode::Ins;
use crate::state::Vm;
use crate::string::LuaStr;
use crate::table::Table;
use crate::value::{tag, Gc, GcKind, Value};
use crate::LuaResult;
use lunavm_gc::{GcHeader, Heap, List};
use std::alloc::Layout;
use std::ptr;

/// A native (Rust) function: arguments are the current frame's slots
/// `vm.arg(0)..`; results are pushed and counted in the return value.
pub type NativeFn = fn(&mut Vm) -> LuaResult<usize>;

/// How a closure finds one of its upvalues when it is created.
#[derive(Clone, Copy, Debug)]
pub struct UpvalDesc {
    /// Captures the creating function's local slot `index` (else its upvalue).
    pub from_local: bool,
    pub index: u8,
    pub immutable: bool,
}

/// Debug information about a local variable.
#[derive(Clone, Debug)]
pub struct LocalInfo {
    pub name: Box<[u8]>,
    pub slot: u8,
    pub start_pc: u32,
    pub end_pc: u32,
}

#[repr(C)]
pub struct Proto {
    hdr: GcHeader,
    pub code: Box<[Ins]>,
    pub knum: Box<[Value]>,
    pub kgc: Box<[Value]>,
    pub uvdesc: Box<[UpvalDesc]>,
    pub num_params: u8,
    pub is_vararg: bool,
    pub frame_size: u8,
    pub has_children: bool,
    pub line_defined: u32,
    pub last_line_defined: u32,
    pub lines: Box<[u32]>,
    pub locals: Box<[LocalInfo]>,
    pub uvnames: Box<[Box<[u8]>]>,
    pub chunkname: Gc<LuaStr>,
}

// SAFETY: repr(C) with the header first.
unsafe impl GcKind for Proto {
    const TAG: u32 = tag::PROTO;
}

impl Proto {
    /// Allocates a prototype with the given contents.
    pub fn new(heap: &mut Heap, contents: ProtoContents) -> Option<Gc<Proto>> {
        let extra = contents.extra_bytes();
        if heap.would_exceed(extra) {
            return None;
        }
        let obj = heap.alloc(Layout::new::<Proto>(), Proto::KIND, List::All)?;
        let p = obj.as_ptr() as *mut Proto;
        // SAFETY: fresh allocation; the fields are written before any read.
        unsafe {
            ptr::addr_of_mut!((*p).code).write(contents.code);
            ptr::addr_of_mut!((*p).knum).write(contents.knum);
            ptr::addr_of_mut!((*p).kgc).write(contents.kgc);
            ptr::addr_of_mut!((*p).uvdesc).write(contents.uvdesc);
            (*p).num_params = contents.num_params;
            (*p).is_vararg = contents.is_vararg;
            (*p).frame_size = contents.frame_size;
            (*p).has_children = contents.has_children;
            (*p).line_defined = contents.line_defined;
            (*p).last_line_defined = contents.last_line_defined;
            ptr::addr_of_mut!((*p).lines).write(contents.lines);
            ptr::addr_of_mut!((*p).locals).write(contents.locals);
            ptr::addr_of_mut!((*p).uvnames).write(contents.uvnames);
            ptr::addr_of_mut!((*p).chunkname).write(contents.chunkname);
        }
        heap.grow(extra);
        // SAFETY: initialised above.
        Some(unsafe { Gc::from_raw(p) })
    }

    /// Drops a dead prototype's contents and frees it.
    ///
    /// # Safety
    /// `p` must be dead and never used again.
    pub unsafe fn free(heap: &mut Heap, p: Gc<Proto>) {
        let extra = p.body().extra_bytes();
        // SAFETY: the caller guarantees exclusive ownership of a dead object.
        unsafe {
            ptr::drop_in_place(p.as_ptr());
            heap.free(p.header(), Layout::new::<Proto>());
        }
        heap.shrink(extra);
    }

    fn extra_bytes(&self) -> usize {
        owned_bytes(
            &self.code,
            &self.knum,
            &self.kgc,
            &self.lines,
            self.locals.len(),
            self.uvdesc.len(),
        )
    }

    /// The source line of the instruction at `pc` (0 if unknown).
    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(0)
    }

    /// The name of the local variable in `slot` that is live at `pc`.
    pub fn local_name(&self, slot: u32, pc: usize) -> Option<&[u8]> {
        let pc = pc as u32;
        self.locals
            .iter()
            .rev()
            .find(|l| l.slot as u32 == slot && l.start_pc <= pc && pc < l.end_pc)
            .map(|l| &*l.name)
    }
}

/// The owned parts of a prototype, for `Proto::new`.
pub struct ProtoContents {
    pub code: Box<[Ins]>,
    pub knum: Box<[Value]>,
    pub kgc: Box<[Value]>,
    pub uvdesc: Box<[UpvalDesc]>,
    pub num_params: u8,
    pub is_vararg: bool,
    pub frame_size: u8,
    pub has_children: bool,
    pub line_defined: u32,
    pub last_line_defined: u32,
    pub lines: Box<[u32]>,
    pub locals: Box<[LocalInfo]>,
    pub uvnames: Box<[Box<[u8]>]>,
    pub chunkname: Gc<LuaStr>,
}

impl ProtoContents {
    fn extra_bytes(&self) -> usize {
        owned_bytes(
            &self.code,
            &self.knum,
            &self.kgc,
            &self.lines,
            self.locals.len(),
            self.uvdesc.len(),
        )
    }
}

/// Memory a prototype owns outside its object (for the heap's accounting).
fn owned_bytes(
    code: &[Ins],
    knum: &[Value],
    kgc: &[Value],
    lines: &[u32],
    nlocals: usize,
    nuv: usize,
) -> usize {
    code.len() * 4 + knum.len() * 8 + kgc.len() * 8 + lines.len() * 4 + nlocals * 32 + nuv * 16
}

impl Gc<Proto> {
    /// Notes that a closure of this prototype was made (FNEW): the trace
    /// recorder specialises calls of closures of prototypes that made one
    /// closure on the closure, else on the prototype (`hdr.extra`, 0, 1 or
    /// 2 for many).
    #[inline]
    pub fn note_closure(self) {
        let h = &mut self.body_mut().hdr;
        h.extra = h.extra.saturating_add(1).min(2);
    }

    /// Whether more than one closure of this prototype was made.
    pub fn many_closures(self) -> bool {
        self.body().hdr.extra >= 2
    }

    #[inline(always)]
    pub fn code_ptr(self) -> *const Ins {
        self.body().code.as_ptr()
    }
    /// The pc (index) of an instruction pointer into this prototype's code.
    #[inline]
    pub fn pc_of(self, ip: *const Ins) -> usize {
        (ip as usize).wrapping_sub(self.code_ptr() as usize) / std::mem::size_of::<Ins>()
    }
}

// ------------------------------------------------------------------ functions

/// `hdr.flags` values.
pub const FUNC_LUA: u8 = 0;
pub const FUNC_NATIVE: u8 = 1;

#[repr(C)]
pub struct Function {
    hdr: GcHeader,
    env: *mut Table,
    proto: *mut Proto,
    native: Option<NativeFn>,
    // followed by the upvalues
}

// SAFETY: repr(C) with the header first.
unsafe impl GcKind for Function {
    const TAG: u32 = tag::FUNC;
}

/// Identifies natives the interpreter treats specially, or the trace
/// recorder knows how to record (`hdr.extra`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum FastFunc {
    None = 0,
    Pcall,
    Xpcall,
    Next,
    Yield,
    Resume,
    WrapAux,
    Error,
    MathAbs,
    MathFloor,
    MathCeil,
    MathSqrt,
    MathMin,
    MathMax,
    MathDeg,
    MathRad,
    MathPow,
    MathAtan2,
    MathFmod,
    MathSin,
    MathCos,
    MathTan,
    MathAsin,
    MathAcos,
    MathAtan,
    MathExp,
    MathLog,
    MathLog10,
    MathSinh,
    MathCosh,
    MathTanh,
    Type,
    SetMetatable,
    GetMetatable,
    ToString,
    ToNumber,
    StrLen,
    StrSub,
    StrByte,
    StrChar,
    BitTobit,
    BitBnot,
    BitBswap,
    BitBand,
    BitBor,
    BitBxor,
    BitLshift,
    BitRshift,
    BitArshift,
    BitRol,
    BitRor,
    IpairsAux,
    Ipairs,
    Pairs,
    Select,
    RawGet,
    Unpack,
    RawSet,
    RawEqual,
}

impl Function {
    /// Byte offset of the environment pointer (see `layout`).
    pub const ENV_OFFSET: usize = std::mem::offset_of!(Function, env);
    /// Byte offset of the prototype pointer (null for natives).
    pub const PROTO_OFFSET: usize = std::mem::offset_of!(Function, proto);

    fn layout(nup: usize) -> Layout {
        Layout::from_size_align(std::mem::size_of::<Function>() + nup * 8, 8)
            .expect("closure layout")
    }

    /// A Lua closure with `nup` upvalues, all null until filled in.
    pub fn new_lua(
        heap: &mut Heap,
        proto: Gc<Proto>,
        env: Gc<Table>,
        nup: usize,
    ) -> Option<Gc<Function>> {
        let obj = heap.alloc(Self::layout(nup), Function::KIND, List::All)?;
        // SAFETY: fresh zeroed allocation with room for nup upvalue pointers.
        let f = unsafe { Gc::<Function>::from_header(obj) };
        let fm = f.body_mut();
        fm.hdr.flags = FUNC_LUA;
        fm.hdr.extra32 = nup as u32;
        fm.env = env.as_ptr();
        fm.proto = proto.as_ptr();
        Some(f)
    }

    /// A native function with `nup` upvalues, all nil.
    pub fn new_native(
        heap: &mut Heap,
        native: NativeFn,
        env: Gc<Table>,
        nup: usize,
    ) -> Option<Gc<Function>> {
        let obj = heap.alloc(Self::layout(nup), Function::KIND, List::All)?;
        // SAFETY: fresh zeroed allocation with room for nup values.
        let f = unsafe { Gc::<Function>::from_header(obj) };
        let fm = f.body_mut();
        fm.hdr.flags = FUNC_NATIVE;
        fm.hdr.extra32 = nup as u32;
        fm.env = env.as_ptr();
        fm.native = Some(native);
        for v in f.native_upvalues() {
            *v = Value::NIL;
        }
        Some(f)
    }

    /// # Safety
    /// `f` must be dead and never used again.
    pub unsafe fn free(heap: &mut Heap, f: Gc<Function>) {
        let n = f.num_upvalues();
        // SAFETY: guaranteed by the caller; nothing in a Function needs dropping.
        unsafe { heap.free(f.header(), Self::layout(n)) };
    }
}

impl Gc<Function> {
    #[inline(always)]
    pub fn is_lua(self) -> bool {
        self.body().hdr.flags == FUNC_LUA
    }
    #[inline(always)]
    pub fn num_upvalues(self) -> usize {
        self.body().hdr.extra32 as usize
    }
    #[inline(always)]
    pub fn env(self) -> Gc<Table> {
        // SAFETY: every function has a live environment table.
        unsafe { Gc::from_raw(self.body().env) }
    }
    /// Sets the environment; the caller performs the write barrier.
    #[inline]
    pub fn set_env(self, env: Gc<Table>) {
        self.body_mut().env = env.as_ptr();
    }
    /// The prototype of a Lua function.
    #[inline(always)]
    pub fn proto(self) -> Gc<Proto> {
        debug_assert!(self.is_lua());
        // SAFETY: Lua functions always have a live prototype.
        unsafe { Gc::from_raw(self.body().proto) }
    }
    /// The Rust function of a native.
    #[inline(always)]
    pub fn native(self) -> NativeFn {
        self.body().native.expect("native function")
    }
    #[inline(always)]
    pub fn fast(self) -> FastFunc {
        // SAFETY: `extra` only ever holds FastFunc discriminants (set_fast).
        unsafe { std::mem::transmute::<u8, FastFunc>(self.body().hdr.extra) }
    }
    pub fn set_fast(self, ff: FastFunc) {
        self.body_mut().hdr.extra = ff as u8;
    }
    /// The upvalue pointers of a Lua closure.
    #[inline(always)]
    pub fn lua_upvalues<'a>(self) -> &'a mut [Gc<UpVal>] {
        debug_assert!(self.is_lua());
        // SAFETY: the upvalue array follows the struct; for Lua closures every slot
        // is filled with a live UpVal right after creation (FNEW / load), before
        // anything can observe it.
        unsafe {
            std::slice::from_raw_parts_mut(
                (self.as_ptr() as *mut u8).add(std::mem::size_of::<Function>()) as *mut Gc<UpVal>,
                self.num_upvalues(),
            )
        }
    }
    /// The upvalue values of a native closure.
    #[inline(always)]
    pub fn native_upvalues<'a>(self) -> &'a mut [Value] {
        debug_assert!(!self.is_lua());
        // SAFETY: the value array follows the struct, initialised at creation.
        unsafe {
            std::slice::from_raw_parts_mut(
                (self.as_ptr() as *mut u8).add(std::mem::size_of::<Function>()) as *mut Value,
                self.num_upvalues(),
            )
        }
    }
    /// Whether the Lua closure's upvalue slots are filled (false only between
    /// allocation and the end of FNEW).
    pub fn raw_upvalue_ptr(self, i: usize) -> *mut UpVal {
        // SAFETY: i < num_upvalues; reading a possibly-null pointer.
        unsafe {
            *((self.as_ptr() as *mut u8).add(std::mem::size_of::<Function>()) as *mut *mut UpVal)
                .add(i)
        }
    }
}

impl Value {
    #[inline(always)]
    pub fn as_function(self) -> Option<Gc<Function>> {
        self.as_gc::<Function>()
    }
    #[inline(always)]
    pub fn as_proto(self) -> Option<Gc<Proto>> {
        self.as_gc::<Proto>()
    }
}

// ------------------------------------------------------------------- upvalues

#[repr(C)]
pub struct UpVal {
    hdr: GcHeader,
    v: *mut Value,
    closed: Value,
    /// Stack slot while open.
    slot: usize,
    /// Next (lower) open upvalue of the same thread.
    next_open: *mut UpVal,
}

// SAFETY: repr(C) with the header first.
unsafe impl GcKind for UpVal {
    const TAG: u32 = tag::UPVAL;
}

impl UpVal {
    /// Byte offset of the value pointer (see `layout`).
    pub const V_OFFSET: usize = std::mem::offset_of!(UpVal, v);

    /// A new open upvalue for the stack slot at `slot_ptr` (index `slot`).
    pub fn new_open(heap: &mut Heap, slot_ptr: *mut Value, slot: usize) -> Option<Gc<UpVal>> {
        let obj = heap.alloc(Layout::new::<UpVal>(), UpVal::KIND, List::All)?;
        // SAFETY: fresh zeroed allocation.
        let u = unsafe { Gc::<UpVal>::from_header(obj) };
        let um = u.body_mut();
        um.v = slot_ptr;
        um.closed = Value::NIL;
        um.slot = slot;
        um.next_open = ptr::null_mut();
        Some(u)
    }

    /// A new closed upvalue holding `v`.
    pub fn new_closed(heap: &mut Heap, v: Value) -> Option<Gc<UpVal>> {
        let u = UpVal::new_open(heap, ptr::null_mut(), 0)?;
        let um = u.body_mut();
        um.closed = v;
        um.v = &mut um.closed;
        um.hdr.flags = 1;
        Some(u)
    }

    /// # Safety
    /// `u` must be dead, unlinked from any open list, and never used again.
    pub unsafe fn free(heap: &mut Heap, u: Gc<UpVal>) {
        // SAFETY: guaranteed by the caller.
        unsafe { heap.free(u.header(), Layout::new::<UpVal>()) };
    }
}

impl Gc<UpVal> {
    #[inline(always)]
    pub fn get_value(self) -> Value {
        // SAFETY: v points to a live stack slot (open) or to `closed`.
        unsafe { *self.body().v }
    }
    /// Stores into the variable; the caller performs the write barrier.
    #[inline(always)]
    pub fn set_value(self, v: Value) {
        // SAFETY: as in get_value.
        unsafe { *self.body().v = v }
    }
    #[inline(always)]
    pub fn is_closed(self) -> bool {
        self.body().hdr.flags != 0
    }
    #[inline]
    pub fn slot(self) -> usize {
        self.body().slot
    }
    #[inline]
    pub fn next_open(self) -> Option<Gc<UpVal>> {
        let n = self.body().next_open;
        // SAFETY: the open list holds live upvalues.
        (!n.is_null()).then(|| unsafe { Gc::from_raw(n) })
    }
    #[inline]
    pub fn set_next_open(self, n: Option<Gc<UpVal>>) {
        self.body_mut().next_open = n.map_or(ptr::null_mut(), |u| u.as_ptr());
    }
    /// Closes an open upvalue: the value moves into the upvalue itself.
    #[inline]
    pub fn close(self) {
        let um = self.body_mut();
        // SAFETY: an open upvalue's v points to a live stack slot.
        um.closed = unsafe { *um.v };
        um.v = &mut um.closed;
        um.hdr.flags = 1;
        um.next_open = ptr::null_mut();
    }
    /// Re-points an open upvalue after its thread's stack moved.
    #[inline]
    pub fn relocate(self, stack: *mut Value) {
        let um = self.body_mut();
        um.v = stack.wrapping_add(um.slot);
    }
}
