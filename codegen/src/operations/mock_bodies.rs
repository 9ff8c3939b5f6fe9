//! Canned success bodies for `dfns::mock`: one JSON value per operation,
//! built from the operation's (merged) `2XX` response schema so that it
//! decodes into the generated response type.
//!
//! The value is the smallest one the schema accepts, made readable: required
//! properties only, one item per array (or `minItems`), the first enum value
//! or `oneOf`/`anyOf` alternative, strings that match their `pattern` and
//! length bounds (a plain string holds its property's name), numbers at
//! their lower bound. `dfns`'s own tests decode every canned body with the
//! generated types, so a construct this misses shows up there.

use regex_syntax::hir::{Class, Hir, HirKind};
use serde_json::{Map, Value};

use crate::diagnostics::child;
use crate::document::webhook_events::WebhookEvent;
use crate::operations::Operation;

/// `(operation name, canned body)`, in the order of `operations`; `None`
/// when the success response has no JSON body.
pub fn canned_responses(doc: &Value, operations: &[Operation]) -> Vec<(String, Option<Value>)> {
    operations
        .iter()
        .map(|op| {
            let pointer = [
                child("/paths", &op.path),
                op.method.to_ascii_lowercase(),
                "responses/2XX/content/application~1json/schema".into(),
            ]
            .join("/");
            let body = doc
                .pointer(&pointer)
                .and_then(|schema| Sampler::new(doc).sample(schema, "value"));
            (op.name.clone(), body)
        })
        .collect()
}

/// `(event kind, canned data)` for each webhook event: a value its `data`
/// schema accepts, for the mock's deliveries and tests.
pub fn canned_event_data(doc: &Value, events: &[WebhookEvent]) -> Vec<(String, Option<Value>)> {
    events
        .iter()
        .map(|event| {
            let schema = doc.pointer(&child("/components/schemas", &event.data_type));
            let mut data = schema.and_then(|schema| Sampler::new(doc).sample(schema, "data"));
            if let (Some(Value::Object(fields)), Some(schema)) = (&mut data, schema) {
                status_of_the_kind(doc, schema, &event.kind, fields);
            }
            (event.kind.clone(), data)
        })
        .collect()
}

/// An event says what happened (`wallet.transfer.confirmed`): the entity
/// it carries gets that status (`Confirmed`) when its schema lists it,
/// rather than the sample's first one (`Pending`).
fn status_of_the_kind(doc: &Value, schema: &Value, kind: &str, fields: &mut Map<String, Value>) {
    let last = kind.rsplit('.').next().unwrap_or_default();
    let mut chars = last.chars();
    let Some(first) = chars.next() else {
        return;
    };
    let status = first.to_uppercase().collect::<String>() + chars.as_str();
    let resolve = crate::document::resolve;
    let properties = resolve(doc, schema)
        .get("properties")
        .and_then(Value::as_object);
    for (name, property) in properties.into_iter().flatten() {
        let listed = resolve(doc, property)
            .pointer("/properties/status")
            .map(|s| resolve(doc, s))
            .and_then(|s| s.get("enum"))
            .and_then(Value::as_array)
            .is_some_and(|values| values.iter().any(|v| v.as_str() == Some(status.as_str())));
        if let (true, Some(Value::Object(entity))) = (listed, fields.get_mut(name)) {
            entity.insert("status".into(), Value::String(status.clone()));
        }
    }
}

/// Renders `dfns::mock`'s tables, each sorted by name:
/// `CANNED: &[(&str, &str)]` (JSON text, `""` for no body),
/// `DECODERS: &[(&str, Decoder)]`, one `decodes_as::<T>` per JSON body
/// type (`response_types`, from the generated code), and
/// `CANNED_EVENT_DATA: &[(&str, &str)]` (by event kind).
pub fn render(
    canned: &[(String, Option<Value>)],
    response_types: &[(String, String)],
    event_data: &[(String, Option<Value>)],
) -> String {
    let mut canned: Vec<_> = canned.iter().collect();
    canned.sort_by(|a, b| a.0.cmp(&b.0));
    let mut types: Vec<_> = response_types.iter().collect();
    types.sort();
    let mut out = String::from("pub(super) static CANNED: &[(&str, &str)] = &[\n");
    for (name, body) in canned {
        let json = body.as_ref().map(Value::to_string).unwrap_or_default();
        out += &format!("    ({name:?}, {json:?}),\n");
    }
    out += "];\npub(super) static DECODERS: &[(&str, super::Decoder)] = &[\n";
    for (name, ty) in types {
        out += &format!("    ({name:?}, super::decodes_as::<{ty}>),\n");
    }
    out += "];\npub(super) static CANNED_EVENT_DATA: &[(&str, &str)] = &[\n";
    let mut event_data: Vec<_> = event_data.iter().collect();
    event_data.sort_by(|a, b| a.0.cmp(&b.0));
    for (kind, data) in event_data {
        let json = data.as_ref().map(Value::to_string).unwrap_or_default();
        out += &format!("    ({kind:?}, {json:?}),\n");
    }
    out + "];\n"
}

