//! The VM state: the heap, the intern table, the registry and globals, the
//! threads, and the small caches every part of the VM reads.
//!
//! Allocation helpers here never run the collector; collection happens only at
//! check points (`Vm::gc_check`), where every live value is on a stack or in a
//! root. Helpers that may fail on the memory limit say so by returning
//! `LuaResult`.

use crate::cdata::Cdata;
use crate::error::LuaError;
use crate::func::{FastFunc, Function, NativeFn, Proto};
use crate::string::{LuaStr, StringTable};
use crate::table::{SetError, Table};
use crate::thread::{CoStatus, Thread};
use crate::udata::Userdata;
use crate::value::{Gc, Value};
use crate::LuaResult;
use lunavm_gc::Heap;

macro_rules! metamethods {
    ($($name:ident = $text:literal,)*) => {
        /// Metamethods, in the order of their negative-cache bits (the first 8 are
        /// cached in a table's header flags).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Mm { $($name,)* }
        pub const MM_NAMES: &[&str] = &[$($text,)*];
        /// Every metamethod, in order (`MM_ALL[m as usize] == m`).
        pub const MM_ALL: &[Mm] = &[$(Mm::$name,)*];
        pub const MM_COUNT: usize = MM_NAMES.len();
    };
}

metamethods! {
    Index = "__index",
    NewIndex = "__newindex",
    Gc = "__gc",
    Mode = "__mode",
    Eq = "__eq",
    Len = "__len",
    Lt = "__lt",
    Le = "__le",
    Concat = "__concat",
    Call = "__call",
    Add = "__add",
    Sub = "__sub",
    Mul = "__mul",
    Div = "__div",
    Mod = "__mod",
    Pow = "__pow",
    Unm = "__unm",
    Metatable = "__metatable",
    ToString = "__tostring",
}

/// Per-type metatables are indexed by these (tables and userdata have their own).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BasicType {
    Nil = 0,
    Boolean,
    LightUserdata,
    Number,
    String,
    Function,
    Thread,
    Proto,
    Cdata,
}
const NUM_BASIC: usize = 9;

/// Number of hot counters (indexed by instruction address bits, as LuaJIT does).
pub const HOTCOUNT_SIZE: usize = 64;
/// The hot counters' start: LuaJIT's hotloop = 56, times 2, minus 1.
pub const HOTLOOP_DEFAULT: u16 = 56 * 2 - 1;

/// Depth of nested Rust-level entries (execute, native callbacks, metamethods
/// called from natives) at which "C stack overflow" is raised.
pub const MAX_C_DEPTH: u32 = 200;

/// What the host runs before `os.exit` ends the process.
pub type ExitHook = Box<dyn FnOnce(&mut Vm)>;

/// The values of `type(v)` for Lua values.
const TYPE_NAMES: [&str; 9] = [
    "nil", "boolean", "number", "string", "table", "function", "thread", "userdata", "cdata",
];

