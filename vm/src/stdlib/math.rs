//! The math library (Lua 5.1's lmathlib).
//!
//! Argument checks and results follow Lua 5.1 (`math.mod`, one-argument `log`,
//! `max`/`min` comparing with `>`/`<` so NaNs propagate as in 5.1, `random`'s
//! "interval is empty" and "wrong number of arguments"). The random generator is
//! LuaJIT 2.1's Tausworthe generator (period 2^223) with LuaJIT's seeding, so a
//! script sees the same sequence under lunavm as under `luajit`; PUC Lua's
//! sequences come from the C library's `rand` and differ.

use crate::func::FastFunc;
use crate::state::Vm;
use crate::value::Value;
use crate::LuaResult;
use std::f64::consts::PI;

pub(super) fn open(vm: &mut Vm) -> LuaResult<()> {
    let t = vm.new_lib(
        "math",
        &[
            ("abs", abs),
            ("acos", acos),
            ("asin", asin),
            ("atan", atan),
            ("atan2", atan2),
            ("ceil", ceil),
            ("cos", cos),
            ("cosh", cosh),
            ("deg", deg),
            ("exp", exp),
            ("floor", floor),
            ("fmod", fmod),
            ("frexp", frexp),
            ("ldexp", ldexp),
            ("log", log),
            ("log10", log10),
            ("max", max),
            ("min", min),
            ("modf", modf),
            ("pow", pow),
            ("rad", rad),
            ("sin", sin),
            ("sinh", sinh),
            ("sqrt", sqrt),
            ("tan", tan),
            ("tanh", tanh),
        ],
    )?;
    vm.mark_fast(
        t,
        &[
            ("abs", FastFunc::MathAbs),
            ("floor", FastFunc::MathFloor),
            ("ceil", FastFunc::MathCeil),
            ("sqrt", FastFunc::MathSqrt),
            ("min", FastFunc::MathMin),
            ("max", FastFunc::MathMax),
            ("deg", FastFunc::MathDeg),
            ("rad", FastFunc::MathRad),
            ("pow", FastFunc::MathPow),
            ("atan2", FastFunc::MathAtan2),
            ("fmod", FastFunc::MathFmod),
            ("sin", FastFunc::MathSin),
            ("cos", FastFunc::MathCos),
            ("tan", FastFunc::MathTan),
            ("asin", FastFunc::MathAsin),
            ("acos", FastFunc::MathAcos),
            ("atan", FastFunc::MathAtan),
            ("exp", FastFunc::MathExp),
            ("log", FastFunc::MathLog),
            ("log10", FastFunc::MathLog10),
            ("sinh", FastFunc::MathSinh),
            ("cosh", FastFunc::MathCosh),
            ("tanh", FastFunc::MathTanh),
        ],
    )?;
    vm.table_set_str(t, "pi", Value::num(PI))?;
    vm.table_set_str(t, "huge", Value::num(f64::INFINITY))?;
    let fmod = vm.table_get_str(t, "fmod")?;
    vm.table_set_str(t, "mod", fmod)?;
    // random and randomseed share the generator state in a userdata upvalue.
    let state = vm.new_userdata(Some(Box::new(RandomState::new(0.0))))?;
    for (name, f) in [
        ("random", random as crate::func::NativeFn),
        ("randomseed", randomseed),
    ] {
        let func = vm.new_native(f, 1)?;
        func.native_upvalues()[0] = state.to_value();
        vm.table_set_str(t, name, func.to_value())?;
    }
    Ok(())
}

macro_rules! unary {
    ($($name:ident => $f:expr;)*) => {$(
        fn $name(vm: &mut Vm) -> LuaResult<usize> {
            let x = vm.check_number(1)?;
            let f: fn(f64) -> f64 = $f;
            vm.push(Value::number(f(x)))?;
            Ok(1)
        }
    )*};
}

unary! {
    abs => f64::abs;
    acos => f64::acos;
    asin => f64::asin;
    atan => f64::atan;
    ceil => f64::ceil;
    cos => f64::cos;
    cosh => f64::cosh;
    deg => |x| x / (PI / 180.0);
    exp => f64::exp;
    floor => f64::floor;
    log => f64::ln;
    log10 => f64::log10;
    rad => |x| x * (PI / 180.0);
    sin => f64::sin;
    sinh => f64::sinh;
    sqrt => f64::sqrt;
    tan => f64::tan;
    tanh => f64::tanh;
}

