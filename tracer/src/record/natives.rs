//! Recording calls of natives (library functions) whose result the trace
//! computes itself.

use super::*;

impl Recorder {
    /// A call of a native the recorder knows (math.abs/floor/ceil/sqrt of a
    /// number): its result computed in IR, the callee guarded; the
    /// interpreter's call completes as usual and recording goes on after it.
    pub(super) fn call_native(
        &mut self,
        a: i32,
        f: Gc<Function>,
        nargs: i32,
        nres: i32,
    ) -> Rec<()> {
        let results = if matches!(f.fast(), FastFunc::Ipairs | FastFunc::Pairs) {
            self.ipairs_results(a, f, nargs)?
        } else if f.fast() == FastFunc::Select {
            self.select_results(a, f, nargs)?
        } else if f.fast() == FastFunc::Unpack {
            self.unpack_results(a, f, nargs)?
        } else {
            vec![self.native_result(a, f, nargs)?]
        };
        // The call's frame (function, link, arguments) is gone afterwards;
        // the results are in its place, padded with nil.
        for s in a..a + 2 + nargs {
            self.set(s, UNSET)?;
        }
        self.place_results(a, nres, &results)?;
        Ok(())
    }

    /// `select('#', ...)`: the count; `select(n, ...)` for n >= 1: the
    /// arguments from the n-th on (n guarded).
    fn select_results(&mut self, a: i32, f: Gc<Function>, nargs: i32) -> Rec<Vec<Ref>> {
        let n = self.val(a + 2);
        let count = n.as_str().is_some_and(|s| s.as_bytes() == b"#");
        if nargs < 1 || !(count || n.is_number() && n.as_f64() >= 1.0) {
            return Err(Abort::nyi("call of select"));
        }
        self.guard_callee(a, f)?;
        let x = self.get(a + 2)?;
        let k = if count {
            self.ir.kgc(n)
        } else {
            self.ir.knum(n.as_f64())
        };
        if x != k {
            self.guard(Ins::new(IrOp::EQ, IrType::Void, x, k))?;
        }
        if count {
            return Ok(vec![self.ir.knum((nargs - 1) as f64)]);
        }
        // select(n, ...) with a fractional n counts from its integer part.
        let first = n.as_f64() as i32;
        (first..nargs).map(|i| self.get(a + 2 + i)).collect()
    }

    /// `unpack(t)` of a small table: its length guarded, t[1] .. t[n] read
    /// raw, their types guarded.
    fn unpack_results(&mut self, a: i32, f: Gc<Function>, nargs: i32) -> Rec<Vec<Ref>> {
        const MAX_UNPACK: u32 = 8;
        let live = self.val(a + 2).as_table();
        let Some(live) = live.filter(|t| nargs == 1 && t.length() <= MAX_UNPACK) else {
            return Err(Abort::nyi("unpack of this"));
        };
        self.guard_callee(a, f)?;
        let t = self.get(a + 2)?;
        let n = live.length();
        let len = self.ir.emit(Ins::new(IrOp::ALEN, IrType::Int, t, 0))?;
        let kn = self.ir.kint(n as i32);
        self.guard(Ins::new(IrOp::EQ, IrType::Void, len, kn))?;
        (1..=n)
            .map(|i| {
                let val = live.get_int(i as i64);
                let k = self.ir.kint(i as i32);
                if i <= live.asize() {
                    self.raw_array_get(t, k, val)
                } else {
                    let key = self.ir.knum(i as f64);
                    self.raw_lookup(t, key, val)
                }
            })
            .collect()
    }

    /// `ipairs(t)`: its iterator (a constant), t and 0; `pairs(t)`: next, t
    /// and nil.
    fn ipairs_results(&mut self, a: i32, f: Gc<Function>, nargs: i32) -> Rec<Vec<Ref>> {
        if nargs < 1 || !self.val(a + 2).is_table() {
            return Err(Abort::nyi("pairs or ipairs of a non-table"));
        }
        let pairs = f.fast() == FastFunc::Pairs;
        let Some(iter) = (if pairs {
            Some(self.next_fn)
        } else {
            self.ipairs_aux
        }) else {
            return Err(Abort::nyi("call of ipairs"));
        };
        self.guard_callee(a, f)?;
        let t = self.get(a + 2)?;
        let ctl = if pairs { REF_NIL } else { self.ir.knum(0.0) };
        Ok(vec![self.ir.kgc(iter), t, ctl])
    }

