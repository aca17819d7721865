//! `string.dump` format: a prototype tree as bytes, and back.
//!
//! ```text
//! chunk  := SIGNATURE proto
//! proto  := bytes(chunkname) uv(line_defined) uv(last_line_defined)
//!           u8(num_params) u8(flags: 1 vararg, 2 has children) u8(frame_size)
//!           uv(n) u32le{n}        code
//!           uv(n) uv{n}           lines
//!           uv(n) f64le{n}        number constants
//!           uv(n) kgc{n}          GC constants
//!           uv(n) upval{n}
//!           uv(n) local{n}
//! kgc    := 0 bytes | 1 proto | 2 table | 3 u64le (int64_t) | 4 u64le (uint64_t)
//! table  := uv(n) tval{n} uv(m) (tval tval){m}    array part from key 0, then pairs
//! tval   := 0 nil | 1 false | 2 true | 3 f64le | 4 bytes
//! upval  := bytes(name) u8(flags: 1 from parent local, 2 immutable) u8(index)
//! local  := bytes(name) u8(slot) uv(start_pc) uv(end_pc)
//! bytes  := uv(len) byte{len};  uv := unsigned LEB128
//! ```
//!
//! Reading never trusts a count: every element takes at least one byte, so counts
//! larger than the remaining input are rejected before anything is allocated. The
//! result still goes through the verifier before it runs.

use crate::bytecode::{Ins, Op};
use crate::compiler::{CompiledProto, GcConst, LocalVar, TemplateTable, TemplateValue, UpvalDesc};
use crate::func::Proto;
use crate::value::{Gc, Value};
use std::rc::Rc;

/// The first bytes of every dump (the ESC byte marks binary chunks, as in Lua).
pub const SIGNATURE: &[u8] = b"\x1bLunaVM\x01";

// ------------------------------------------------------------------- writing

struct Writer<'a> {
    out: Vec<u8>,
    unpatched: &'a dyn Fn(Ins) -> Ins,
}

impl Writer<'_> {
    fn uv(&mut self, mut v: u64) {
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.out.push(b);
                return;
            }
            self.out.push(b | 0x80);
        }
    }
    fn bytes(&mut self, b: &[u8]) {
        self.uv(b.len() as u64);
        self.out.extend_from_slice(b);
    }
    fn tval(&mut self, v: Value) {
        if v.is_nil() {
            self.out.push(0);
        } else if v == Value::FALSE {
            self.out.push(1);
        } else if v == Value::TRUE {
            self.out.push(2);
        } else if v.is_number() {
            self.out.push(3);
            self.out.extend_from_slice(&v.as_f64().to_le_bytes());
        } else if let Some(s) = v.as_str() {
            self.out.push(4);
            self.bytes(s.as_bytes());
        } else {
            // Template tables only hold constants.
            self.out.push(0);
        }
    }
    fn proto(&mut self, p: Gc<Proto>, strip: bool) {
        let b = p.body();
        self.bytes(b.chunkname.as_bytes());
        self.uv(b.line_defined as u64);
        self.uv(b.last_line_defined as u64);
        self.out.push(b.num_params);
        self.out
            .push(u8::from(b.is_vararg) | (u8::from(b.has_children) << 1));
        self.out.push(b.frame_size);
        self.uv(b.code.len() as u64);
        for &ins in b.code.iter() {
            // As LuaJIT writes them: trace entries back to the instructions they
            // replaced, and loops/headers that `jit.off(f)` switched to their
            // non-counting forms back to the counting ones, so a dump does not
            // depend on what the compiler did to the function.
            let mut ins = (self.unpatched)(ins);
            if let Some(op) = Op::from_u8(ins.op_byte()) {
                ins.set_op(op.counting_form());
            }
            self.out.extend_from_slice(&ins.0.to_le_bytes());
        }
        self.uv(b.lines.len() as u64);
        for &l in b.lines.iter() {
            self.uv(if strip { 0 } else { l as u64 });
        }
        self.uv(b.knum.len() as u64);
        for k in b.knum.iter() {
            self.out.extend_from_slice(&k.as_f64().to_le_bytes());
        }
        self.uv(b.kgc.len() as u64);
        for &k in b.kgc.iter() {
            if let Some(s) = k.as_str() {
                self.out.push(0);
                self.bytes(s.as_bytes());
            } else if let Some(child) = k.as_gc::<Proto>() {
                self.out.push(1);
                self.proto(child, strip);
            } else if let Some(c) = k.as_cdata() {
                // Only 64-bit integer and imaginary literals are cdata constants.
                if c.ctype() == crate::cdata::CTYPE_COMPLEX {
                    self.out.push(5);
                    self.out.extend_from_slice(&c.payload_mut()[8..16]);
                } else {
                    let unsigned = c.ctype() == crate::cdata::CTYPE_UINT64;
                    self.out.push(if unsigned { 4 } else { 3 });
                    self.out.extend_from_slice(c.payload_mut());
                }
            } else if let Some(t) = k.as_table() {
                self.out.push(2);
                let arr = t.array();
                self.uv(arr.len() as u64 + 1);
                self.tval(t.get_int(0));
                for &v in arr.iter() {
                    self.tval(v);
                }
                let live: Vec<_> = t
                    .nodes()
                    .iter()
                    .filter(|n| !n.val.is_nil() && (!n.key.is_number() || n.key.as_f64() != 0.0))
                    .map(|n| (n.key, n.val))
                    .collect();
                self.uv(live.len() as u64);
                for (k, v) in live {
                    self.tval(k);
                    self.tval(v);
                }
            }
        }
        self.uv(b.uvdesc.len() as u64);
        for (i, u) in b.uvdesc.iter().enumerate() {
            self.bytes(if strip {
                b""
            } else {
                b.uvnames.get(i).map_or(&[][..], |n| &n[..])
            });
            self.out
                .push(u8::from(u.from_local) | (u8::from(u.immutable) << 1));
            self.out.push(u.index);
        }
        if strip {
            self.uv(0);
        } else {
            self.uv(b.locals.len() as u64);
            for l in b.locals.iter() {
                self.bytes(&l.name);
                self.out.push(l.slot);
                self.uv(l.start_pc as u64);
                self.uv(l.end_pc as u64);
            }
        }
    }
}

