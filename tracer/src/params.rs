//! The JIT's tunable parameters and optimisation flags, with LuaJIT's names
//! and defaults, set by `-O` items and `jit.opt.start`.

/// Numeric parameters (LuaJIT's names and defaults).
#[derive(Clone, Debug)]
pub struct Params {
    /// Most traces at once.
    pub maxtrace: u32,
    /// Most IR instructions recorded per trace.
    pub maxrecord: u32,
    /// Most IR constants per trace.
    pub maxirconst: u32,
    /// Most side traces of one root trace.
    pub maxside: u32,
    /// Most snapshots per trace.
    pub maxsnap: u32,
    /// Iterations before a loop is hot.
    pub hotloop: u32,
    /// Exits before a side trace starts.
    pub hotexit: u32,
    /// Attempts to compile a side trace.
    pub tryside: u32,
    /// Unrolling limits (loops, calls, recursion, instructions).
    pub instunroll: u32,
    pub loopunroll: u32,
    pub callunroll: u32,
    pub recunroll: u32,
    /// Size of each machine code area and of all of them, in KB.
    pub sizemcode: u32,
    pub maxmcode: u32,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            maxtrace: 1000,
            maxrecord: 4000,
            maxirconst: 500,
            maxside: 100,
            maxsnap: 500,
            hotloop: 56,
            hotexit: 10,
            tryside: 4,
            instunroll: 4,
            loopunroll: 15,
            callunroll: 3,
            recunroll: 2,
            sizemcode: 64,
            maxmcode: 512,
        }
    }
}

const PARAM_NAMES: [&str; 14] = [
    "maxtrace",
    "maxrecord",
    "maxirconst",
    "maxside",
    "maxsnap",
    "hotloop",
    "hotexit",
    "tryside",
    "instunroll",
    "loopunroll",
    "callunroll",
    "recunroll",
    "sizemcode",
    "maxmcode",
];

impl Params {
    fn get_mut(&mut self, name: &str) -> Option<&mut u32> {
        Some(match name {
            "maxtrace" => &mut self.maxtrace,
            "maxrecord" => &mut self.maxrecord,
            "maxirconst" => &mut self.maxirconst,
            "maxside" => &mut self.maxside,
            "maxsnap" => &mut self.maxsnap,
            "hotloop" => &mut self.hotloop,
            "hotexit" => &mut self.hotexit,
            "tryside" => &mut self.tryside,
            "instunroll" => &mut self.instunroll,
            "loopunroll" => &mut self.loopunroll,
            "callunroll" => &mut self.callunroll,
            "recunroll" => &mut self.recunroll,
            "sizemcode" => &mut self.sizemcode,
            "maxmcode" => &mut self.maxmcode,
            _ => return None,
        })
    }
    pub fn names() -> &'static [&'static str] {
        &PARAM_NAMES
    }
}

/// Optimisation passes that can be switched on and off.
#[derive(Clone, Debug)]
pub struct Flags {
    pub fold: bool,
    pub cse: bool,
    pub dce: bool,
    pub narrow: bool,
    pub loop_: bool,
    pub fwd: bool,
    pub dse: bool,
    pub abc: bool,
    pub sink: bool,
    pub fuse: bool,
}

const FLAG_NAMES: [&str; 10] = [
    "fold", "cse", "dce", "narrow", "loop", "fwd", "dse", "abc", "sink", "fuse",
];

impl Default for Flags {
    fn default() -> Self {
        Flags::level(3)
    }
}

impl Flags {
    /// `-O0` .. `-O3`.
    pub fn level(n: u32) -> Flags {
        Flags {
            fold: n >= 1,
            cse: n >= 1,
            dce: n >= 1,
            narrow: n >= 2,
            loop_: n >= 2,
            fwd: n >= 3,
            dse: n >= 3,
            abc: n >= 3,
            sink: n >= 3,
            fuse: n >= 3,
        }
    }
    fn get_mut(&mut self, name: &str) -> Option<&mut bool> {
        Some(match name {
            "fold" => &mut self.fold,
            "cse" => &mut self.cse,
            "dce" => &mut self.dce,
            "narrow" => &mut self.narrow,
            "loop" => &mut self.loop_,
            "fwd" => &mut self.fwd,
            "dse" => &mut self.dse,
            "abc" => &mut self.abc,
            "sink" => &mut self.sink,
            "fuse" => &mut self.fuse,
            _ => return None,
        })
    }
    /// The names of the enabled flags (for `jit.status()`).
    pub fn names(&self) -> Vec<String> {
        let mut f = self.clone();
        FLAG_NAMES
            .iter()
            .filter(|n| *f.get_mut(n).expect("known flag"))
            .map(|n| n.to_string())
            .collect()
    }
}

/// Applies one `-O` item: a level (`2`), a flag (`+loop`, `-fold`, or just
/// `fold`), or a parameter (`hotloop=10`).
pub fn apply(params: &mut Params, flags: &mut Flags, item: &str) -> Result<(), String> {
    if let Ok(n) = item.parse::<u32>() {
        if n > 3 {
            return Err(format!("unknown optimisation level {item}"));
        }
        *flags = Flags::level(n);
        return Ok(());
    }
    if let Some((name, value)) = item.split_once('=') {
        let v: u32 = value
            .parse()
            .map_err(|_| format!("bad value for parameter {name}: {value}"))?;
        let p = params
            .get_mut(name)
            .ok_or_else(|| format!("unknown parameter {name}"))?;
        if name == "hotloop" && !(1..=32768).contains(&v) {
            return Err(format!("bad value for parameter {name}: {value}"));
        }
        *p = v;
        return Ok(());
    }
    let (on, name) = match item.as_bytes().first() {
        Some(b'+') => (true, &item[1..]),
        Some(b'-') => (false, &item[1..]),
        _ => (true, item),
    };
    let f = flags
        .get_mut(name)
        .ok_or_else(|| format!("unknown optimisation flag {name}"))?;
    *f = on;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_flags_and_parameters() {
        let (mut p, mut f) = (Params::default(), Flags::default());
        assert_eq!(f.names().len(), 10);
        apply(&mut p, &mut f, "1").unwrap();
        assert_eq!(f.names(), ["fold", "cse", "dce"]);
        apply(&mut p, &mut f, "+loop").unwrap();
        apply(&mut p, &mut f, "-fold").unwrap();
        assert_eq!(f.names(), ["cse", "dce", "loop"]);
        apply(&mut p, &mut f, "hotloop=7").unwrap();
        assert_eq!(p.hotloop, 7);
        assert!(apply(&mut p, &mut f, "nosuch=1").is_err());
        assert!(apply(&mut p, &mut f, "+nosuch").is_err());
        assert!(apply(&mut p, &mut f, "hotloop=x").is_err());
        assert!(apply(&mut p, &mut f, "9").is_err());
    }
}
