//! Loading: source text to a Lua function (compile, then turn the compiler's
//! plain prototypes into GC prototypes with interned constants).
//!
//! No check point runs while loading, so the partly built prototypes need no
//! rooting; the caller pushes the resulting function before running anything.

use crate::compiler::{self, CompiledProto, GcConst, TemplateTable, TemplateValue};
use crate::func::{Function, LocalInfo, Proto, ProtoContents, UpvalDesc};
use crate::state::Vm;
use crate::table::Table;
use crate::value::{Gc, Value};
use crate::LuaResult;

impl Vm {
    /// Compiles a chunk into a function whose environment is the running
    /// thread's global table. A syntax error is raised with Lua's message.
    pub fn load(&mut self, source: &[u8], chunkname: &[u8]) -> LuaResult<Gc<Function>> {
        let cp = if source.first() == Some(&0x1b) {
            // Binary chunk: lunavm bytecode from string.dump, verified first.
            let checked = crate::dump::undump(source)
                .map_err(|m| m.to_string())
                .and_then(|p| crate::verify::verify(&p).map(|()| p));
            match checked {
                Ok(p) => p,
                Err(m) => {
                    let mut text = compiler::chunk_id(chunkname);
                    text.extend_from_slice(format!(": {m}").as_bytes());
                    return Err(self.raise_bytes(&text));
                }
            }
        } else {
            match compiler::compile(source, chunkname) {
                Ok(p) => {
                    #[cfg(debug_assertions)]
                    if let Err(e) = crate::verify::verify(&p) {
                        panic!("the compiler produced unverifiable bytecode: {e}");
                    }
                    p
                }
                Err(e) => return Err(self.raise_bytes(&e.message)),
            }
        };
        let chunk = self.intern(&cp.chunkname)?;
        let proto = self.build_proto(&cp, chunk)?;
        let env = self.cur.env();
        // A main chunk has no upvalues; a dumped closure gets fresh nil ones.
        let nup = cp.upvalues.len();
        let Some(f) = Function::new_lua(&mut self.heap, proto, env, nup) else {
            return Err(self.out_of_memory());
        };
        for i in 0..nup {
            match crate::func::UpVal::new_closed(&mut self.heap, Value::NIL) {
                Some(u) => f.lua_upvalues()[i] = u,
                None => return Err(self.out_of_memory()),
            }
        }
        Ok(f)
    }

    fn build_proto(
        &mut self,
        cp: &CompiledProto,
        chunk: Gc<crate::string::LuaStr>,
    ) -> LuaResult<Gc<Proto>> {
        let mut kgc = Vec::with_capacity(cp.kgc.len());
        for k in &cp.kgc {
            let v = match k {
                GcConst::Str(s) => self.str_value(s)?,
                GcConst::Int64(bits, unsigned) => {
                    let ty = if *unsigned {
                        crate::cdata::CTYPE_UINT64
                    } else {
                        crate::cdata::CTYPE_INT64
                    };
                    let c = self.new_cdata(ty, 8)?;
                    c.payload_mut().copy_from_slice(&bits.to_le_bytes());
                    c.to_value()
                }
                GcConst::Complex(im) => {
                    let c = self.new_cdata(crate::cdata::CTYPE_COMPLEX, 16)?;
                    c.payload_mut()[8..].copy_from_slice(&im.to_le_bytes());
                    c.to_value()
                }
                GcConst::Proto(p) => self.build_proto(p, chunk)?.to_value(),
                GcConst::Table(t) => self.build_template(t)?.to_value(),
            };
            kgc.push(v);
        }
        let contents = ProtoContents {
            code: cp.code.clone().into_boxed_slice(),
            knum: cp.knum.iter().map(|&n| Value::number(n)).collect(),
            kgc: kgc.into_boxed_slice(),
            uvdesc: cp
                .upvalues
                .iter()
                .map(|u| UpvalDesc {
                    from_local: u.from_parent_local,
                    index: u.index,
                    immutable: u.immutable,
                })
                .collect(),
            num_params: cp.num_params,
            is_vararg: cp.is_vararg,
            frame_size: cp.frame_size,
            has_children: cp.has_children,
            line_defined: cp.line_defined,
            last_line_defined: cp.last_line_defined,
            lines: cp.lines.clone().into_boxed_slice(),
            locals: cp
                .locals
                .iter()
                .map(|l| LocalInfo {
                    name: l.name.clone().into_boxed_slice(),
                    slot: l.slot,
                    start_pc: l.start_pc,
                    end_pc: l.end_pc,
                })
                .collect(),
            uvnames: cp
                .upvalues
                .iter()
                .map(|u| u.name.clone().into_boxed_slice())
                .collect(),
            chunkname: chunk,
        };
        self.new_proto(contents)
    }

    fn template_value(&mut self, v: &TemplateValue) -> LuaResult<Value> {
        Ok(match v {
            TemplateValue::Nil => Value::NIL,
            TemplateValue::False => Value::FALSE,
            TemplateValue::True => Value::TRUE,
            TemplateValue::Num(n) => Value::number(*n),
            TemplateValue::Str(s) => self.str_value(s)?,
        })
    }

    fn build_template(&mut self, t: &TemplateTable) -> LuaResult<Gc<Table>> {
        let narr = t.array.len().saturating_sub(1) as u32;
        let tab = self.new_table(
            narr,
            t.hash.len() as u32
                + u32::from(matches!(t.array.first(), Some(v) if *v != TemplateValue::Nil)),
        )?;
        for (i, v) in t.array.iter().enumerate() {
            if *v != TemplateValue::Nil {
                let val = self.template_value(v)?;
                self.table_set(tab, Value::num(i as f64), val)?;
            }
        }
        for (k, v) in &t.hash {
            let key = self.template_value(k)?;
            let val = self.template_value(v)?;
            self.table_set(tab, key, val)?;
        }
        Ok(tab)
    }
}
