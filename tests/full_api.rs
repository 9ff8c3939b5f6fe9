//! The whole Dfns API as published (v1.578.2, the vendored `openapi.yaml`):
//! the pipeline takes it, names every operation, and decides signing from
//! the spec's security requirements.

use std::collections::BTreeSet;

use heck::ToLowerCamelCase as _;
use serde_json::Value;

const METHODS: [&str; 5] = ["get", "put", "post", "delete", "patch"];

/// The vendored document, which is the whole API.
fn full_spec_text() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.yaml");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// (method, path, needs user action) straight from the YAML, no pipeline.
fn raw_operations(doc: &Value) -> Vec<(String, String, bool)> {
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let security = op.get("security").or(doc.get("security"));
            let signed = security.and_then(Value::as_array).is_some_and(|alts| {
                !alts.is_empty() && alts.iter().all(|a| a.get("userActionSignature").is_some())
            });
            out.push((method.to_uppercase(), path.clone(), signed));
        }
    }
    out
}

#[test]
fn every_operation_is_generated_with_the_spec_signing_requirement() {
    let text = full_spec_text();
    let generated = dfns_codegen::generate(&text).unwrap();
    let raw = raw_operations(&dfns_codegen::parse_yaml(&text).unwrap());

    assert_eq!(generated.spec_version, "1.578.2");
    assert_eq!(generated.operations.len(), 158);
    assert_eq!(raw.len(), 158);
    assert_eq!(
        generated
            .operations
            .iter()
            .filter(|o| o.requires_user_action)
            .count(),
        72
    );
    for (method, path, signed) in &raw {
        let op = generated
            .operations
            .iter()
            .find(|o| &o.method == method && &o.path == path)
            .unwrap_or_else(|| panic!("{method} {path} missing"));
        assert_eq!(op.requires_user_action, *signed, "{method} {path}");
        // Each one is a method of the generated client.
        let signature = format!("pub fn {}(", op.name);
        assert!(
            generated.client.contains(&signature),
            "{} not generated",
            op.name
        );
    }
    // Signing is not guessed from the method: some POSTs need no signature.
    assert!(raw.iter().any(|(m, _, signed)| m == "POST" && !signed));

    let names: BTreeSet<&str> = generated
        .operations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(names.len(), 158, "names are unique");
    for twin in ["generate_signature", "list_signatures", "get_signature"] {
        assert!(
            names.contains(format!("keys_{twin}").as_str()),
            "keys_{twin}"
        );
        assert!(
            names.contains(format!("wallets_{twin}").as_str()),
            "wallets_{twin}"
        );
    }
    assert!(names.contains("create_credential_code"));
}

/// Newer documents carry camelCase operationIds; older ones only summaries.
/// An operation must keep its Rust name across that change.
#[test]
fn names_survive_the_arrival_of_operation_ids() {
    let text = full_spec_text();
    let mut doc = dfns_codegen::parse_yaml(&text).unwrap();
    let before = dfns_codegen::generate(&text).unwrap().operations;

    let mut twins = 0;
    for item in doc["paths"].as_object_mut().unwrap().values_mut() {
        for method in METHODS {
            let Some(op) = item.get_mut(method) else {
                continue;
            };
            let summary = op["summary"].as_str().unwrap().to_owned();
            let tag = op["tags"][0].as_str().unwrap_or_default().to_owned();
            // Upstream must give twins distinct ids; they would prefix the tag.
            let id = if ["Generate Signature", "List Signatures", "Get Signature"]
                .contains(&summary.as_str())
            {
                twins += 1;
                format!("{tag} {summary}").to_lower_camel_case()
            } else {
                summary.to_lower_camel_case()
            };
            op["operationId"] = Value::String(id);
        }
    }
    assert_eq!(twins, 6);
    let with_ids = serde_json::to_string(&doc).unwrap();
    let after = dfns_codegen::generate(&with_ids).unwrap().operations;
    let names = |ops: &[dfns_codegen::Operation]| -> Vec<(String, String, String)> {
        ops.iter()
            .map(|o| (o.method.clone(), o.path.clone(), o.name.clone()))
            .collect()
    };
    assert_eq!(names(&before), names(&after));
}

