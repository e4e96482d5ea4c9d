//! Areas group standards: the seven host parameters every business has, plus its own.

use super::{AreaId, Timestamp};
use serde::{Deserialize, Serialize};

/// The seven host parameters of the regional handbook. Every business has all seven;
/// their ids are fixed so that standards shared between businesses land in the same area.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HostParameter {
    KnowExpectations,
    GiveALittleMore,
    EasyToReach,
    CareSelling,
    CleanAndTidy,
    LastImpression,
    WowEffect,
}

impl HostParameter {
    pub const ALL: [HostParameter; 7] = [
        HostParameter::KnowExpectations,
        HostParameter::GiveALittleMore,
        HostParameter::EasyToReach,
        HostParameter::CareSelling,
        HostParameter::CleanAndTidy,
        HostParameter::LastImpression,
        HostParameter::WowEffect,
    ];

    pub fn area_id(self) -> AreaId {
        // Version-4-shaped constants, fixed forever: files from other businesses rely on them.
        AreaId::fixed(match self {
            HostParameter::KnowExpectations => 0x6b1e0c6a_2f0d_4c1e_9a01_000000000001,
            HostParameter::GiveALittleMore => 0x6b1e0c6a_2f0d_4c1e_9a01_000000000002,
            HostParameter::EasyToReach => 0x6b1e0c6a_2f0d_4c1e_9a01_000000000003,
            HostParameter::CareSelling => 0x6b1e0c6a_2f0d_4c1e_9a01_000000000004,
            HostParameter::CleanAndTidy => 0x6b1e0c6a_2f0d_4c1e_9a01_000000000005,
            HostParameter::LastImpression => 0x6b1e0c6a_2f0d_4c1e_9a01_000000000006,
            HostParameter::WowEffect => 0x6b1e0c6a_2f0d_4c1e_9a01_000000000007,
        })
    }
}

/// A group of standards. A built-in area takes its name from the UI language;
/// a business's own area has the name the business gave it.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Area {
    pub id: AreaId,
    /// Set for the seven built-in areas, which cannot be renamed or deleted.
    pub builtin: Option<HostParameter>,
    /// The business's own name; empty for built-in areas.
    pub name: String,
    pub order: u32,
    pub created: Timestamp,
    pub updated: Timestamp,
}

impl Area {
    pub fn builtin(parameter: HostParameter, order: u32, now: Timestamp) -> Self {
        Area {
            id: parameter.area_id(),
            builtin: Some(parameter),
            name: String::new(),
            order,
            created: now,
            updated: now,
        }
    }

    pub fn own(name: String, order: u32, now: Timestamp) -> Self {
        Area {
            id: AreaId::random(),
            builtin: None,
            name,
            order,
            created: now,
            updated: now,
        }
    }

    /// The seven built-in areas in the handbook's order: what a new database starts with.
    pub fn builtins(now: Timestamp) -> Vec<Area> {
        HostParameter::ALL
            .iter()
            .zip(0..)
            .map(|(&p, order)| Area::builtin(p, order, now))
            .collect()
    }

    /// Only a business's own areas can be renamed or deleted.
    pub fn is_own(&self) -> bool {
        self.builtin.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn seven_builtin_areas_with_distinct_fixed_version_4_ids() {
        let areas = Area::builtins(Timestamp::from_unix_millis(0.0));
        assert_eq!(areas.len(), 7);
        let ids: HashSet<_> = areas.iter().map(|a| a.id).collect();
        assert_eq!(ids.len(), 7);
        for area in &areas {
            let uuid = uuid::Uuid::parse_str(&area.id.to_string()).unwrap();
            assert_eq!(uuid.get_version_num(), 4, "{}", area.id);
            assert!(!area.is_own());
        }
        assert_eq!(
            areas.iter().map(|a| a.order).collect::<Vec<_>>(),
            (0..7).collect::<Vec<_>>()
        );
    }

    #[test]
    fn builtin_ids_never_change() {
        assert_eq!(
            HostParameter::WowEffect.area_id().to_string(),
            "6b1e0c6a-2f0d-4c1e-9a01-000000000007"
        );
    }
}
