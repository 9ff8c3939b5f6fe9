//! Tag features decide which operations exist. Runs under any feature set
//! and spec: CI also runs it on the full API with only `auth` enabled.

/// (tag, feature enabled in this build) for every tag feature the manifest declares.
const TAG_FEATURES: &[(&str, bool)] = &[
    ("Agreements", cfg!(feature = "agreements")),
    ("Auth", cfg!(feature = "auth")),
    ("Exchanges", cfg!(feature = "exchanges")),
    ("Fee Sponsors", cfg!(feature = "fee_sponsors")),
    ("Keys", cfg!(feature = "keys")),
    ("Networks", cfg!(feature = "networks")),
    ("Permissions", cfg!(feature = "permissions")),
    ("Policies", cfg!(feature = "policies")),
    ("Signers", cfg!(feature = "signers")),
    ("Staking", cfg!(feature = "staking")),
    ("Swaps", cfg!(feature = "swaps")),
    ("Wallets", cfg!(feature = "wallets")),
    ("Webhooks", cfg!(feature = "webhooks")),
    ("Yields", cfg!(feature = "yields")),
];

fn tag_enabled(tag: &str) -> bool {
    TAG_FEATURES
        .iter()
        .find(|(t, _)| *t == tag)
        .is_none_or(|(_, on)| *on)
}

#[test]
fn only_operations_of_enabled_tags_are_generated() {
    assert!(!dfns::OPERATIONS.is_empty());
    for op in dfns::OPERATIONS {
        assert!(
            op.tags.is_empty() || op.tags.iter().any(|t| tag_enabled(t)),
            "{} (tags {:?}) was generated although its features are off",
            op.name,
            op.tags
        );
    }
}

#[test]
fn the_full_api_with_only_auth_has_only_auth_operations() {
    if dfns::SPEC_VERSION != "1.578.2" || cfg!(feature = "wallets") || !cfg!(feature = "auth") {
        return; // checked by CI's `--no-default-features --features auth` run on the full API
    }
    assert!(dfns::OPERATIONS.iter().all(|op| op.tags.contains(&"Auth")));
    assert_eq!(dfns::OPERATIONS.len(), 53);
}