/// Today's Dfns API has multipart key-store output uploads (six in the
/// official Go SDK). Added to v1.578.2, every operation is generated, the
/// uploads included, and none is skipped.
#[test]
fn the_key_store_uploads_are_generated_beside_the_whole_api() {
    let text = full_spec_text();
    let mut doc: Value = dfns_codegen::parse_yaml(&text).unwrap();
    let before = raw_operations(&doc).len();
    let upload = |summary: &str, signed: bool| {
        let security = if signed {
            serde_json::json!([{"authenticationToken": [], "userActionSignature": []}])
        } else {
            serde_json::json!([{"authenticationToken": []}])
        };
        serde_json::json!({"post": {
            "summary": summary,
            "tags": ["Keys"],
            "security": security,
            "parameters": [{"name": "storeId", "in": "path", "required": true, "schema": {"type": "string"}}],
            "requestBody": {"content": {"multipart/form-data": {"schema": {
                "type": "object",
                "properties": {
                    "keyId": {"type": "string"},
                    "file": {"type": "string", "contentMediaType": "application/octet-stream"}
                },
                "required": ["file"]
            }}}},
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
                "type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]
            }}}}}
        }})
    };
    let paths = doc["paths"].as_object_mut().unwrap();
    for (i, stage) in [
        "clone",
        "genesis",
        "onchain-sign",
        "reshare",
        "export",
        "import",
    ]
    .iter()
    .enumerate()
    {
        paths.insert(
            format!("/key-stores/{{storeId}}/{stage}/output"),
            upload(&format!("Upload Key Store {stage} Output"), i % 2 == 0),
        );
    }
    let text = serde_json::to_string(&doc).unwrap();
    let generated = dfns_codegen::generate(&text).unwrap();
    assert!(generated.skipped.is_empty(), "{:?}", generated.skipped);
    assert_eq!(generated.operations.len(), before + 6);
    for stage in [
        "clone",
        "genesis",
        "onchain_sign",
        "reshare",
        "export",
        "import",
    ] {
        let name = format!("upload_key_store_{stage}_output");
        assert!(
            generated.operations.iter().any(|o| o.name == name),
            "{name} missing"
        );
        assert!(
            generated.client.contains(&format!("\"{name}\"")),
            "{name} not in the client"
        );
    }
    assert_eq!(
        generated.client.matches("crate::multipart::attach").count(),
        6
    );
}

/// The whole API's copies of one schema are one type (the example:
/// the signature request body under every signature response), and every
/// name stays. Guards the pass against going quiet after a generator bump:
/// the copies were most of what a downstream crate paid to compile.
#[test]
fn the_whole_api_generates_each_shape_once() {
    let text = full_spec_text();
    let generated = dfns_codegen::generate(&text).unwrap();
    let merged = &generated.merged_types;
    let same = |a: &str, b: &str| {
        let rep = |n: &str| merged.get(n).cloned().unwrap_or_else(|| n.to_owned());
        rep(a) == rep(b)
    };
    assert!(same(
        "KeysGenerateSignatureResponseRequestBody",
        "WalletsGenerateSignatureResponseRequestBody"
    ));
    assert!(same("GetWalletWalletId", "ActivateUserUserId"));
    // A request's id is checked, a response's is lenient: they stay apart.
    assert!(generated.client.contains("    pub struct WalletId("));
    assert!(!same("GetWalletWalletId", "WalletId"));
    let definitions = |indent: &str| {
        generated
            .client
            .lines()
            .filter(|l| {
                l.strip_prefix(indent)
                    .is_some_and(|l| l.starts_with("pub struct ") || l.starts_with("pub enum "))
            })
            .count()
    };
    let types = definitions("    ") - generated.operations.len(); // minus the operation builders
    assert!(
        merged.len() > 1000 && types < 600,
        "{} aliases, {types} types",
        merged.len()
    );
    for alias in merged.keys() {
        let line = format!("    pub type {alias} = ");
        assert!(generated.client.contains(&line), "{alias}");
    }
}

