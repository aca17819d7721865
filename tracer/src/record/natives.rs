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
        let r = self.native_result(a, f, nargs)?;
        // The call's frame (function, link, arguments) is gone afterwards;
        // the results are in its place, padded with nil.
        for s in a..a + 2 + nargs {
            self.set(s, UNSET)?;
        }
        self.place_results(a, nres, &[r])?;
        Ok(())
    }

    /// The result of a native the recorder knows, called at slot `a` with
    /// `nargs` arguments, computed in IR after a guard on the callee.
    pub(super) fn native_result(&mut self, a: i32, f: Gc<Function>, nargs: i32) -> Rec<Ref> {
        let arg: Vec<Value> = (0..2)
            .map(|i| {
                if i < nargs {
                    self.val(a + 2 + i)
                } else {
                    Value::NIL
                }
            })
            .collect();
        let arg = |i: usize| arg[i];
        // Check everything before emitting anything.
        match f.fast() {
            FastFunc::MathAbs | FastFunc::MathFloor | FastFunc::MathCeil | FastFunc::MathSqrt => {
                if !arg(0).is_number() {
                    return Err(Abort::nyi("math function without a number argument"));
                }
            }
            FastFunc::Type if nargs >= 1 => {}
            FastFunc::SetMetatable
                if nargs >= 2
                    && arg(1).is_table()
                    && arg(0).as_table().is_some_and(|t| t.metatable().is_none()) => {}
            _ => return Err(Abort::nyi("call of a native function")),
        }
        let fr = self.get(a)?;
        let kf = self.ir.kgc(f.to_value());
        if fr != kf {
            self.guard(Ins::new(IrOp::EQ, IrType::Void, fr, kf))?;
        }
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
            // The argument's type is fixed in the trace: so is its name.
            FastFunc::Type => match self.type_names[self.ty(x) as usize] {
                Some(name) => self.ir.kgc(name),
                None => return Err(Abort::nyi("type of this value")),
            },
            _ => {
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
        })
    }

    fn fpmath(&mut self, x: Ref, m: FpMath) -> Rec<Ref> {
        Ok(self
            .ir
            .emit(Ins::new(IrOp::FPMATH, IrType::Num, x, m as u32))?)
    }
}