macro_rules! binary {
    ($($name:ident => $f:expr;)*) => {$(
        fn $name(vm: &mut Vm) -> LuaResult<usize> {
            let x = vm.check_number(1)?;
            let y = vm.check_number(2)?;
            let f: fn(f64, f64) -> f64 = $f;
            vm.push(Value::number(f(x, y)))?;
            Ok(1)
        }
    )*};
}

binary! {
    atan2 => f64::atan2;
    // Rust's `%` on floats is C's fmod.
    fmod => |a, b| a % b;
    pow => f64::powf;
}

fn modf(vm: &mut Vm) -> LuaResult<usize> {
    let x = vm.check_number(1)?;
    let ip = x.trunc();
    // C's modf: the fraction has the sign of x (-5 gives -0).
    let fp = if x.is_infinite() {
        0.0f64.copysign(x)
    } else {
        (x - ip).copysign(x)
    };
    vm.push(Value::number(ip))?;
    vm.push(Value::number(fp))?;
    Ok(2)
}

fn frexp(vm: &mut Vm) -> LuaResult<usize> {
    let x = vm.check_number(1)?;
    let (m, e) = frexp_f64(x);
    vm.push(Value::number(m))?;
    vm.push(Value::num(e as f64))?;
    Ok(2)
}

fn ldexp(vm: &mut Vm) -> LuaResult<usize> {
    let x = vm.check_number(1)?;
    let e = vm.check_integer(2)?;
    let e = e.clamp(i32::MIN as i64, i32::MAX as i64) as i32;
    vm.push(Value::number(ldexp_f64(x, e)))?;
    Ok(1)
}

fn max(vm: &mut Vm) -> LuaResult<usize> {
    minmax(vm, |d, best| d > best)
}

fn min(vm: &mut Vm) -> LuaResult<usize> {
    minmax(vm, |d, best| d < best)
}

fn minmax(vm: &mut Vm, better: fn(f64, f64) -> bool) -> LuaResult<usize> {
    let n = vm.nargs();
    let mut best = vm.check_number(1)?;
    for i in 2..=n {
        let d = vm.check_number(i)?;
        if better(d, best) {
            best = d;
        }
    }
    vm.push(Value::number(best))?;
    Ok(1)
}

