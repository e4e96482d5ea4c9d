//! The part of Fluent the translations use, read from `.ftl` text: messages whose value
//! is text with variables (`{ $name }`) and selections on a variable by plural category
//! or exact number (`{ $count -> [one] … *[other] … }`), each variant on one line.
//!
//! Anything else is refused with the line it is on: build.rs reads every file with this
//! same code and stops the build, so a translation never goes missing at run time. A test
//! checks that every message reads exactly as Fluent itself formats it
//! (src/text/translations.rs). Pure: no browser, no dependencies (build.rs includes it).

/// One piece of a message's words.
#[derive(Debug, PartialEq)]
pub enum Part {
    Text(String),
    /// The value of the named variable.
    Arg(String),
    /// The first case whose key fits the variable's value, or the default case.
    Select {
        on: String,
        cases: Vec<(Key, Vec<Part>)>,
        default: usize,
    },
}

#[derive(Debug, PartialEq)]
pub enum Key {
    /// Exactly this number (`[1]`).
    Exactly(i64),
    /// The plural category "one": in English, Norwegian and Swedish, exactly 1.
    One,
    Other,
}

/// One message: the `Msg` variant name its id is made from ("search-matches" →
/// "SearchMatches"), and its words.
#[derive(Debug, PartialEq)]
pub struct Message {
    pub name: String,
    pub parts: Vec<Part>,
}

/// Why a file cannot be read, and where.
#[derive(Debug, PartialEq)]
pub struct FtlError {
    pub line: usize,
    pub problem: String,
}

impl std::fmt::Display for FtlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.problem)
    }
}

/// Every message of one file, sorted by name (for binary search).
pub fn parse(source: &str) -> Result<Vec<Message>, FtlError> {
    let lines: Vec<&str> = source.lines().collect();
    let mut messages: Vec<Message> = Vec::new();
    let mut at = 0;
    while at < lines.len() {
        let line = lines[at];
        if line.trim().is_empty() || line.starts_with('#') {
            at += 1;
            continue;
        }
        let first = at + 1;
        let refuse = |problem: &str| FtlError {
            line: first,
            problem: problem.to_string(),
        };
        if line.starts_with([' ', '\t']) {
            return Err(refuse("an indented line outside any message"));
        }
        let (id, rest) = line
            .split_once('=')
            .ok_or_else(|| refuse("expected `message-id = words`"))?;
        let id = id.trim();
        if id.starts_with('-') {
            return Err(refuse("terms (-name) are not supported"));
        }
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(refuse("a message id is letters, digits and dashes"));
        }
        let mut value = rest.to_string();
        at += 1;
        // Indented lines continue the value; so do lines beginning with `}`, `[` or `*`,
        // which cannot begin a message (a selection may close at the start of a line).
        while at < lines.len() && lines[at].starts_with([' ', '\t', '}', '[', '*']) {
            value.push('\n');
            value.push_str(lines[at]);
            at += 1;
        }
        let parts = Reader::new(&value, first).message()?;
        if parts.is_empty() {
            return Err(refuse("a message without words"));
        }
        messages.push(Message {
            name: variant_name(id),
            parts,
        });
    }
    messages.sort_by(|a, b| a.name.cmp(&b.name));
    if let Some(pair) = messages
        .windows(2)
        .find(|pair| pair[0].name == pair[1].name)
    {
        return Err(FtlError {
            line: 0,
            problem: format!("{} is defined twice", pair[0].name),
        });
    }
    Ok(messages)
}

/// "search-matches" → "SearchMatches".
fn variant_name(id: &str) -> String {
    id.split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Reads one message's value: the text after `=` and its indented lines.
struct Reader<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    line: usize,
}

impl<'a> Reader<'a> {
    fn new(value: &'a str, line: usize) -> Self {
        Reader {
            chars: value.chars().peekable(),
            line,
        }
    }

    fn refuse<T>(&self, problem: &str) -> Result<T, FtlError> {
        Err(FtlError {
            line: self.line,
            problem: problem.to_string(),
        })
    }

    fn next(&mut self) -> Option<char> {
        let c = self.chars.next();
        if c == Some('\n') {
            self.line += 1;
        }
        c
    }