    /// The result of a native the recorder knows, called at slot `a` with
    /// `nargs` arguments, computed in IR after a guard on the callee.
    pub(super) fn native_result(&mut self, a: i32, f: Gc<Function>, nargs: i32) -> Rec<Ref> {
        let arg: Vec<Value> = (0..nargs.clamp(3, 8))
            .map(|i| {
                if i < nargs {
                    self.val(a + 2 + i)
                } else {
                    Value::NIL
                }
            })
            .collect();
        let arg = |i: usize| arg[i];
        let num = |i: usize| arg(i).is_number();
        let string = |i: usize| arg(i).as_str().is_some();
        // Check everything before emitting anything.
        let known = match f.fast() {
            FastFunc::MathMin | FastFunc::MathMax => {
                (1..=8).contains(&nargs) && (0..nargs as usize).all(num)
            }
            FastFunc::MathPow | FastFunc::MathAtan2 | FastFunc::MathFmod => num(0) && num(1),
            ff if math_call(ff).is_some() => num(0),
            FastFunc::MathAbs
            | FastFunc::MathFloor
            | FastFunc::MathCeil
            | FastFunc::MathSqrt
            | FastFunc::MathDeg
            | FastFunc::MathRad => num(0),
            FastFunc::Type => nargs >= 1,
            FastFunc::SetMetatable => {
                nargs >= 2
                    && arg(1).is_table()
                    && arg(0).as_table().is_some_and(|t| t.metatable().is_none())
            }
            FastFunc::GetMetatable => nargs >= 1 && arg(0).is_table(),
            FastFunc::RawGet => nargs >= 2 && arg(0).is_table() && !arg(1).is_nil(),
            FastFunc::RawSet => nargs >= 3 && arg(0).is_table(),
            FastFunc::RawEqual => nargs >= 2,
            // Numbers (without a metatable of their own) and strings
            // (unless their metatable has __tostring).
            FastFunc::ToString => {
                let a0 = arg(0);
                let pri = a0.is_nil() || a0.is_bool();
                nargs >= 1 && ((num(0) && !self.number_mt) || string(0) || (pri && !self.pri_mt))
            }
            FastFunc::ToNumber => nargs == 1 && (num(0) || string(0)),
            FastFunc::StrLen => string(0),
            FastFunc::StrSub => string(0) && num(1) && (nargs < 3 || num(2)),
            FastFunc::StrByte => string(0) && nargs <= 2 && (nargs < 2 || num(1)),
            FastFunc::StrChar => nargs == 1 && num(0),
            FastFunc::BitTobit | FastFunc::BitBnot | FastFunc::BitBswap => num(0),
            FastFunc::BitBand | FastFunc::BitBor | FastFunc::BitBxor => {
                (1..=8).contains(&nargs) && (0..nargs as usize).all(num)
            }
            FastFunc::BitLshift
            | FastFunc::BitRshift
            | FastFunc::BitArshift
            | FastFunc::BitRol
            | FastFunc::BitRor => num(0) && num(1),
            _ => false,
        };
        if !known {
            return Err(Abort::native_call(self.native_name(f)));
        }
        self.guard_callee(a, f)?;
        let x = self.get(a + 2)?;
        let t = IrType::Num;
        Ok(match f.fast() {
            FastFunc::MathAbs => {
                let mask = self.ir.knum(f64::from_bits(!(1u64 << 63)));
                self.ir.emit(Ins::new(IrOp::ABS, t, x, mask))?
            }
            FastFunc::MathFloor => self.fpmath(x, FpMath::Floor)?,
            FastFunc::MathCeil => self.fpmath(x, FpMath::Ceil)?,
            FastFunc::MathSqrt => self.fpmath(x, FpMath::Sqrt)?,
            FastFunc::MathDeg | FastFunc::MathRad => {
                let k = self.ir.knum(std::f64::consts::PI / 180.0);
                let op = if f.fast() == FastFunc::MathDeg {
                    IrOp::DIV
                } else {
                    IrOp::MUL
                };
                self.ir.emit(Ins::new(op, t, x, k))?
            }
            FastFunc::MathMin | FastFunc::MathMax => {
                let op = if f.fast() == FastFunc::MathMin {
                    IrOp::MIN
                } else {
                    IrOp::MAX
                };
                let mut r = x;
                for i in 1..nargs {
                    let y = self.get(a + 2 + i)?;
                    r = self.ir.emit(Ins::new(op, t, r, y))?;
                }
                r
            }
            ff @ (FastFunc::MathPow | FastFunc::MathAtan2 | FastFunc::MathFmod) => {
                let call = match ff {
                    FastFunc::MathPow => Call::Pow,
                    FastFunc::MathAtan2 => Call::Atan2,
                    _ => Call::Fmod,
                };
                let y = self.get(a + 3)?;
                self.lib_call(call, &[x, y], t, CallHow::PURE)?
            }
            ff if math_call(ff).is_some() => {
                let call = math_call(ff).expect("checked");
                self.lib_call(call, &[x], t, CallHow::PURE)?
            }
            // The argument's type is fixed in the trace: so is its name.
            FastFunc::Type => match self.type_names[self.ty(x) as usize] {
                Some(name) => self.ir.kgc(name),
                None => return Err(Abort::nyi("type of this value")),
            },
            FastFunc::SetMetatable => {
                // setmetatable(t, mt) of a table without one.
                let live = arg(0).as_table().expect("checked");
                self.no_metatable(x, live)?;
                let mt = self.get(a + 3)?;
                let field = Ins::new(IrOp::FREF, IrType::Ptr, x, Field::TabMeta as u32);
                let fref = self.ir.emit(field)?;
                self.ir
                    .emit(Ins::new(IrOp::FSTORE, IrType::Void, fref, mt))?;
                self.table_barrier(x, mt)?;
                x
            }
            FastFunc::GetMetatable => {
                let live = arg(0).as_table().expect("checked");
                self.metatable_result(x, live)?
            }
            FastFunc::RawSet => {
                // No metamethods: the key's slot found or made by the
                // helper (a nil or NaN key exits, and the interpreter raises
                // the error); nil clears a key without making it.
                let (k, v) = (self.get(a + 3)?, self.get(a + 4)?);
                if self.ty(v) == IrType::Nil {
                    let how = CallHow::EFFECT_CHECKED;
                    self.lib_call(Call::SetNil, &[x, k], IrType::Void, how)?;
                } else {
                    let slot = self.guard(Ins::new(IrOp::NEWREF, IrType::Ptr, x, k))?;
                    self.ir
                        .emit(Ins::new(IrOp::ASTORE, IrType::Void, slot, v))?;
                    self.table_barrier(x, v)?;
                }
                x
            }
            FastFunc::RawEqual => {
                // The outcome seen, guarded (numbers by value, the rest by
                // identity).
                let y = self.get(a + 3)?;
                let same = raw_equal(arg(0), arg(1));
                if self.ty(x) == self.ty(y) && !self.ty(x).is_pri() {
                    let op = if same { IrOp::EQ } else { IrOp::NE };
                    self.guard(Ins::new(op, IrType::Void, x, y))?;
                }
                self.ir
                    .kpri(if same { IrType::True } else { IrType::False })
            }
            FastFunc::RawGet => {
                let val = arg(0).as_table().expect("checked").get(arg(1));
                let key = self.get(a + 3)?;
                self.raw_lookup(x, key, val)?
            }
            FastFunc::ToString if self.ty(x) == IrType::Str => {
                // Unless the strings' metatable has __tostring (guarded).
                let h = self.string_metamethod(Mm::ToString)?;
                if !h.is_nil() {
                    return Err(Abort::nyi("tostring of a string with __tostring"));
                }
                x
            }
            FastFunc::ToString if self.ty(x).is_pri() => {
                // nil, false, true: constant strings (their type is guarded).
                self.ir.kgc(self.pri_strings[self.ty(x) as usize])
            }
            FastFunc::ToNumber if self.ty(x) == IrType::Num => x,
            FastFunc::ToString => {
                self.lib_call(Call::NumToStr, &[x], IrType::Str, CallHow::ALLOC)?
            }
            FastFunc::ToNumber => {
                self.lib_call(Call::StrToNum, &[x], IrType::Num, CallHow::CHECKED)?
            }
            FastFunc::StrLen => {
                let len = Ins::new(IrOp::FLOAD, IrType::Int, x, Field::StrLen as u32);
                let len = self.ir.emit(len)?;
                self.ir
                    .emit(Ins::new(IrOp::CONV, IrType::Num, len, conv::INT_NUM))?
            }
            FastFunc::StrSub => {
                let i = self.get(a + 3)?;
                let j = if nargs >= 3 {
                    self.get(a + 4)?
                } else {
                    REF_NIL
                };
                self.lib_call(Call::StrSub, &[x, i, j], IrType::Str, CallHow::ALLOC)?
            }
            FastFunc::StrByte => {
                let i = if nargs >= 2 {
                    self.get(a + 3)?
                } else {
                    self.ir.knum(1.0)
                };
                self.lib_call(Call::StrByte, &[x, i], IrType::Num, CallHow::CHECKED)?
            }
            FastFunc::StrChar => self.lib_call(Call::StrChar, &[x], IrType::Str, CallHow::ALLOC)?,
            ff => {
                let n = match ff {
                    FastFunc::BitBand | FastFunc::BitBor | FastFunc::BitBxor => nargs,
                    FastFunc::BitTobit | FastFunc::BitBnot | FastFunc::BitBswap => 1,
                    _ => 2,
                };
                let mut ops = Vec::with_capacity(n as usize);
                for i in 0..n {
                    let v = self.get(a + 2 + i)?;
                    ops.push(self.tobit(v)?);
                }
                let op = match ff {
                    FastFunc::BitTobit => None,
                    FastFunc::BitBnot => Some(IrOp::BNOT),
                    FastFunc::BitBswap => Some(IrOp::BSWAP),
                    FastFunc::BitBand => Some(IrOp::BAND),
                    FastFunc::BitBor => Some(IrOp::BOR),
                    FastFunc::BitBxor => Some(IrOp::BXOR),
                    FastFunc::BitLshift => Some(IrOp::BSHL),
                    FastFunc::BitRshift => Some(IrOp::BSHR),
                    FastFunc::BitArshift => Some(IrOp::BSAR),
                    FastFunc::BitRol => Some(IrOp::BROL),
                    _ => Some(IrOp::BROR),
                };
                let mut r = ops[0];
                match op {
                    None => {}
                    Some(op @ (IrOp::BNOT | IrOp::BSWAP)) => {
                        r = self.ir.emit(Ins::new(op, IrType::Int, r, 0))?;
                    }
                    Some(op) => {
                        for &o in &ops[1..] {
                            r = self.ir.emit(Ins::new(op, IrType::Int, r, o))?;
                        }
                    }
                }
                self.ir
                    .emit(Ins::new(IrOp::CONV, IrType::Num, r, conv::INT_NUM))?
            }
        })
    }