/// A merged type is named for what every one of its names means (issue
/// 25): no type a transfer, wallet, key or signature uses is named after
/// a chain or another operation that name does not mention (the shortest
/// name used to win: a transfer's requester printed as `IotaRequester`).
#[test]
fn merged_types_are_not_named_after_another_chain_or_operation() {
    let generated = dfns_codegen::generate(&full_spec_text()).unwrap();
    let merged = &generated.merged_types;
    let words = |name: &str| -> Vec<String> {
        let mut out = Vec::new();
        for c in name.chars() {
            if c.is_ascii_uppercase() || out.is_empty() {
                out.push(String::new());
            }
            out.last_mut().unwrap().push(c);
        }
        out
    };
    let has_run = |name: &str, run: &[String]| {
        let w = words(name);
        w.windows(run.len()).any(|window| window == run)
    };
    let chains = [
        "Algorand", "Aptos", "Babylon", "Bip322", "Bitcoin", "Canton", "Cardano", "Cip8", "Eip712",
        "Eip1559", "Ethereum", "Evm", "Hedera", "Iota", "Psbt", "Solana", "Stellar", "Sui", "Ton",
        "Tron",
    ];
    let operations: Vec<Vec<String>> = generated
        .operations
        .iter()
        .map(|o| {
            o.name
                .split('_')
                .map(|w| w[..1].to_uppercase() + &w[1..])
                .collect()
        })
        .collect();
    // The sets the rule's last step names (nothing it knows is true of
    // every member, so the shortest name stays; `generate` lists them with
    // DFNS_CODEGEN_NAMES=1). This list may only shrink. `CardanoAssetKind`
    // is right: the sixth variant of a wallet's assets is the Cardano one.
    let known_fallbacks = [
        "CardanoAssetKind",
        "CreateCredentialResponseKind",
        "CreatePolicyResponse",
        "CreateSwapBodyWalletId",
        "ExportKeyResponse",
        "ExportKeyResponseProtocol",
        "GetTransactionResponse",
        "GetTransactionResponseRequestBody",
        "GetWalletHistoryResponseObjectItemsItem",
        "ImportKeyBodyProtocol",
        "KeysGetSignatureResponse",
    ];
    let mut lies = Vec::new();
    let mut used = BTreeSet::new();
    for (alias, target) in merged {
        if known_fallbacks.contains(&target.as_str()) {
            used.insert(target.as_str());
            continue;
        }
        let about = [
            "Transfer",
            "Transfers",
            "Wallet",
            "Wallets",
            "Key",
            "Keys",
            "Signature",
            "Signatures",
        ];
        if !words(alias).iter().any(|w| about.contains(&w.as_str())) {
            continue;
        }
        for chain in chains {
            let run = [chain.to_owned()];
            if has_run(target, &run) && !has_run(alias, &run) {
                lies.push(format!("{alias} = {target} ({chain})"));
            }
        }
        for op in &operations {
            if has_run(target, op) && !has_run(alias, op) {
                lies.push(format!("{alias} = {target} ({})", op.concat()));
            }
        }
    }
    assert!(
        lies.is_empty(),
        "{} names lie:\n{}",
        lies.len(),
        lies.join("\n")
    );
    // The examples, by name.
    let kept = |alias: &str| {
        merged
            .get(alias)
            .cloned()
            .unwrap_or_else(|| alias.to_owned())
    };
    for (alias, wrong) in [
        ("TransferRequestRequester", "IotaRequester"),
        ("TransferRequestMetadata", "OfferMetadata"),
        ("TransferRequestExternalId", "Cip8ExternalId"),
        ("GetWalletWalletId", "GetKeyKeyId"),
        ("ListTransfersLimit", "ListKeysLimit"),
        ("PsbtPsbt", "EvmData"),
        ("GetKeyResponseStatus", "WalletStatus"),
    ] {
        let name = kept(alias);
        assert!(!name.contains(wrong), "{alias} is still {name}");
    }
    assert_eq!(kept("ListTransfersLimit"), "DecimalString");
    // The crate names webhook event data itself: those names are not
    // Dfns's, and a confirmed transfer's data is not "failed".
    assert_eq!(kept("WalletTransferConfirmedData"), "WalletTransferData");
    assert_eq!(kept("GetKeyResponseStatus"), "ActiveOrArchivedStatus");
}