pub struct Vm {
    pub(crate) heap: Heap,
    pub(crate) strings: StringTable,
    pub(crate) registry: Gc<Table>,
    pub(crate) globals: Gc<Table>,
    pub(crate) main: Gc<Thread>,
    /// The running thread.
    pub(crate) cur: Gc<Thread>,
    /// Every live thread (pruned after each collection).
    pub(crate) threads: Vec<Gc<Thread>>,
    pub(crate) type_mt: [Option<Gc<Table>>; NUM_BASIC],
    /// The C type table as the trace compiler reads it (installed by the ffi).
    pub(crate) ctype_info: Option<std::rc::Rc<dyn crate::ctinfo::CTypeInfo>>,
    pub(crate) mm_names: Vec<Gc<LuaStr>>,
    /// The error value while an error propagates.
    pub(crate) err: Value,
    /// Nested Rust-level entries (see MAX_C_DEPTH).
    pub(crate) c_depth: u32,
    pub(crate) hotcount: [u16; HOTCOUNT_SIZE],
    /// Header ops count hotness (false with the JIT off).
    pub(crate) count_hot: bool,
    pub(crate) hotloop: u16,
    /// True while a collection or its finalizers run (no nested collections).
    pub(crate) in_gc: bool,
    /// True while a debug hook runs (hooks do not nest).
    pub(crate) in_hook: bool,
    /// "not enough memory", allocated up front so it can be raised at the limit.
    pub(crate) s_nomem: Gc<LuaStr>,
    /// The names `type` returns, interned and fixed (the trace recorder makes
    /// them constants).
    type_names: Vec<Gc<LuaStr>>,
    /// `"false"` and `"true"`, what `tostring` gives for them.
    bool_names: [Gc<LuaStr>; 2],
    /// The `next` function (ISNEXT checks for it), set by the base library.
    pub(crate) next_fn: Value,
    /// `ipairs`'s iterator (nil until the base library is open).
    pub(crate) ipairs_aux_fn: Value,
    /// Extra roots held by the host (see `Vm::pin`).
    pub(crate) pinned: Vec<Value>,
    /// How many times a hot counter expired.
    pub(crate) hot_events: u64,
    /// The trace compiler, if one is attached (see `jit.rs`).
    pub(crate) jit: Option<Box<dyn crate::jit::Jit>>,
    /// True while the JIT records: the interpreter runs its hooked loop.
    pub(crate) jit_recording: bool,
    /// A trace exited because an allocation in it found a collection due:
    /// the interpreter runs its GC check point before it resumes.
    pub(crate) gc_after_exit: bool,
    /// The sampling profiler, while one runs (see `profile/`).
    pub(crate) profiler: Option<Box<crate::profile::Profiler>>,
    /// What the host runs before `os.exit` ends the process (see
    /// `Vm::set_exit_hook`).
    pub(crate) exit_hook: Option<ExitHook>,
    /// Collection work earned by `collectgarbage("step")` (bytes).
    pub(crate) gc_credit: usize,
    /// The real GC threshold while finalizers wait for the next check point.
    pub(crate) deferred_threshold: Option<usize>,
    /// Buffered standard output (flushed at exit, before errors and input).
    pub(crate) out: Vec<u8>,
    /// Nonzero when C's standard output may hold output Lua has not seen
    /// (traces set it after their C calls): the next write to the buffered
    /// standard output flushes C's first, so the two stay in order. Boxed:
    /// traces store to it.
    pub(crate) c_output: Box<std::cell::Cell<u8>>,
}

impl Vm {
    /// A fresh state with no libraries loaded.
    pub fn new_bare() -> Box<Vm> {
        let mut heap = Heap::new();
        if std::env::var_os("LUNAVM_GC_STRESS").is_some_and(|v| v != "0" && !v.is_empty()) {
            heap.stress = true;
        }
        heap.limit = memory_limit_from_env();
        let mut strings = StringTable::new();
        let globals = Table::new(&mut heap, 0, 64).expect("initial allocation");
        let registry = Table::new(&mut heap, 0, 16).expect("initial allocation");
        let main = Thread::new(&mut heap, globals).expect("initial allocation");
        main.body_mut().status = CoStatus::Running;
        main.body_mut().started = true;
        main.body_mut().is_main = true;
        // Interned strings the VM keeps for good (never collected).
        let mut fixed = |name: &str| {
            let s = strings
                .intern(&mut heap, name.as_bytes())
                .expect("initial allocation");
            heap.fix(s.header());
            s
        };
        let mm_names: Vec<_> = MM_NAMES.iter().map(|&n| fixed(n)).collect();
        let s_nomem = fixed("not enough memory");
        let type_names: Vec<_> = TYPE_NAMES.iter().map(|&n| fixed(n)).collect();
        let bool_names = [fixed("false"), fixed("true")];
        Box::new(Vm {
            heap,
            strings,
            registry,
            globals,
            main,
            cur: main,
            threads: vec![main],
            type_mt: [None; NUM_BASIC],
            ctype_info: None,
            mm_names,
            err: Value::NIL,
            c_depth: 0,
            hotcount: [HOTLOOP_DEFAULT; HOTCOUNT_SIZE],
            count_hot: true,
            hotloop: HOTLOOP_DEFAULT,
            in_gc: false,
            in_hook: false,
            s_nomem,
            type_names,
            bool_names,
            next_fn: Value::NIL,
            ipairs_aux_fn: Value::NIL,
            pinned: Vec::new(),
            hot_events: 0,
            jit: None,
            jit_recording: false,
            gc_after_exit: false,
            profiler: None,
            exit_hook: None,
            gc_credit: 0,
            deferred_threshold: None,
            out: Vec::new(),
            c_output: Box::default(),
        })
    }