    /// A number as the bit library sees it: LuaJIT's conversion to a 32-bit
    /// integer (`TOBIT` adds 2^52 + 2^51 and keeps the low word).
    fn tobit(&mut self, v: Ref) -> Rec<Ref> {
        if self.ty(v) == IrType::Int {
            return Ok(v);
        }
        let bias = self.ir.knum(6_755_399_441_055_744.0);
        Ok(self.ir.emit(Ins::new(IrOp::TOBIT, IrType::Int, v, bias))?)
    }

    /// A native's name for messages: where the globals or a library table
    /// hold it (`string.sub`), else "a native function".
    pub(super) fn native_name(&self, f: Gc<Function>) -> String {
        let v = f.to_value();
        // Only short string keys make names (a key may be any string).
        let name = |k: Value| {
            k.as_str()
                .filter(|s| s.len() <= 64)
                .map(|s| String::from_utf8_lossy(s.as_bytes()).into_owned())
        };
        let nodes = self.globals.nodes();
        if let Some(k) = nodes
            .iter()
            .find(|n| n.val.raw_eq(v))
            .and_then(|n| name(n.key))
        {
            return k;
        }
        for n in nodes.iter() {
            let Some(t) = n.val.as_table() else {
                continue;
            };
            let found = t.nodes().iter().find(|m| m.val.raw_eq(v));
            if let (Some(lib), Some(k)) = (name(n.key), found.and_then(|m| name(m.key))) {
                return format!("{lib}.{k}");
            }
        }
        "a native function".into()
    }

