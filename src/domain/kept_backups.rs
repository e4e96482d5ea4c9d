//! The backups the app keeps on the device before "replace everything": the last three,
//! each under a key that says when it was made, so that a replace that was a mistake can
//! be undone even after another replace.

use super::Timestamp;
use crate::domain::sorting;

/// How many are kept; a new one pushes the oldest out.
pub const KEPT: usize = 3;

/// The one key builds before December 2026 kept their single backup under. It sorts
/// before every dated key, so it counts as the oldest.
pub const EARLIER_KEY: &str = "before_replace";

/// The key of a backup made at `made`: `before_replace/` and the milliseconds since 1970,
/// padded so keys sort by time.
pub fn key_for(made: Timestamp) -> String {
    format!("{EARLIER_KEY}/{:015}", made.unix_millis().max(0))
}

/// When the backup under `key` was made; `None` for the undated key of earlier builds.
pub fn made(key: &str) -> Option<Timestamp> {
    let millis: i64 = key
        .strip_prefix(EARLIER_KEY)?
        .strip_prefix('/')?
        .parse()
        .ok()?;
    Some(Timestamp::from_unix_millis(millis as f64))
}

/// A kept backup's text without the contact details of the complaints in `expired`
/// (their keeping time is over); `None` when it holds none of them, or cannot be read.
/// Written compactly: any JSON reads back.
pub fn without_contacts(
    text: &str,
    expired: &std::collections::HashSet<crate::domain::ComplaintId>,
) -> Option<String> {
    let mut file: serde_json::Value =
        serde_json::from_str(text.trim_start_matches('\u{feff}')).ok()?;
    let complaints = file
        .get_mut("data")?
        .get_mut("complaints")?
        .as_array_mut()?;
    let mut changed = false;
    for complaint in complaints.iter_mut().filter_map(|c| c.as_object_mut()) {
        let listed = complaint
            .get("id")
            .and_then(|id| id.as_str())
            .and_then(|id| id.parse().ok())
            .is_some_and(|id| expired.contains(&id));
        if listed && complaint.contains_key("contact") {
            complaint.remove("contact");
            complaint.remove("consent");
            changed = true;
        }
    }
    changed.then(|| file.to_string())
}

/// Kept backups' keys, newest first.
pub fn newest_first(keys: &[String]) -> Vec<String> {
    let mut keys: Vec<String> = keys
        .iter()
        .filter(|k| k.starts_with(EARLIER_KEY))
        .cloned()
        .collect();
    sorting::sort_by(&mut keys, Ord::cmp);
    keys.reverse();
    keys
}

/// Before one more is kept: the keys to delete so that, with the new one, [`KEPT`] remain.
pub fn to_drop(existing: &[String]) -> Vec<String> {
    newest_first(existing).into_iter().skip(KEPT - 1).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_newest_three_stay_and_the_undated_one_counts_as_oldest() {
        let t = |ms: f64| Timestamp::from_unix_millis(ms);
        let keys = vec![
            key_for(t(3.0e12)),
            EARLIER_KEY.to_string(),
            key_for(t(1.0e12)),
            key_for(t(2.0e12)),
        ];
        assert_eq!(made(&keys[0]), Some(t(3.0e12)));
        assert_eq!(made(EARLIER_KEY), None);
        assert_eq!(
            newest_first(&keys),
            vec![
                keys[0].clone(),
                keys[3].clone(),
                keys[2].clone(),
                keys[1].clone()
            ]
        );
        // Two stay beside the new one: the 2.0e12 and 3.0e12 ones.
        assert_eq!(to_drop(&keys), vec![keys[2].clone(), keys[1].clone()]);
        assert!(to_drop(&keys[..2]).is_empty());
    }

    #[test]
    fn a_kept_backup_loses_only_the_expired_contact_details() {
        use crate::domain::ComplaintId;
        let (gone, kept) = (ComplaintId::random(), ComplaintId::random());
        let text = format!(
            r#"{{"format":"vertskap","data":{{"complaints":[
                {{"id":"{gone}","said":"Cold soup","contact":"ola@example.no","consent":true}},
                {{"id":"{kept}","said":"Slow","contact":"kari@example.no","consent":true}}]}}}}"#
        );
        let expired = [gone].into_iter().collect();
        let out = without_contacts(&text, &expired).unwrap();
        assert!(!out.contains("ola@example.no"));
        assert!(out.contains("kari@example.no") && out.contains("Cold soup"));
        assert_eq!(
            without_contacts(&out, &expired),
            None,
            "nothing more to take"
        );
        assert_eq!(without_contacts("not json", &expired), None);
    }
}