/// Deepest `$ref` nesting followed; deeper (or cyclic) branches are left out.
const MAX_DEPTH: usize = 24;

struct Sampler<'a> {
    doc: &'a Value,
    /// The `$ref`s being expanded, to stop at cycles.
    expanding: Vec<&'a str>,
}

impl<'a> Sampler<'a> {
    fn new(doc: &'a Value) -> Self {
        Sampler {
            doc,
            expanding: Vec::new(),
        }
    }

    /// A value `schema` accepts, or `None` if every way to build one runs
    /// into a cycle. `hint` is the property name, used for plain strings.
    fn sample(&mut self, schema: &'a Value, hint: &str) -> Option<Value> {
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            if self.expanding.contains(&reference) || self.expanding.len() >= MAX_DEPTH {
                return None;
            }
            let target = self.doc.pointer(reference.strip_prefix('#')?)?;
            self.expanding.push(reference);
            let value = self.sample(target, hint);
            self.expanding.pop();
            return value;
        }
        if let Some(first) = schema.get("enum").and_then(Value::as_array).and_then(|e| {
            // A nullable enum lists `null`; a real value reads better.
            e.iter().find(|v| !v.is_null()).or(e.first())
        }) {
            return Some(first.clone());
        }
        if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
            let mut merged = self.object(schema)?;
            for part in parts {
                match self.sample(part, hint)? {
                    Value::Object(fields) => merged.extend(fields),
                    // A part without a type (`{description: …}`) adds nothing.
                    Value::Null => {}
                    // `allOf: [{$ref: SomeEnum}, {description}]`: that value.
                    scalar => return Some(scalar),
                }
            }
            return Some(Value::Object(merged));
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(alternatives) = schema.get(key).and_then(Value::as_array) {
                return alternatives.iter().find_map(|a| self.sample(a, hint));
            }
        }
        let ty = schema.get("type").and_then(Value::as_str);
        match ty {
            Some("string") => Some(Value::String(string_sample(schema, hint))),
            Some("integer") | Some("number") => Some(number_sample(schema, ty == Some("integer"))),
            Some("boolean") => Some(Value::Bool(false)),
            Some("array") => {
                let bound = |k: &str| schema.get(k).and_then(Value::as_u64);
                let count = bound("minItems")
                    .unwrap_or(1)
                    .max(1)
                    .min(bound("maxItems").unwrap_or(u64::MAX));
                let item = schema.get("items").and_then(|i| self.sample(i, hint));
                Some(Value::Array(match item {
                    Some(item) => vec![item; count as usize],
                    // An array of a cyclic type can still be empty.
                    None => Vec::new(),
                }))
            }
            Some("object") => self.object(schema).map(Value::Object),
            _ if schema.get("properties").is_some() => self.object(schema).map(Value::Object),
            // No type: any JSON value is accepted.
            _ => Some(Value::Null),
        }
    }

    /// The schema's required properties, sampled.
    fn object(&mut self, schema: &'a Value) -> Option<Map<String, Value>> {
        let mut fields = Map::new();
        let properties = schema.get("properties").and_then(Value::as_object);
        let required = schema.get("required").and_then(Value::as_array);
        for name in required.into_iter().flatten().filter_map(Value::as_str) {
            if let Some(property) = properties.and_then(|p| p.get(name)) {
                fields.insert(name.to_owned(), self.sample(property, name)?);
            }
        }
        Some(fields)
    }
}