    /// Guards that slot `a` holds function `f` (a constant of the trace).
    pub(super) fn guard_callee(&mut self, a: i32, f: Gc<Function>) -> Rec<()> {
        let fr = self.get(a)?;
        let kf = self.ir.kgc(f.to_value());
        if fr != kf {
            self.guard(Ins::new(IrOp::EQ, IrType::Void, fr, kf))?;
        }
        Ok(())
    }

    fn fpmath(&mut self, x: Ref, m: FpMath) -> Rec<Ref> {
        Ok(self
            .ir
            .emit(Ins::new(IrOp::FPMATH, IrType::Num, x, m as u32))?)
    }
}

/// The library call of a one-argument math function.
fn math_call(ff: FastFunc) -> Option<Call> {
    Some(match ff {
        FastFunc::MathSin => Call::Sin,
        FastFunc::MathCos => Call::Cos,
        FastFunc::MathTan => Call::Tan,
        FastFunc::MathAsin => Call::Asin,
        FastFunc::MathAcos => Call::Acos,
        FastFunc::MathAtan => Call::Atan,
        FastFunc::MathExp => Call::Exp,
        FastFunc::MathLog => Call::Log,
        FastFunc::MathLog10 => Call::Log10,
        FastFunc::MathSinh => Call::Sinh,
        FastFunc::MathCosh => Call::Cosh,
        FastFunc::MathTanh => Call::Tanh,
        _ => return None,
    })
}