    fn skip_blanks(&mut self) {
        while self.chars.next_if(|c| *c == ' ' || *c == '\t').is_some() {}
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.chars.peek(), Some(' ' | '\t' | '\n')) {
            self.next();
        }
    }

    /// The whole value: leading and trailing blanks are not part of the words; text
    /// may not run over several lines (Fluent would join them with line breaks).
    fn message(&mut self) -> Result<Vec<Part>, FtlError> {
        self.skip_whitespace();
        let mut parts = Vec::new();
        loop {
            self.pattern(&mut parts, false)?;
            match self.chars.peek() {
                None => break,
                Some('\n') => {
                    self.skip_whitespace();
                    if self.chars.peek().is_some() {
                        return self.refuse("words over several lines: write the message on one line, or as a selection");
                    }
                }
                Some(_) => return self.refuse("unexpected `}`"),
            }
        }
        trim_end(&mut parts);
        Ok(parts)
    }

    /// Text and placeables up to the end of the line (or of the value).
    fn pattern(&mut self, parts: &mut Vec<Part>, in_variant: bool) -> Result<(), FtlError> {
        let mut text = String::new();
        while let Some(&c) = self.chars.peek() {
            match c {
                '\n' => break,
                '}' => return self.refuse("a `}` that closes nothing"),
                '{' => {
                    if !text.is_empty() {
                        parts.push(Part::Text(std::mem::take(&mut text)));
                    }
                    self.next();
                    parts.push(self.placeable(in_variant)?);
                }
                _ => {
                    text.push(c);
                    self.next();
                }
            }
        }
        if !text.is_empty() {
            parts.push(Part::Text(text));
        }
        Ok(())
    }

    /// After `{`: a variable, or a selection on one.
    fn placeable(&mut self, in_variant: bool) -> Result<Part, FtlError> {
        self.skip_blanks();
        if self.next() != Some('$') {
            return self.refuse("only variables (`{ $name }`) may be placed in words");
        }
        let mut name = String::new();
        while let Some(c) = self
            .chars
            .next_if(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        {
            name.push(c);
        }
        if name.is_empty() {
            return self.refuse("a `$` without a variable name");
        }
        self.skip_blanks();
        match self.next() {
            Some('}') => Ok(Part::Arg(name)),
            Some('-') if self.chars.next_if_eq(&'>').is_some() => {
                if in_variant {
                    return self.refuse("a selection inside a selection");
                }
                self.select(name)
            }
            _ => self.refuse("expected `}` or `->` after the variable"),
        }
    }

    /// After `{ $name ->`: one variant per line, then `}`.
    fn select(&mut self, on: String) -> Result<Part, FtlError> {
        let mut cases = Vec::new();
        let mut default = None;
        loop {
            self.skip_whitespace();
            match self.next() {
                Some('}') => break,
                Some('*') if self.chars.next_if_eq(&'[').is_some() => {
                    if default.replace(cases.len()).is_some() {
                        return self.refuse("two default variants");
                    }
                }
                Some('[') => {}
                _ => return self.refuse("expected a variant (`[one] …`) or `}`"),
            }
            let mut key = String::new();
            while let Some(c) = self.chars.next_if(|c| *c != ']' && *c != '\n') {
                key.push(c);
            }
            if self.next() != Some(']') {
                return self.refuse("a variant key without `]`");
            }
            let key = match key.trim() {
                "one" => Key::One,
                "other" => Key::Other,
                number => match number.parse() {
                    Ok(n) => Key::Exactly(n),
                    Err(_) => return self.refuse("a variant key is one, other or a whole number"),
                },
            };
            self.skip_blanks();
            let mut words = Vec::new();
            self.pattern(&mut words, true)?;
            trim_end(&mut words);
            cases.push((key, words));
        }
        match default {
            Some(default) => Ok(Part::Select { on, cases, default }),
            None => self.refuse("a selection without a default variant (`*[other]`)"),
        }
    }
}

/// Trailing blanks at the end of a line are not part of the words.
fn trim_end(parts: &mut Vec<Part>) {
    if let Some(Part::Text(text)) = parts.last_mut() {
        let kept = text.trim_end().len();
        text.truncate(kept);
        if text.is_empty() {
            parts.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_text_variables_and_selections() {
        let source = "# comment\nsearch-matches =\n    { $count ->\n        [one] 1 match.\n       *[other] { $count } matches.\n    }\nmonth-label = { $month ->\n    [1] January\n   *[12] December\n} { $year }\n";
        let messages = parse(source).unwrap();
        assert_eq!(messages[0].name, "MonthLabel");
        assert_eq!(messages[1].name, "SearchMatches");
        assert!(matches!(&messages[0].parts[1], Part::Text(t) if t == " "));
        assert!(matches!(&messages[0].parts[2], Part::Arg(a) if a == "year"));
        let Part::Select { on, cases, default } = &messages[1].parts[0] else {
            panic!("a selection");
        };
        assert_eq!((on.as_str(), cases.len(), *default), ("count", 2, 1));
        assert_eq!(cases[1].1[0], Part::Arg("count".into()));
    }

    #[test]
    fn refuses_what_it_cannot_read_naming_the_line() {
        let refused = |source: &str| parse(source).unwrap_err().line;
        assert_eq!(refused("a = fine\nb = { -term }\n"), 2);
        assert_eq!(refused("a = one line\n    and another\n"), 2);
        assert_eq!(refused("a = { $n ->\n    [one] x\n    [other] y\n}\n"), 4);
        assert_eq!(refused("a = { $n ->\n   *[few] x\n}\n"), 2);
        assert_eq!(refused("a = { NUMBER($n) }\n"), 1);
        assert!(parse("a = x\na = y\n").is_err());
    }
}