    /// A fresh state with the standard libraries opened.
    pub fn new() -> Box<Vm> {
        let mut vm = Vm::new_bare();
        crate::stdlib::open_libs(&mut vm).expect("opening the standard libraries cannot fail");
        vm
    }

    // ------------------------------------------------------------ allocation

    pub(crate) fn out_of_memory(&mut self) -> LuaError {
        self.err = self.s_nomem.to_value();
        LuaError::Memory
    }

    /// An interned string.
    #[inline]
    pub fn intern(&mut self, s: &[u8]) -> LuaResult<Gc<LuaStr>> {
        match self.strings.intern(&mut self.heap, s) {
            Some(s) => Ok(s),
            None => Err(self.out_of_memory()),
        }
    }

    /// A string value.
    #[inline]
    pub fn str_value(&mut self, s: &[u8]) -> LuaResult<Value> {
        Ok(self.intern(s)?.to_value())
    }

    pub fn new_table(&mut self, narr: u32, nhash: u32) -> LuaResult<Gc<Table>> {
        match Table::new(&mut self.heap, narr, nhash) {
            Some(t) => Ok(t),
            None => Err(self.out_of_memory()),
        }
    }

    pub fn new_userdata(
        &mut self,
        payload: Option<Box<dyn std::any::Any>>,
    ) -> LuaResult<Gc<Userdata>> {
        let env = self.current_env();
        match Userdata::new(&mut self.heap, env, payload) {
            Some(u) => Ok(u),
            None => Err(self.out_of_memory()),
        }
    }

    /// A zeroed cdata of C type `ctype` with `len` bytes of payload.
    pub fn new_cdata(&mut self, ctype: u32, len: usize) -> LuaResult<Gc<Cdata>> {
        match Cdata::new(&mut self.heap, ctype, len) {
            Some(c) => Ok(c),
            None => Err(self.out_of_memory()),
        }
    }

    /// A cdata whose payload is aligned to `align` (see `Cdata::new_aligned`).
    pub fn new_cdata_aligned(
        &mut self,
        ctype: u32,
        len: usize,
        align: usize,
    ) -> LuaResult<Gc<Cdata>> {
        match Cdata::new_aligned(&mut self.heap, ctype, len, align) {
            Some(c) => Ok(c),
            None => Err(self.out_of_memory()),
        }
    }

    pub fn new_native(&mut self, f: NativeFn, nup: usize) -> LuaResult<Gc<Function>> {
        let env = self.globals;
        match Function::new_native(&mut self.heap, f, env, nup) {
            Some(f) => Ok(f),
            None => Err(self.out_of_memory()),
        }
    }

    pub fn new_thread(&mut self) -> LuaResult<Gc<Thread>> {
        let env = self.globals;
        match Thread::new(&mut self.heap, env) {
            Some(t) => {
                self.threads.push(t);
                Ok(t)
            }
            None => Err(self.out_of_memory()),
        }
    }

    pub(crate) fn new_proto(&mut self, c: crate::func::ProtoContents) -> LuaResult<Gc<Proto>> {
        match Proto::new(&mut self.heap, c) {
            Some(p) => Ok(p),
            None => Err(self.out_of_memory()),
        }
    }

