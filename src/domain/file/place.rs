//! The place in a record that serde_json's error points at, as a path like `steps[2].say`.
//!
//! Records are read straight from their JSON text (the same code storage reads them
//! with, so the wasm carries it once). serde_json tells only how far into the text it
//! had read; this finds which value that was. `serde_path_to_error` did the same by
//! wrapping every deserializer, at about 25 KB of gzipped wasm and a third of the time
//! of reading a large library at start.

/// The path of the value that an error at byte `read` (serde_json's column, for a text
/// on one line) with serde's `message` is about. `.` is the whole text.
pub fn place_at(text: &str, read: usize, message: &str) -> String {
    let bytes = text.as_bytes();
    let byte = |i: usize| bytes.get(i).copied();
    let last = read.saturating_sub(1);
    // A choice (an enum) given neither text nor an object: serde_json names it at its
    // first byte, or, when the object naming the choice has a second key, stops after
    // the first key's value.
    if message == "expected value" {
        let (path, start) = innermost(bytes, last);
        let empty_object = byte(last) == Some(b'}') && byte(last.saturating_sub(1)) == Some(b'{');
        return if start == last || empty_object {
            path
        } else {
            innermost(bytes, read).0
        };
    }
    let index = match (byte(read), byte(last)) {
        // An object or a list where something else was expected, named unread.
        (Some(b'{' | b'['), _) => read,
        // An error serde_json placed only once the object or list around it had ended
        // (a choice named without its data, a date that is no date): about its last
        // value, unless about the object or list itself.
        (_, Some(b'}'))
            if !message.starts_with("missing field")
                && !message.starts_with("invalid value: map") =>
        {
            read.saturating_sub(2)
        }
        (_, Some(b']')) if !message.starts_with("invalid length") => read.saturating_sub(2),
        // Otherwise serde_json stops just after the value it could not use.
        _ => last,
    };
    innermost(bytes, index).0
}

/// The path of the innermost value whose bytes include `index`, and where it starts.
fn innermost(bytes: &[u8], index: usize) -> (String, usize) {
    let mut walker = Walker {
        bytes,
        at: 0,
        index,
        found: None,
    };
    let mut path = Vec::new();
    walker.value(&mut path);
    walker.found.unwrap_or_else(|| (".".to_string(), 0))
}

enum Segment {
    Key(String),
    Index(usize),
}

fn display(path: &[Segment]) -> String {
    if path.is_empty() {
        return ".".into();
    }
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }
    out
}

/// Walks well-formed JSON (what `serde_json::Value` writes), remembering the innermost
/// value whose bytes include `index`.
struct Walker<'a> {
    bytes: &'a [u8],
    at: usize,
    index: usize,
    found: Option<(String, usize)>,
}

impl Walker<'_> {
    fn value(&mut self, path: &mut Vec<Segment>) {
        self.skip_space();
        let start = self.at;
        match self.bytes.get(self.at) {
            Some(b'{') => self.object(path),
            Some(b'[') => self.list(path),
            Some(b'"') => self.string(),
            Some(_) => self.scalar(),
            None => return,
        }
        let end = self.at;
        // Inner values are walked first, so the first one found is the innermost.
        if self.found.is_none() && (start..end).contains(&self.index) {
            self.found = Some((display(path), start));
        }
    }

    fn object(&mut self, path: &mut Vec<Segment>) {
        self.at += 1;
        loop {
            self.skip_space();
            match self.bytes.get(self.at) {
                Some(b'}') | None => break,
                Some(b',') => self.at += 1,
                Some(_) => {
                    let key = self.key();
                    self.skip_space();
                    self.at += 1; // the colon
                    path.push(Segment::Key(key));
                    self.value(path);
                    path.pop();
                }
            }
            if self.found.is_some() {
                return;
            }
        }
        self.at += 1;
    }

    fn list(&mut self, path: &mut Vec<Segment>) {
        self.at += 1;
        let mut i = 0;
        loop {
            self.skip_space();
            match self.bytes.get(self.at) {
                Some(b']') | None => break,
                Some(b',') => self.at += 1,
                Some(_) => {
                    path.push(Segment::Index(i));
                    self.value(path);
                    path.pop();
                    i += 1;
                }
            }
            if self.found.is_some() {
                return;
            }
        }
        self.at += 1;
    }

    /// A key's text, unescaped as far as a path needs (keys this app writes are plain).
    fn key(&mut self) -> String {
        let start = self.at;
        self.string();
        let raw = std::str::from_utf8(&self.bytes[start..self.at]).unwrap_or_default();
        serde_json::from_str::<String>(raw).unwrap_or_else(|_| raw.trim_matches('"').to_string())
    }

    fn string(&mut self) {
        self.at += 1;
        while let Some(&byte) = self.bytes.get(self.at) {
            self.at += 1;
            match byte {
                b'\\' => self.at += 1,
                b'"' => return,
                _ => {}
            }
        }
    }

    fn scalar(&mut self) {
        while let Some(byte) = self.bytes.get(self.at) {
            if matches!(byte, b',' | b'}' | b']') || byte.is_ascii_whitespace() {
                return;
            }
            self.at += 1;
        }
    }

    fn skip_space(&mut self) {
        while self
            .bytes
            .get(self.at)
            .is_some_and(|byte| byte.is_ascii_whitespace())
        {
            self.at += 1;
        }
    }
}
