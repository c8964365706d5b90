//! Posting lists as text: gaps between document numbers, each a LEB128 varint (most gaps fit
//! in one byte), written as unpadded base64url. About a third of the size of a JSON array.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Encodes increasing document numbers.
pub fn encode(ids: &[u32]) -> String {
    let mut bytes = Vec::with_capacity(ids.len() + 4);
    let mut previous = 0;
    for &id in ids {
        let mut gap = id - previous;
        previous = id;
        loop {
            let low = (gap & 0x7f) as u8;
            gap >>= 7;
            if gap == 0 {
                bytes.push(low);
                break;
            }
            bytes.push(low | 0x80);
        }
    }
    let mut text = String::with_capacity(bytes.len() * 4 / 3 + 3);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            text.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    text
}

/// Decodes what [`encode`] wrote; `None` if the text is not such a list.
pub fn decode(text: &str) -> Option<Vec<u32>> {
    let mut bytes = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        if chunk.len() == 1 {
            return None;
        }
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            let value = match c {
                b'A'..=b'Z' => c - b'A',
                b'a'..=b'z' => c - b'a' + 26,
                b'0'..=b'9' => c - b'0' + 52,
                b'-' => 62,
                b'_' => 63,
                _ => return None,
            };
            n |= u32::from(value) << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            bytes.push((n >> (16 - 8 * i)) as u8);
        }
    }
    let mut ids = Vec::with_capacity(bytes.len());
    let (mut current, mut gap, mut shift) = (0u32, 0u32, 0u32);
    for byte in bytes {
        gap |= u32::from(byte & 0x7f).checked_shl(shift)?;
        if byte & 0x80 == 0 {
            current = current.checked_add(gap)?;
            ids.push(current);
            gap = 0;
            shift = 0;
        } else {
            shift += 7;
        }
    }
    (shift == 0).then_some(ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_lists_of_any_size() {
        for ids in [
            vec![],
            vec![0],
            vec![5],
            vec![1, 2, 3, 200, 70_000, 70_001, 4_000_000_000],
            (0..1000).map(|n| n * 7).collect(),
        ] {
            assert_eq!(decode(&encode(&ids)), Some(ids.clone()), "{ids:?}");
        }
    }

    #[test]
    fn small_gaps_cost_a_byte_and_a_third() {
        let ids: Vec<u32> = (0..300).collect();
        assert_eq!(encode(&ids).len(), 400);
    }

    #[test]
    fn refuses_what_it_did_not_write() {
        assert_eq!(decode("A"), None);
        assert_eq!(decode("!!!!"), None);
        assert_eq!(decode("gA"), None, "a varint cut short");
    }
}