    /// Raw table store with the errors Lua reports for bad keys.
    pub fn table_set(&mut self, t: Gc<Table>, key: Value, val: Value) -> LuaResult<()> {
        match t.set(&mut self.heap, key, val) {
            Ok(()) => Ok(()),
            Err(e) => Err(self.set_error(e)),
        }
    }

    pub(crate) fn set_error(&mut self, e: SetError) -> LuaError {
        match e {
            SetError::NilKey => self.core_error("table index is nil"),
            SetError::NanKey => self.core_error("table index is NaN"),
            SetError::NoMemory => self.out_of_memory(),
        }
    }

    pub fn table_set_str(&mut self, t: Gc<Table>, key: &str, val: Value) -> LuaResult<()> {
        let k = self.str_value(key.as_bytes())?;
        self.table_set(t, k, val)
    }

    pub fn table_get_str(&mut self, t: Gc<Table>, key: &str) -> LuaResult<Value> {
        let k = self.intern(key.as_bytes())?;
        Ok(t.get_str(k))
    }

    /// Registers a native function under `name` in table `t`.
    pub fn register(&mut self, t: Gc<Table>, name: &str, f: NativeFn) -> LuaResult<Gc<Function>> {
        let func = self.new_native(f, 0)?;
        self.table_set_str(t, name, func.to_value())?;
        Ok(func)
    }

    /// Marks functions of library table `t` as ones the trace recorder
    /// turns into IR instead of a call.
    pub(crate) fn mark_fast(&mut self, t: Gc<Table>, fs: &[(&str, FastFunc)]) -> LuaResult<()> {
        for &(name, ff) in fs {
            if let Some(f) = self.table_get_str(t, name)?.as_function() {
                f.set_fast(ff);
            }
        }
        Ok(())
    }

    /// Like `register`, marking the function as one the interpreter treats
    /// specially.
    pub(crate) fn register_fast(
        &mut self,
        t: Gc<Table>,
        name: &str,
        f: NativeFn,
        ff: FastFunc,
    ) -> LuaResult<Gc<Function>> {
        let func = self.register(t, name, f)?;
        func.set_fast(ff);
        Ok(func)
    }

    // --------------------------------------------------------------- access

    #[inline(always)]
    pub(crate) fn mm_name(&self, mm: Mm) -> Gc<LuaStr> {
        self.mm_names[mm as usize]
    }

    /// A name `type` returns (`"nil"`, `"number"`, ...), as the interned
    /// string it returns.
    pub fn type_name_by(&self, name: &str) -> Option<Value> {
        let i = TYPE_NAMES.iter().position(|&n| n == name)?;
        Some(self.type_names[i].to_value())
    }

    /// What `type(v)` returns, as the interned string (no hashing: `type` is
    /// called in hot loops).
    pub fn type_name_value(&self, v: Value) -> Option<Value> {
        use crate::value::tag;
        let i = if v.is_number() {
            2
        } else {
            match v.itype() {
                tag::NIL => 0,
                tag::FALSE | tag::TRUE => 1,
                tag::STR => 3,
                tag::TAB => 4,
                tag::FUNC => 5,
                tag::THREAD => 6,
                tag::LIGHTUD | tag::UDATA => 7,
                tag::CDATA => 8,
                _ => return None,
            }
        };
        Some(self.type_names[i].to_value())
    }

    /// `tostring(b)` of a boolean, as the interned string.
    pub fn bool_name(&self, b: bool) -> Value {
        self.bool_names[b as usize].to_value()
    }

    /// A metamethod's interned name (`"__eq"`, ...).
    pub fn metamethod_name(&self, mm: Mm) -> Value {
        self.mm_name(mm).to_value()
    }

    /// `next` as the base library made it (`pairs` loops check for it).
    pub fn next_fn(&self) -> Value {
        self.next_fn
    }

    /// `ipairs`'s iterator (the trace recorder knows it).
    pub fn ipairs_aux(&self) -> Option<Value> {
        let v = self.ipairs_aux_fn;
        v.is_function().then_some(v)
    }

    pub fn globals(&self) -> Gc<Table> {
        self.globals
    }

