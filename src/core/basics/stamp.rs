//! [`Stamp`]: the moment a contact was created or last edited, held in 12 bytes (with "no
//! moment" for free) instead of the 24 of an optional `jiff::Timestamp`, with the same range and
//! nanosecond precision; it reads, compares, hashes and is saved exactly as a timestamp.

use jiff::Timestamp;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::num::NonZeroU32;

/// Nanoseconds are kept shifted by this much, so the stored value is never zero (which leaves
/// zero free for `Option::None`).
const NANOS_SHIFT: i32 = 1_000_000_000;

/// A timestamp in 12 bytes; `Option<Stamp>` is also 12 bytes.
#[derive(Clone, Copy)]
pub struct Stamp {
    /// Low half of the seconds since 1970-01-01T00:00:00Z.
    seconds_low: u32,
    /// High half of the seconds (signed).
    seconds_high: i32,
    /// The fractional nanoseconds (same sign as the seconds), plus [`NANOS_SHIFT`].
    nanos: NonZeroU32,
}

impl Stamp {
    /// The timestamp it holds.
    #[must_use]
    pub fn timestamp(self) -> Timestamp {
        let seconds = (i64::from(self.seconds_high) << 32) | i64::from(self.seconds_low);
        let nanos = i32::try_from(self.nanos.get()).unwrap_or(NANOS_SHIFT) - NANOS_SHIFT;
        // Built from a valid timestamp, so valid again; the fallback is never taken.
        Timestamp::new(seconds, nanos).unwrap_or(Timestamp::UNIX_EPOCH)
    }

    /// Now.
    #[must_use]
    pub fn now() -> Stamp {
        Stamp::from(Timestamp::now())
    }
}

impl From<Timestamp> for Stamp {
    fn from(t: Timestamp) -> Stamp {
        let seconds = t.as_second();
        // jiff keeps seconds within ±377,705,116,800 (years -9999 to 9999): 40 bits.
        let seconds_high = i32::try_from(seconds >> 32).unwrap_or(0);
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let seconds_low = seconds as u32;
        let shifted = t.subsec_nanosecond() + NANOS_SHIFT; // 1 ..= 1_999_999_999
        let nanos = u32::try_from(shifted)
            .ok()
            .and_then(NonZeroU32::new)
            .unwrap_or(NonZeroU32::MIN);
        Stamp {
            seconds_low,
            seconds_high,
            nanos,
        }
    }
}

impl From<Stamp> for Timestamp {
    fn from(s: Stamp) -> Timestamp {
        s.timestamp()
    }
}

impl PartialEq for Stamp {
    fn eq(&self, other: &Stamp) -> bool {
        self.timestamp() == other.timestamp()
    }
}

impl Eq for Stamp {}

impl PartialOrd for Stamp {
    fn partial_cmp(&self, other: &Stamp) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Stamp {
    fn cmp(&self, other: &Stamp) -> Ordering {
        self.timestamp().cmp(&other.timestamp())
    }
}

/// Hashes as the timestamp does (stored version hashes depend on it).
impl Hash for Stamp {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.timestamp().hash(state);
    }
}

impl fmt::Debug for Stamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.timestamp(), f)
    }
}

impl fmt::Display for Stamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.timestamp(), f)
    }
}

impl Serialize for Stamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.timestamp().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Stamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Timestamp::deserialize(deserializer).map(Stamp::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::DefaultHasher;

    fn hash_of(value: &impl Hash) -> u64 {
        let mut h = DefaultHasher::new();
        value.hash(&mut h);
        h.finish()
    }

    #[test]
    fn twelve_bytes_with_none_for_free() {
        assert_eq!(std::mem::size_of::<Stamp>(), 12);
        assert_eq!(std::mem::size_of::<Option<Stamp>>(), 12);
    }

    #[test]
    fn every_timestamp_comes_back_exactly() {
        let cases = [
            "2026-11-28T12:32:56.796032328Z",
            "1970-01-01T00:00:00Z",
            "1969-12-31T23:59:59.999999999Z",
            "1600-02-29T01:02:03.5Z",
        ];
        let mut timestamps: Vec<Timestamp> = cases
            .iter()
            .map(|text| text.parse().expect("timestamp"))
            .collect();
        timestamps.extend([Timestamp::MIN, Timestamp::MAX]);
        for t in timestamps {
            let text = t.to_string();
            let s = Stamp::from(t);
            assert_eq!(s.timestamp(), t, "{text}");
            assert_eq!(hash_of(&Some(s)), hash_of(&Some(t)), "{text}");
            assert_eq!(s.to_string(), t.to_string());
            let ron = ron::to_string(&s).expect("write");
            assert_eq!(ron, ron::to_string(&t).expect("write"));
            let back: Stamp = ron::from_str(&ron).expect("read");
            assert_eq!(back, s);
        }
        assert_eq!(hash_of(&None::<Stamp>), hash_of(&None::<Timestamp>));
    }

    #[test]
    fn orders_as_timestamps() {
        let earlier = Stamp::from("1969-12-31T23:59:59.5Z".parse::<Timestamp>().expect("t"));
        let later = Stamp::from("1970-01-01T00:00:00.25Z".parse::<Timestamp>().expect("t"));
        assert!(earlier < later);
        assert!(Some(earlier) > None);
        assert!(Stamp::now() > later);
    }
}
