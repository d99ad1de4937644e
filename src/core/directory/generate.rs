//! Deterministic generated contacts for benchmarks and scale tests: the same `n` and `seed`
//! always give the same directory. Names and places are made up and obviously fake.

use crate::core::basics::sparse_text::SparseText;
use crate::core::directory::contact::{
    Address, Category, Contact, Cost, NM_COUNTIES, Phone, PhoneKind, Text,
};

/// A tiny deterministic pseudo-random generator (xorshift64*), enough for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        #[allow(clippy::cast_possible_truncation, reason = "modulo a slice length")]
        let i = (self.next() % items.len() as u64) as usize;
        &items[i]
    }
}

const WORDS: [&str; 16] = [
    "Community",
    "Legal",
    "Centro",
    "Unidos",
    "Familia",
    "Derechos",
    "Immigrant",
    "Justice",
    "Mesa",
    "Frontera",
    "Esperanza",
    "Valley",
    "Acción",
    "Servicios",
    "Rights",
    "Puente",
];
const KINDS: [&str; 6] = [
    "Center",
    "Project",
    "Clinic",
    "Network",
    "Coalition",
    "Office",
];
const CITIES: [&str; 8] = [
    "Albuquerque",
    "Las Cruces",
    "Santa Fe",
    "Farmington",
    "Roswell",
    "Gallup",
    "Deming",
    "Española",
];
const SERVICES: [&str; 6] = [
    "deportation defense",
    "DACA renewals",
    "know your rights",
    "asylum",
    "U visas",
    "family petitions",
];

/// `n` generated contacts with unique ids `gen-0`, `gen-1`, ….
#[must_use]
pub fn contacts(n: usize, seed: u64) -> Vec<Contact> {
    let mut rng = Rng(seed.max(1));
    (0..n)
        .map(|i| {
            let name = format!(
                "{} {} {} {i}",
                rng.pick(&WORDS),
                rng.pick(&WORDS),
                rng.pick(&KINDS)
            );
            let area = rng.pick(&["505", "575"]);
            let number = format!("{area}-555-{:04}", rng.next() % 10_000);
            Contact {
                id: format!("gen-{i}").into(),
                name: name.into(),
                category: *rng.pick(&Category::ALL),
                description: format!("Serves families in {}.", rng.pick(&CITIES)).into(),
                services: thin_vec::thin_vec![Text::from(*rng.pick(&SERVICES))],
                phones: smallvec::smallvec![Phone {
                    number: number.into(),
                    kind: PhoneKind::Voice,
                    label: SparseText::default(),
                }],
                email: format!("info{i}@example.org").into(),
                website: format!("https://example.org/{i}").into(),
                address: Address {
                    street: format!("{} Main St", rng.next() % 9000 + 100).into(),
                    city: Text::from(*rng.pick(&CITIES)),
                    state: "NM".into(),
                    zip: format!("87{:03}", rng.next() % 1000).into(),
                },
                counties: smallvec::smallvec![Text::from(*rng.pick(&NM_COUNTIES))],
                languages: thin_vec::thin_vec![
                    "en".into(),
                    Text::from(*rng.pick(&["es", "vi", "ar", "nv"])),
                ],
                hours: "Mon–Fri 9:00–17:00".into(),
                cost: *rng.pick(&Cost::ALL),
                notes: SparseText::default(),
                source: "generated test data".into(),
                verified_on: None,
                created_at: None,
                updated_at: None,
                updated_by: Text::default(),
                ..Contact::default()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn generation_is_deterministic() {
        assert_eq!(super::contacts(50, 7), super::contacts(50, 7));
        assert_ne!(super::contacts(50, 7), super::contacts(50, 8));
    }
}