/// The dump of a Lua function's prototype (with debug info unless `strip`).
/// `unpatched` maps trace entries back to the instructions they replaced.
pub fn dump(p: Gc<Proto>, strip: bool, unpatched: &dyn Fn(Ins) -> Ins) -> Vec<u8> {
    let mut w = Writer {
        out: SIGNATURE.to_vec(),
        unpatched,
    };
    w.proto(p, strip);
    w.out
}

// ------------------------------------------------------------------- reading

struct Reader<'a> {
    b: &'a [u8],
    depth: u32,
}

type R<T> = Result<T, &'static str>;

/// Deepest nesting of prototypes accepted (the compiler's own limit).
const MAX_DEPTH: u32 = 200;

impl Reader<'_> {
    fn u8(&mut self) -> R<u8> {
        let (&v, rest) = self.b.split_first().ok_or("truncated precompiled chunk")?;
        self.b = rest;
        Ok(v)
    }
    fn uv(&mut self) -> R<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err("bad precompiled chunk")
    }
    fn u32(&mut self) -> R<u32> {
        let v = self.uv()?;
        u32::try_from(v).map_err(|_| "bad precompiled chunk")
    }
    /// A count of elements that each take at least `min` bytes.
    fn count(&mut self, min: usize) -> R<usize> {
        let n = self.uv()? as usize;
        if n.saturating_mul(min) > self.b.len() {
            return Err("truncated precompiled chunk");
        }
        Ok(n)
    }
    fn take(&mut self, n: usize) -> R<&[u8]> {
        if n > self.b.len() {
            return Err("truncated precompiled chunk");
        }
        let (h, t) = self.b.split_at(n);
        self.b = t;
        Ok(h)
    }
    fn bytes(&mut self) -> R<Vec<u8>> {
        let n = self.count(1)?;
        Ok(self.take(n)?.to_vec())
    }
    fn f64(&mut self) -> R<f64> {
        let b = self.take(8)?;
        Ok(f64::from_le_bytes(b.try_into().expect("8 bytes")))
    }
    fn tval(&mut self) -> R<TemplateValue> {
        Ok(match self.u8()? {
            0 => TemplateValue::Nil,
            1 => TemplateValue::False,
            2 => TemplateValue::True,
            3 => TemplateValue::Num(self.f64()?),
            4 => TemplateValue::Str(self.bytes()?),
            _ => return Err("bad precompiled chunk"),
        })
    }
    fn proto(&mut self) -> R<CompiledProto> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err("bad precompiled chunk");
        }
        let chunkname: Rc<[u8]> = self.bytes()?.into();
        let line_defined = self.u32()?;
        let last_line_defined = self.u32()?;
        let num_params = self.u8()?;
        let flags = self.u8()?;
        let frame_size = self.u8()?;
        let n = self.count(4)?;
        let mut code = Vec::with_capacity(n);
        for _ in 0..n {
            let b = self.take(4)?;
            code.push(Ins(u32::from_le_bytes(b.try_into().expect("4 bytes"))));
        }
        let n = self.count(1)?;
        let mut lines = Vec::with_capacity(n);
        for _ in 0..n {
            lines.push(self.u32()?);
        }
        let n = self.count(8)?;
        let mut knum = Vec::with_capacity(n);
        for _ in 0..n {
            knum.push(self.f64()?);
        }
        let n = self.count(1)?;
        let mut kgc = Vec::with_capacity(n);
        for _ in 0..n {
            kgc.push(match self.u8()? {
                0 => GcConst::Str(self.bytes()?),
                1 => GcConst::Proto(Box::new(self.proto()?)),
                tag @ (3 | 4) => {
                    let mut b = [0u8; 8];
                    for x in &mut b {
                        *x = self.u8()?;
                    }
                    GcConst::Int64(u64::from_le_bytes(b), tag == 4)
                }
                5 => {
                    let mut b = [0u8; 8];
                    for x in &mut b {
                        *x = self.u8()?;
                    }
                    GcConst::Complex(u64::from_le_bytes(b))
                }
                2 => {
                    let na = self.count(1)?;
                    let mut array = Vec::with_capacity(na);
                    for _ in 0..na {
                        array.push(self.tval()?);
                    }
                    let nh = self.count(2)?;
                    let mut hash = Vec::with_capacity(nh);
                    for _ in 0..nh {
                        let k = self.tval()?;
                        let v = self.tval()?;
                        if k == TemplateValue::Nil
                            || matches!(k, TemplateValue::Num(x) if x.is_nan())
                        {
                            return Err("bad precompiled chunk");
                        }
                        hash.push((k, v));
                    }
                    GcConst::Table(TemplateTable { array, hash })
                }
                _ => return Err("bad precompiled chunk"),
            });
        }
        let n = self.count(3)?;
        let mut upvalues = Vec::with_capacity(n);
        for _ in 0..n {
            let name = self.bytes()?;
            let f = self.u8()?;
            let index = self.u8()?;
            upvalues.push(UpvalDesc {
                name,
                from_parent_local: f & 1 != 0,
                index,
                immutable: f & 2 != 0,
            });
        }
        let n = self.count(4)?;
        let mut locals = Vec::with_capacity(n);
        for _ in 0..n {
            let name = self.bytes()?;
            let slot = self.u8()?;
            let start_pc = self.u32()?;
            let end_pc = self.u32()?;
            locals.push(LocalVar {
                name,
                slot,
                start_pc,
                end_pc,
            });
        }
        self.depth -= 1;
        Ok(CompiledProto {
            chunkname,
            line_defined,
            last_line_defined,
            num_params,
            is_vararg: flags & 1 != 0,
            frame_size,
            code,
            lines,
            knum,
            kgc,
            upvalues,
            locals,
            has_children: flags & 2 != 0,
        })
    }
}

/// Reads a dump back into a prototype tree (not yet verified).
pub fn undump(bytes: &[u8]) -> Result<CompiledProto, &'static str> {
    let rest = bytes
        .strip_prefix(SIGNATURE)
        .ok_or("bad header in precompiled chunk")?;
    let mut r = Reader { b: rest, depth: 0 };
    let p = r.proto()?;
    if !r.b.is_empty() {
        return Err("bad precompiled chunk");
    }
    Ok(p)
}