/// The variants of an untagged union are named by what tells them apart
/// (issue 25), so a variant Dfns inserts first renames none of the others
/// (typify's `Variant0..4` shifted by one).
#[test]
fn union_variant_names_survive_a_variant_inserted_first() {
    let variants = |client: &str, name: &str| -> Vec<String> {
        let start = client
            .find(&format!("    pub enum {name} {{\n"))
            .unwrap_or_else(|| panic!("{name} not generated"));
        client[start..]
            .lines()
            .skip(1)
            .take_while(|l| *l != "    }")
            .filter_map(|l| l.strip_prefix("        "))
            .filter(|l| l.starts_with(|c: char| c.is_ascii_uppercase()))
            .map(|l| l.split([' ', '(', ',']).next().unwrap().to_owned())
            .collect()
    };
    let text = full_spec_text();
    let before = dfns_codegen::generate(&text).unwrap();
    let mut doc = dfns_codegen::parse_yaml(&text).unwrap();
    let union = doc
        .pointer_mut(
            "/paths/~1staking~1stakes~1{stakeId}~1actions/post/requestBody/content/\
             application~1json/schema/allOf/0/anyOf",
        )
        .and_then(Value::as_array_mut)
        .expect("the stake action union");
    union.insert(
        0,
        serde_json::json!({"type": "object", "required": ["protocol", "kind"], "properties": {
            "protocol": {"type": "string", "enum": ["Solana"]},
            "kind": {"type": "string", "enum": ["Restake"]}
        }}),
    );
    let after = dfns_codegen::generate(&doc.to_string()).unwrap();
    let (old, new) = (
        variants(&before.client, "CreateStakeActionBody"),
        variants(&after.client, "CreateStakeActionBody"),
    );
    assert_eq!(
        old,
        [
            "WithdrawIota",
            "DepositIota",
            "UnbondBabylon",
            "WithdrawBabylon",
            "WithdrawEthereum"
        ]
    );
    assert_eq!(new[0], "RestakeSolana");
    assert_eq!(new[1..], old[..]);
    // No other union of the whole API has a positional name, or one made
    // from another type's positional name (`…NonceVariant1`), but those
    // whose variants hold objects no constant tells apart, or received
    // strings (which decode any string, so their checks name nothing).
    // Listed; may only shrink.
    let enums: Vec<&str> = before
        .client
        .lines()
        .filter_map(|l| l.strip_prefix("    pub enum ")?.split(' ').next())
        .collect();
    let mut positional = Vec::new();
    for name in enums {
        for variant in variants(&before.client, name) {
            let digits_after = variant.split("Variant").skip(1);
            if digits_after
                .into_iter()
                .any(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
            {
                positional.push(format!("{name}::{variant}"));
            }
        }
    }
    positional.sort();
    assert_eq!(
        positional,
        [
            "EvmEip1559ReceivedValue::Variant0",
            "EvmEip1559ReceivedValue::Variant1",
            "IotaReceivedActionsItemRequestBody::Variant0",
            "IotaReceivedActionsItemRequestBody::Variant1",
            "ReceivedNonce::Variant1",
            "ReceivedNonce::Variant2",
        ]
    );
}

/// With some tag features off, a merged type keeps one of its own names:
/// a new name (`DecimalString`) depends on which types are generated, so
/// turning a feature on would make it appear, vanish or change meaning.
/// Every name a build with fewer features has, a build with more has too.
#[test]
fn with_some_tags_off_merged_types_keep_their_own_names() {
    let text = full_spec_text();
    let manifest =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")).unwrap();
    let only_keys = dfns_codegen::TagSelection::from_manifest(
        &manifest,
        [("CARGO_FEATURE_KEYS".to_owned(), "1".to_owned())].into_iter(),
    )
    .unwrap();
    let keys = dfns_codegen::generate_selected(&text, &only_keys).unwrap();
    assert!(!keys.merged_types.is_empty());
    let renamed = "each is a `pub type` alias of it";
    assert!(!keys.client.contains(renamed), "a new name with one tag on");
    let every = dfns_codegen::generate(&text).unwrap();
    assert!(every.client.contains(renamed));
    for name in keys.merged_types.keys().chain(keys.merged_types.values()) {
        assert!(
            every.client.contains(&format!("pub type {name} = "))
                || every.client.contains(&format!("pub struct {name}"))
                || every.client.contains(&format!("pub enum {name} ")),
            "{name} is lost when every tag is on"
        );
    }
}