    pub fn registry(&self) -> Gc<Table> {
        self.registry
    }

    /// The environment of the running function (globals outside any function).
    pub(crate) fn current_env(&self) -> Gc<Table> {
        let th = self.cur;
        let base = th.body().base;
        if base > 2 {
            if let Some(f) = th.body().stack[base - 2].as_function() {
                return f.env();
            }
        }
        th.env()
    }

    /// The metatable of any value (the per-type one for non-tables/userdata).
    #[inline]
    pub fn metatable_of(&self, v: Value) -> Option<Gc<Table>> {
        if let Some(t) = v.as_table() {
            return t.metatable();
        }
        if let Some(u) = v.as_userdata() {
            return u.metatable();
        }
        self.type_mt[basic_type(v) as usize]
    }

    /// Installs the metatable shared by every cdata value (the ffi library's
    /// handlers for indexing, arithmetic, comparison, calls and `tostring`).
    pub fn set_cdata_metatable(&mut self, mt: Gc<Table>) {
        self.type_mt[BasicType::Cdata as usize] = Some(mt);
    }

    /// Installs what the trace compiler may ask about C types (the ffi does).
    pub fn set_ctype_info(&mut self, info: std::rc::Rc<dyn crate::ctinfo::CTypeInfo>) {
        self.ctype_info = Some(info);
    }

    /// The C type table for the trace compiler, if the ffi is loaded.
    pub fn ctype_info(&self) -> Option<std::rc::Rc<dyn crate::ctinfo::CTypeInfo>> {
        self.ctype_info.clone()
    }

    pub(crate) fn set_type_metatable(&mut self, v: Value, mt: Option<Gc<Table>>) {
        self.type_mt[basic_type(v) as usize] = mt;
    }

    /// Keeps a value alive until `unpin` (for hosts holding values across calls).
    pub fn pin(&mut self, v: Value) -> usize {
        self.pinned.push(v);
        self.pinned.len() - 1
    }

    pub fn unpin(&mut self, idx: usize) {
        if idx < self.pinned.len() {
            self.pinned[idx] = Value::NIL;
        }
        while self.pinned.last().is_some_and(|v| v.is_nil()) {
            self.pinned.pop();
        }
    }

    /// Bytes in use by the heap.
    pub fn memory_in_use(&self) -> usize {
        self.heap.bytes()
    }

    pub fn set_gc_stress(&mut self, on: bool) {
        self.heap.stress = on;
    }

    pub fn set_memory_limit(&mut self, bytes: usize) {
        self.heap.limit = bytes;
    }

    /// Switches hot counting (the JIT's trigger) on or off.
    pub fn set_hot_counting(&mut self, on: bool) {
        self.count_hot = on;
    }

    /// Number of times a hot counter reached zero.
    pub fn hot_events(&self) -> u64 {
        self.hot_events
    }
}

/// Default cap on the heap (allocations beyond it raise "not enough memory").
pub const DEFAULT_MEMORY_LIMIT: usize = 4 << 30;

/// The heap cap: `LUNAVM_MEMORY_LIMIT_MB` if set, else the default.
fn memory_limit_from_env() -> usize {
    std::env::var("LUNAVM_MEMORY_LIMIT_MB")
        .ok()
        .and_then(|s| s.trim().parse::<usize>().ok())
        .map_or(DEFAULT_MEMORY_LIMIT, |mb| mb.saturating_mul(1 << 20))
}

pub(crate) fn basic_type(v: Value) -> BasicType {
    use crate::value::tag;
    if v.is_number() {
        return BasicType::Number;
    }
    match v.itype() {
        tag::NIL => BasicType::Nil,
        tag::FALSE | tag::TRUE => BasicType::Boolean,
        tag::LIGHTUD => BasicType::LightUserdata,
        tag::STR => BasicType::String,
        tag::FUNC => BasicType::Function,
        tag::THREAD => BasicType::Thread,
        tag::CDATA => BasicType::Cdata,
        _ => BasicType::Proto,
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        crate::collect::free_all(self);
    }
}