/// C's `frexp`: `x = m * 2^e` with `0.5 <= |m| < 1` (zero, infinities and NaN
/// are returned unchanged with exponent 0).
pub fn frexp_f64(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp_f64(x * f64::from_bits(0x4350_0000_0000_0000)); // 2^54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// C's `ldexp` (`scalbn`): `x * 2^e`, rounding once (as musl's scalbn does).
pub fn ldexp_f64(x: f64, e: i32) -> f64 {
    let p2 = |k: i32| f64::from_bits(((0x3ff + k) as u64) << 52);
    let mut y = x;
    let mut n = e;
    if n > 1023 {
        y *= p2(1023);
        n -= 1023;
        if n > 1023 {
            y *= p2(1023);
            n -= 1023;
            n = n.min(1023);
        }
    } else if n < -1022 {
        // Scale by 2^-1022 * 2^53 in steps so that subnormal results round once.
        y *= p2(-1022) * p2(53);
        n += 1022 - 53;
        if n < -1022 {
            y *= p2(-1022) * p2(53);
            n += 1022 - 53;
            n = n.max(-1022);
        }
    }
    y * p2(n)
}

// ------------------------------------------------------------------ random

/// LuaJIT's Tausworthe generator state.
pub struct RandomState {
    gen: [u64; 4],
}

impl RandomState {
    /// Seeds the generator as LuaJIT's `random_init` does.
    pub fn new(seed: f64) -> RandomState {
        let mut rs = RandomState { gen: [0; 4] };
        let mut r: u32 = 0x1109_0601; // 64-k[i] as four 8-bit constants
        let mut d = seed;
        for i in 0..4 {
            let m = 1u64 << (r & 255);
            r >>= 8;
            d = d * std::f64::consts::PI + std::f64::consts::E;
            let mut u = d.to_bits();
            if u < m {
                u += m; // the k[i] most significant bits must not all be zero
            }
            rs.gen[i] = u;
        }
        for _ in 0..10 {
            rs.step();
        }
        rs
    }

    /// One step; the result has the bit pattern of a double in [1, 2).
    pub fn step(&mut self) -> u64 {
        let mut r = 0u64;
        let mut gen = |i: usize, k: u32, q: u32, s: u32| {
            let mut z = self.gen[i];
            z = (((z << q) ^ z) >> (k - s)) ^ ((z & (u64::MAX << (64 - k))) << s);
            r ^= z;
            self.gen[i] = z;
        };
        gen(0, 63, 31, 18);
        gen(1, 58, 19, 28);
        gen(2, 55, 24, 7);
        gen(3, 47, 21, 8);
        (r & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000
    }

    /// A double in [0, 1).
    pub fn next_f64(&mut self) -> f64 {
        f64::from_bits(self.step()) - 1.0
    }
}

/// Runs `f` on the generator state held in the running native's upvalue.
fn with_state<R>(vm: &Vm, f: impl FnOnce(&mut RandomState) -> R) -> R {
    let u = vm
        .native_upvalue(0)
        .as_userdata()
        .expect("random keeps its state");
    let payload = u
        .body_mut()
        .payload
        .as_mut()
        .and_then(|p| p.downcast_mut::<RandomState>());
    f(payload.expect("random state payload"))
}

fn random(vm: &mut Vm) -> LuaResult<usize> {
    let d = with_state(vm, RandomState::next_f64);
    let r = match vm.nargs() {
        0 => d,
        1 => {
            let u = vm.check_integer(1)?;
            if u < 1 {
                return Err(vm.arg_error(1, "interval is empty"));
            }
            (d * u as f64).floor() + 1.0
        }
        2 => {
            let l = vm.check_integer(1)?;
            let u = vm.check_integer(2)?;
            if l > u {
                return Err(vm.arg_error(2, "interval is empty"));
            }
            (d * (u as f64 - l as f64 + 1.0)).floor() + l as f64
        }
        _ => return Err(vm.rt_error("wrong number of arguments")),
    };
    vm.push(Value::number(r))?;
    Ok(1)
}

fn randomseed(vm: &mut Vm) -> LuaResult<usize> {
    let seed = vm.check_number(1)?;
    with_state(vm, |rs| *rs = RandomState::new(seed));
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_and_ldexp_invert_each_other() {
        for x in [1.0, -3.0, 0.1, 1e300, 1e-310, 5e-324, f64::MAX, 123456.789] {
            let (m, e) = frexp_f64(x);
            assert!((0.5..1.0).contains(&m.abs()), "{x}: {m}");
            assert_eq!(ldexp_f64(m, e), x);
        }
        assert_eq!(frexp_f64(0.0), (0.0, 0));
        assert_eq!(frexp_f64(1e-310).1, -1029);
        assert_eq!(ldexp_f64(1.0, 1024), f64::INFINITY);
        assert_eq!(ldexp_f64(1.0, -1074), 5e-324);
        assert_eq!(ldexp_f64(1.0, -1080), 0.0);
        assert_eq!(ldexp_f64(1.0, -1075), 0.0); // ties to even
        assert_eq!(ldexp_f64(3.0, -1075), 1e-323); // 1.5 * 2^-1074 rounds to 2 * 2^-1074
        assert_eq!(
            ldexp_f64(f64::MIN_POSITIVE, 2000),
            f64::from_bits(((0x3ff + 978) as u64) << 52)
        );
    }

    #[test]
    fn random_matches_luajit() {
        // luajit -e 'print(string.format("%.17g", math.random()))' and after
        // math.randomseed(42).
        let mut rs = RandomState::new(0.0);
        assert_eq!(format!("{:.14}", rs.next_f64()), "0.79420629243124");
        let mut rs = RandomState::new(42.0);
        assert_eq!(format!("{:.14}", rs.next_f64()), "0.95607928791821");
    }
}