fn string_sample(schema: &Value, hint: &str) -> String {
    let bound = |k: &str| schema.get(k).and_then(Value::as_u64).map(|n| n as usize);
    let (min, max) = (bound("minLength").unwrap_or(0), bound("maxLength"));
    let pattern = schema.get("pattern").and_then(Value::as_str);
    // The document's own example, when it fits its schema. Formatted
    // strings (date-time…) keep the fixed samples below, which the
    // generated types are known to parse.
    if let Some(example) = schema.get("example").and_then(Value::as_str) {
        let length = example.chars().count();
        let fits = length >= min
            && max.is_none_or(|m| length <= m)
            && schema.get("format").is_none()
            && pattern.is_none_or(|p| regex::Regex::new(p).is_ok_and(|r| r.is_match(example)));
        if fits {
            return example.to_owned();
        }
    }
    if let Some(pattern) = pattern {
        if let Some(s) = pattern_sample(pattern, min, max) {
            return s;
        }
    }
    let mut text = match schema.get("format").and_then(Value::as_str) {
        Some("date-time") => "2026-01-01T00:00:00Z".to_owned(),
        Some("date") => "2026-01-01".to_owned(),
        Some("email") => "user@example.com".to_owned(),
        Some("uri") | Some("url") => "https://example.com".to_owned(),
        Some("uuid") => "00000000-0000-4000-8000-000000000000".to_owned(),
        _ => hint.to_owned(),
    };
    while text.chars().count() < min {
        text.push('x');
    }
    if let Some(max) = max {
        text = text.chars().take(max).collect();
    }
    text
}

fn number_sample(schema: &Value, integer: bool) -> Value {
    let exclusive = |k: &str| schema.get(k).and_then(Value::as_bool).unwrap_or(false);
    let step = if integer { 1.0 } else { 0.5 };
    let mut n = match schema.get("minimum").and_then(Value::as_f64) {
        Some(min) if exclusive("exclusiveMinimum") => min + step,
        Some(min) => min,
        None => 0.0,
    };
    if let Some(max) = schema.get("maximum").and_then(Value::as_f64) {
        if n > max || (n == max && exclusive("exclusiveMaximum")) {
            n = if exclusive("exclusiveMaximum") {
                max - step
            } else {
                max
            };
        }
    }
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        Value::from(n as i64)
    } else {
        Value::from(n)
    }
}

/// A string that `pattern` matches, with a length in `min..=max`: each
/// repetition is taken its minimum number of times plus a growing extra
/// until the length fits.
fn pattern_sample(pattern: &str, min: usize, max: Option<usize>) -> Option<String> {
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    [0, 1, 2, 4, 8, 16, 32, 64, 128]
        .into_iter()
        .find_map(|extra| {
            let mut text = String::new();
            write_match(&hir, extra, &mut text)?;
            let length = text.chars().count();
            (length >= min && max.is_none_or(|m| length <= m)).then_some(text)
        })
}

fn write_match(hir: &Hir, extra: u32, out: &mut String) -> Option<()> {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => {}
        HirKind::Literal(literal) => out.push_str(std::str::from_utf8(&literal.0).ok()?),
        HirKind::Class(Class::Unicode(class)) => {
            let ranges = class.ranges();
            let contains = |c: char| ranges.iter().any(|r| r.start() <= c && c <= r.end());
            // Prefer a letter or digit to the class's first character (often `-`).
            let pick = ['a', '0', 'A', 'x']
                .into_iter()
                .find(|c| contains(*c))
                .or(ranges.first().map(|r| r.start()))?;
            out.push(pick);
        }
        HirKind::Class(Class::Bytes(class)) => {
            out.push(char::from(class.ranges().first()?.start()).to_ascii_lowercase())
        }
        HirKind::Repetition(repetition) => {
            let times = repetition
                .min
                .saturating_add(extra)
                .min(repetition.max.unwrap_or(u32::MAX));
            for _ in 0..times {
                write_match(&repetition.sub, extra, out)?;
            }
        }
        HirKind::Capture(capture) => write_match(&capture.sub, extra, out)?,
        HirKind::Concat(parts) => {
            for part in parts {
                write_match(part, extra, out)?;
            }
        }
        HirKind::Alternation(alternatives) => write_match(alternatives.first()?, extra, out)?,
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sample(schema: Value, components: Value) -> Option<Value> {
        let doc = json!({"components": {"schemas": components}});
        Sampler::new(&doc).sample(&schema, "name")
    }

    #[test]
    fn objects_hold_their_required_properties_only() {
        let schema = json!({"type": "object", "required": ["id", "count"], "properties": {
            "id": {"type": "string"},
            "count": {"type": "integer", "minimum": 0, "exclusiveMinimum": true},
            "note": {"type": "string"}
        }});
        assert_eq!(
            sample(schema, json!({})),
            Some(json!({"id": "id", "count": 1}))
        );
    }

    #[test]
    fn refs_enums_alternatives_and_arrays() {
        let components = json!({
            "Status": {"type": "string", "enum": ["Active", "Archived"]},
            "Item": {"type": "object", "required": ["status"], "properties": {"status": {"$ref": "#/components/schemas/Status"}}}
        });
        let schema = json!({"type": "object", "required": ["items", "when"], "properties": {
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
            "when": {"oneOf": [{"type": "string", "format": "date-time"}, {"type": "integer"}]}
        }});
        assert_eq!(
            sample(schema, components),
            Some(json!({"items": [{"status": "Active"}], "when": "2026-01-01T00:00:00Z"}))
        );
    }

    #[test]
    fn cycles_end_in_empty_arrays() {
        let components = json!({"Node": {"type": "object", "required": ["children"], "properties": {
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}
        }}});
        assert_eq!(
            sample(json!({"$ref": "#/components/schemas/Node"}), components),
            Some(json!({"children": []}))
        );
    }

    #[test]
    fn all_of_merges_its_parts() {
        let schema = json!({"allOf": [
            {"type": "object", "required": ["a"], "properties": {"a": {"type": "boolean"}}},
            {"type": "object", "required": ["b"], "properties": {"b": {"type": "number", "minimum": 2.5}}}
        ]});
        assert_eq!(
            sample(schema, json!({})),
            Some(json!({"a": false, "b": 2.5}))
        );
    }

    #[test]
    fn strings_match_patterns_and_lengths() {
        let cases = [
            ("^\\d+$", 0, None),
            ("^(0x)?([0-9a-fA-F][0-9a-fA-F])*$", 1, None),
            ("wa-[a-z0-9]{5}-[a-z0-9]{5}-[a-z0-9]{14,16}", 0, None),
            ("^(G[A-Z0-9]{55}|M[A-Z0-9]{68})$", 0, None),
            ("^(?:[A-Za-z0-9\\-_]{48}|\\d+:[a-fA-F0-9]{64})$", 0, None),
            ("^[a-zA-Z0-9_.:/+-]{1,100}$", 3, Some(10)),
        ];
        for (pattern, min, max) in cases {
            let text = pattern_sample(pattern, min, max).unwrap();
            assert!(
                text.len() >= min && max.is_none_or(|m| text.len() <= m),
                "{pattern}: {text}"
            );
            // regress is the engine typify's generated types validate with.
            let regex = regress::Regex::new(pattern).unwrap();
            assert!(regex.find(&text).is_some(), "{pattern}: {text}");
        }
        assert_eq!(
            pattern_sample("^0x[0-9a-fA-F]{4}$", 0, None).unwrap(),
            "0xaaaa"
        );
    }

    #[test]
    fn plain_strings_respect_their_length_bounds() {
        let s = |schema| string_sample(&schema, "id");
        assert_eq!(s(json!({"minLength": 4})), "idxx");
        assert_eq!(s(json!({"maxLength": 1})), "i");
        assert_eq!(s(json!({"format": "email"})), "user@example.com");
    }

    #[test]
    fn examples_are_used_when_they_fit() {
        let s = |schema| string_sample(&schema, "id");
        let id = json!({"pattern": "wa-[a-z0-9]{5}", "example": "wa-5pfuu"});
        assert_eq!(s(id), "wa-5pfuu");
        for misfit in [
            json!({"pattern": "^wa-[a-z0-9]{5}$", "example": "key-1"}),
            json!({"maxLength": 2, "example": "long"}),
            json!({"format": "date-time", "example": "2023-04-14 20:41:28"}),
        ] {
            assert_ne!(s(misfit.clone()), misfit["example"], "{misfit}");
        }
    }

    #[test]
    fn numbers_stay_inside_their_bounds() {
        let n = |schema| number_sample(&schema, true);
        assert_eq!(n(json!({"minimum": 10, "maximum": 20})), json!(10));
        assert_eq!(n(json!({"maximum": -5})), json!(-5));
        assert_eq!(
            n(json!({"maximum": 0, "exclusiveMaximum": true})),
            json!(-1)
        );
        assert_eq!(number_sample(&json!({"minimum": 0.25}), false), json!(0.25));
    }
}
